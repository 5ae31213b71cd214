import { useState, type ReactNode } from 'react';
import { vagueCriterion } from '../../../shared/analysis';
import { clipText } from '../../../shared/content/text';
import { LIMITS } from '../../../shared/content/limits';
import { ANSWER_FIELDS } from '../../../shared/questions';
import { Icon } from '../ui/Icon';

/** Text with its vague words marked, drawn behind the transparent text of the input. */
function Highlighted({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, m] of vagueCriterion(text).entries()) {
    parts.push(text.slice(at, m.start), <mark key={i}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/**
 * "What does good look like?": one criterion per line. Vague words ("looks good", "ASAP")
 * are marked while they are typed, and named below the line, so the room can replace them
 * with something checkable.
 */
export function CriteriaEditor({
  criteria,
  onChange,
}: {
  criteria: readonly string[];
  onChange: (criteria: string[], typing: boolean) => void;
}) {
  const [draft, setDraft] = useState('');
  const update = (index: number, value: string) =>
    onChange(
      criteria.map((c, i) => (i === index ? value : c)),
      true,
    );
  const add = () => {
    const text = draft.trim();
    if (!text) return;
    onChange([...criteria, clipText(text, LIMITS.label)], false);
    setDraft('');
  };
  return (
    <div className="field criteria">
      <span id="criteria-label">{ANSWER_FIELDS.criteria.label}</span>
      <ol className="criteria-list" aria-labelledby="criteria-label">
        {criteria.map((criterion, index) => {
          const vague = vagueCriterion(criterion);
          return (
            <li key={index}>
              <div className="highlight-input">
                <div className="highlight-backdrop" aria-hidden="true">
                  <Highlighted text={criterion} />
                </div>
                <input
                  aria-label={`Criterion ${index + 1}`}
                  aria-invalid={vague.length > 0}
                  aria-describedby={vague.length > 0 ? `vague-${index}` : undefined}
                  value={criterion}
                  maxLength={LIMITS.label}
                  onChange={(event) => update(index, event.target.value)}
                />
                <button
                  className="chip-remove"
                  aria-label={`Remove criterion ${index + 1}`}
                  onClick={() =>
                    onChange(
                      criteria.filter((_, i) => i !== index),
                      false,
                    )
                  }
                >
                  <Icon name="close" size={12} />
                </button>
              </div>
              {vague.length > 0 && (
                <p id={`vague-${index}`} className="vague-note">
                  <Icon name="warning" size={12} /> Vague:{' '}
                  {vague.map((v) => `“${v.word}”`).join(', ')}. Add a number, a date or a named
                  checklist.
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div className="highlight-input">
        <div className="highlight-backdrop" aria-hidden="true">
          <Highlighted text={draft} />
        </div>
        <input
          data-field="criteria"
          aria-label="Add a criterion"
          placeholder={
            criteria.length
              ? 'Add another criterion'
              : 'e.g. Budget, audience and launch date are filled in'
          }
          value={draft}
          maxLength={LIMITS.label}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={add}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            } else if (event.key === 'Escape') event.currentTarget.blur();
          }}
        />
      </div>
      {vagueCriterion(draft).length > 0 && (
        <p className="vague-note">
          <Icon name="warning" size={12} /> Vague:{' '}
          {vagueCriterion(draft)
            .map((v) => `“${v.word}”`)
            .join(', ')}
          .
        </p>
      )}
    </div>
  );
}
