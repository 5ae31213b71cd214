import {
  offeredSections,
  ORIENTATIONS,
  PAGE_SIZES,
  PRINT_SECTIONS,
  SECTION_LABELS,
  type PrintOptions,
  type PrintSection,
} from '../../../shared/print/options';

const ORIENTATION_LABELS = { landscape: 'Landscape', portrait: 'Portrait' } as const;

/**
 * Paper, orientation and sections of the PDF; at least one section it offers stays ticked.
 * The comparison is offered only for a to-be map; for other maps it stays in the options
 * unseen, and the print view skips it.
 */
export function PdfOptions({
  value,
  onChange,
  emptyParkingLot,
  comparable,
  disabled,
}: {
  value: PrintOptions;
  onChange: (value: PrintOptions) => void;
  /** The map has no parking lot, so that section would print nothing. */
  emptyParkingLot: boolean;
  /** A to-be map with an as-is map: the comparison section applies. */
  comparable: boolean;
  disabled: boolean;
}) {
  const offered = offeredSections(comparable);
  const ticked = offered.filter((s) => value.sections.includes(s)).length;
  const toggle = (section: PrintSection, on: boolean) => {
    const sections = on
      ? PRINT_SECTIONS.filter((s) => s === section || value.sections.includes(s))
      : value.sections.filter((s) => s !== section);
    if (offered.some((s) => sections.includes(s))) onChange({ ...value, sections });
  };
  return (
    <div className="pdf-options">
      <label className="field">
        <span>Page size</span>
        <select
          value={value.size}
          disabled={disabled}
          onChange={(event) =>
            onChange({ ...value, size: event.target.value as PrintOptions['size'] })
          }
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field pdf-orientation" disabled={disabled}>
        <legend>Orientation</legend>
        <div className="segmented">
          {ORIENTATIONS.map((orientation) => (
            <button
              key={orientation}
              type="button"
              aria-pressed={value.orientation === orientation}
              onClick={() => onChange({ ...value, orientation })}
            >
              {ORIENTATION_LABELS[orientation]}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="pdf-sections" disabled={disabled}>
        <legend>Sections</legend>
        {offered.map((section) => {
          const checked = value.sections.includes(section);
          return (
            <label key={section} className="check">
              <input
                type="checkbox"
                checked={checked}
                // The last ticked section cannot be unticked: a PDF needs something in it.
                disabled={checked && ticked === 1}
                onChange={(event) => toggle(section, event.target.checked)}
              />
              <span>
                {SECTION_LABELS[section]}
                {section === 'parking' && emptyParkingLot && (
                  <span className="muted"> (empty)</span>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
