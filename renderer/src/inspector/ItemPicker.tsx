import { useId, useMemo, useState, type ReactNode } from 'react';
import { LIMITS } from '../../../shared/content/limits';
import { clipText } from '../../../shared/content/text';
import { Icon } from '../ui/Icon';

export interface PickerOption {
  readonly id: string;
  readonly name: string;
  /** A word shown beside the name in the list ("group", "from outside"). */
  readonly hint?: string;
}

/**
 * Chooses roles or information items by typing: suggestions narrow as you type, Enter picks
 * the highlighted one, and a name that does not exist yet is created on the spot. Chosen
 * items show as chips with a remove button; Backspace in the empty field removes the last.
 */
export function ItemPicker({
  label,
  field,
  chosen,
  options,
  onAdd,
  onCreate,
  onRemove,
  chipExtra,
  placeholder,
  single = false,
  beforeInput,
}: {
  label: string;
  /** The field a finding points at (`data-field`), so clicking the finding lands here. */
  field: string;
  chosen: readonly string[];
  options: readonly PickerOption[];
  onAdd: (id: string) => void;
  onCreate: (name: string) => void;
  onRemove: (id: string) => void;
  chipExtra?: (id: string) => ReactNode;
  placeholder?: string;
  single?: boolean;
  /**
   * Shown between the chosen items and the field, e.g. the kind of a role just created:
   * above the suggestions that open under the field, so they never cover it.
   */
  beforeInput?: ReactNode;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const q = query.trim().toLowerCase();
  const suggestions = options
    .filter((o) => !chosen.includes(o.id) && (!q || o.name.toLowerCase().includes(q)))
    .slice(0, 8);
  const exact = options.find((o) => o.name.trim().toLowerCase() === q);
  const canCreate = q.length > 0 && !exact;
  const count = suggestions.length + (canCreate ? 1 : 0);
  const current = Math.min(active, Math.max(count - 1, 0));

  const pick = (index: number) => {
    const option = suggestions[index];
    if (option) onAdd(option.id);
    else if (exact && !chosen.includes(exact.id)) onAdd(exact.id);
    else if (canCreate) onCreate(clipText(query.trim(), LIMITS.name));
    setQuery('');
    setActive(0);
  };

  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {chosen.map((itemId) => {
            const name = byId.get(itemId)?.name ?? 'Unknown';
            return (
              <li key={itemId} className="chip">
                <span className="chip-name">{name}</span>
                {chipExtra?.(itemId)}
                <button
                  className="chip-remove"
                  aria-label={`Remove ${name}`}
                  onClick={() => onRemove(itemId)}
                >
                  <Icon name="close" size={12} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {beforeInput}
      {!(single && chosen.length > 0) && (
        <div className="picker-input">
          <input
            id={id}
            data-field={field}
            role="combobox"
            aria-expanded={open && count > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={open && count > 0 ? `${id}-opt-${current}` : undefined}
            value={query}
            placeholder={placeholder}
            maxLength={LIMITS.name}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') setActive(Math.min(current + 1, count - 1));
              else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
              else if (event.key === 'Enter' && (q || count > 0)) pick(current);
              else if (event.key === 'Backspace' && !query && chosen.length > 0) {
                onRemove(chosen[chosen.length - 1]!);
              } else if (event.key === 'Escape') {
                // First Escape clears what was typed; the next hands the keyboard back.
                if (query) setQuery('');
                else event.currentTarget.blur();
              } else return;
              event.preventDefault();
            }}
          />
          {open && count > 0 && (
            <ul id={`${id}-list`} role="listbox" className="picker-list" aria-label={label}>
              {suggestions.map((option, index) => (
                <li
                  key={option.id}
                  id={`${id}-opt-${index}`}
                  role="option"
                  aria-selected={index === current}
                  className={index === current ? 'is-active' : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(index)}
                >
                  <span>{option.name}</span>
                  {option.hint && <span className="muted small">{option.hint}</span>}
                </li>
              ))}
              {canCreate && (
                <li
                  id={`${id}-opt-${suggestions.length}`}
                  role="option"
                  aria-selected={current === suggestions.length}
                  className={`picker-create${current === suggestions.length ? ' is-active' : ''}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(suggestions.length)}
                >
                  <Icon name="plus" size={14} /> Add “{query.trim()}”
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
