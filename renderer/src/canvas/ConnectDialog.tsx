import { useMemo, useState } from 'react';
import { STEP_KIND_LABELS, type StepId } from '../../../shared/model';
import { stepName, stepNameIn } from '../../../shared/names';
import { useAppStore } from '../state/store';
import { Dialog } from '../ui/Dialog';
import { rankByName } from './stepMatch';

/**
 * Connects a step to another by keyboard: type to filter, arrows to choose, Enter to connect.
 * One row is highlighted, the one Enter connects to: the arrow keys move it, and so does the
 * pointer when it moves (a row merely under a resting pointer does not take it back).
 */
export function ConnectDialog({
  from,
  onConnect,
  onClose,
}: {
  from: StepId;
  onConnect: (to: StepId) => void;
  onClose: () => void;
}) {
  const doc = useAppStore((s) => s.doc)!;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const options = useMemo(() => {
    const others = doc.stepOrder.filter((id) => id !== from).map((id) => doc.steps[id]!);
    return rankByName(others, query);
  }, [doc, from, query]);
  const current = Math.min(active, Math.max(options.length - 1, 0));
  const source = stepNameIn(doc, from);
  return (
    <Dialog title={`Connect “${source}” to…`} onClose={onClose}>
      <input
        autoFocus
        className="connect-filter"
        role="combobox"
        aria-label="Find a step"
        aria-expanded="true"
        aria-controls="connect-options"
        aria-activedescendant={options[current] ? `connect-${options[current].id}` : undefined}
        placeholder="Type a step's name"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive(Math.min(current + 1, options.length - 1));
          else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
          else if (event.key === 'Enter' && options[current]) onConnect(options[current].id);
          else return;
          event.preventDefault();
        }}
      />
      <ul id="connect-options" role="listbox" aria-label="Steps" className="connect-options">
        {options.map((step, index) => (
          <li
            key={step.id}
            id={`connect-${step.id}`}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'is-active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => index !== current && setActive(index)}
            onClick={() => onConnect(step.id)}
          >
            <span>{stepName(step)}</span>
            <span className="muted small">{STEP_KIND_LABELS[step.kind]}</span>
          </li>
        ))}
        {options.length === 0 && <li className="muted">No other step matches.</li>}
      </ul>
    </Dialog>
  );
}
