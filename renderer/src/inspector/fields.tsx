import { useId } from 'react';

/**
 * A text field bound to the map: every keystroke is an edit applied at once, so the value
 * shown is always the map's (undo included).
 */
export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  rows = 4,
  placeholder,
  maxLength,
  field,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength: number;
  /** The field a finding points at, so clicking the finding lands here. */
  field?: string;
}) {
  const id = useId();
  const props = {
    id,
    'data-field': field,
    value,
    placeholder,
    maxLength,
    onChange: (event: { target: { value: string } }) => {
      onChange(event.target.value);
    },
    // Escape hands the keyboard back to the canvas, where the shortcuts work.
    onKeyDown: (event: { key: string; currentTarget: HTMLElement }) => {
      if (event.key === 'Escape') event.currentTarget.blur();
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={rows} {...props} /> : <input {...props} />}
    </div>
  );
}

/** A choice among a few named values, as a native select (keyboard and screen reader ready). */
export function SelectField<T extends string>({
  label,
  value,
  options,
  labels,
  onChange,
  field,
}: {
  label: string;
  field?: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-field={field}
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
