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
  placeholder,
  maxLength,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  maxLength: number;
}) {
  const id = useId();
  const props = {
    id,
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
      {multiline ? <textarea rows={4} {...props} /> : <input {...props} />}
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
}: {
  label: string;
  value: T;
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
