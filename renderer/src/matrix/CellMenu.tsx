/**
 * The small menu of a matrix cell: each letter of the notation as a checkbox item, so a
 * person who does not know the letters can pick by word. Escape or a pick closes it.
 */
import { useEffect, useRef } from 'react';
import type { Notation } from '../../../shared/model';
import { NOTATION_LETTERS } from '../../../shared/matrix/notation';

interface Props {
  readonly notation: Notation;
  /** The letters the role holds now. */
  readonly held: string;
  readonly label: string;
  readonly onPick: (letter: string) => void;
  readonly onClose: () => void;
}

export function CellMenu({ notation, held, label, onPick, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current
      ?.querySelector<HTMLElement>('[role="menuitemcheckbox"]:not([aria-disabled="true"])')
      ?.focus();
  }, []);
  const items = NOTATION_LETTERS[notation];
  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]') ?? []),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') buttons[(at + 1) % buttons.length]?.focus();
    else if (event.key === 'ArrowUp') buttons[(at - 1 + buttons.length) % buttons.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div className="matrix-menu" role="menu" aria-label={label} ref={ref} onKeyDown={onKeyDown}>
      {items.map((l) => {
        const performer = l.source === 'performer';
        return (
          <button
            key={l.letter}
            role="menuitemcheckbox"
            aria-checked={held.includes(l.letter)}
            aria-disabled={performer}
            title={performer ? 'The performer of the next step: change it in that step' : undefined}
            onClick={() => {
              if (performer) return;
              onPick(l.letter);
              onClose();
            }}
          >
            <b>{l.letter}</b> {l.word}
          </button>
        );
      })}
    </div>
  );
}
