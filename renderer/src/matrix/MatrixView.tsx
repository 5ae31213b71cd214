/**
 * The decision-rights matrix: decisions (rows, in flow order) by roles (columns), each cell
 * the letters that role holds in the map's notation. A grid in the ARIA sense: one cell
 * holds the keyboard (roving tabindex), arrow keys move it, a letter toggles that letter,
 * Enter opens a small menu of the letters. The active row's decision is the selection, so
 * the inspector beside the grid shows the same decision.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapDocument, Notation, Role, RoleId, Transition } from '../../../shared/model';
import { NOTATIONS } from '../../../shared/model';
import { decisionTitle } from '../../../shared/names';
import { buildMatrix, cellText, matrixRoles, totalsWords } from '../../../shared/matrix/matrix';
import { letterFor, NOTATION_LETTERS, toggleLetter } from '../../../shared/matrix/notation';
import { useAppStore } from '../state/store';
import { CellMenu } from './CellMenu';

interface Cell {
  readonly row: number;
  readonly col: number;
}

/** Letters of the notation, spelled out for a cell's accessible name. */
function cellLabel(doc: MapDocument, t: Transition, role: Role, notation: Notation): string {
  const letters = cellText(doc, t, role, notation);
  if (!letters) return `${role.name}: none`;
  const words = [...letters].map(
    (l) => NOTATION_LETTERS[notation].find((x) => x.letter === l)?.word ?? l,
  );
  return `${role.name}: ${words.join(', ')}`;
}

interface RowProps {
  readonly doc: MapDocument;
  readonly t: Transition;
  readonly performer: RoleId | null;
  readonly index: number;
  readonly roles: readonly Role[];
  readonly notation: Notation;
  /** The column holding the keyboard in this row, or -1: other rows need not re-render. */
  readonly activeCol: number;
  readonly onCell: (row: number, col: number) => void;
  readonly onMenu: (row: number, col: number) => void;
}

/**
 * One decision's row. Memoized on the arrow and its target's performer, so a keystroke
 * re-renders only the row it changed (300 rows stay quick).
 */
const MatrixRow = memo(
  function MatrixRow({ doc, t, index, roles, notation, activeCol, onCell, onMenu }: RowProps) {
    return (
      <tr role="row" aria-rowindex={index + 2} aria-selected={activeCol >= 0}>
        <th role="rowheader" scope="row" className="matrix-question">
          {decisionTitle(doc, t)}
        </th>
        {roles.map((role, col) => (
          <td
            key={role.id}
            role="gridcell"
            data-row={index}
            data-col={col}
            tabIndex={activeCol === col ? 0 : -1}
            aria-selected={activeCol === col}
            aria-label={cellLabel(doc, t, role, notation)}
            className={activeCol === col ? 'matrix-cell active' : 'matrix-cell'}
            onClick={() => onCell(index, col)}
            onDoubleClick={() => onMenu(index, col)}
          >
            {cellText(doc, t, role, notation)}
          </td>
        ))}
      </tr>
    );
  },
  (a, b) =>
    a.t === b.t &&
    a.performer === b.performer &&
    a.roles === b.roles &&
    a.notation === b.notation &&
    a.activeCol === b.activeCol &&
    a.index === b.index &&
    a.onCell === b.onCell &&
    a.onMenu === b.onMenu,
);

export function MatrixView({ doc }: { doc: MapDocument }) {
  const notation = doc.info.notation;
  // Columns change only with the roster or the steps: a decision edit keeps the same array,
  // so the memoized rows it did not touch are not drawn again.
  const columns = useMemo(() => matrixRoles(doc), [doc.roles, doc.steps]); // eslint-disable-line react-hooks/exhaustive-deps
  const matrix = useMemo(() => buildMatrix(doc, notation, columns), [doc, notation, columns]);
  const { rows, roles } = matrix;
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const [menuOpen, setMenuOpen] = useState(false);
  const [status, setStatus] = useState('');
  const gridRef = useRef<HTMLTableElement>(null);
  const focusPending = useRef(false);

  const row = Math.min(active.row, Math.max(rows.length - 1, 0));
  const col = Math.min(active.col, Math.max(roles.length - 1, 0));
  const activeT = rows[row];

  // The active row's decision is the selection: the inspector shows it.
  useEffect(() => {
    if (!activeT) return;
    const { selection, setSelection } = useAppStore.getState();
    if (selection.transitions.length === 1 && selection.transitions[0] === activeT.id) return;
    setSelection({ steps: [], transitions: [activeT.id] });
  }, [activeT]);

  // Keyboard focus follows the active cell once the person moved it.
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus();
  }, [row, col]);

  const move = useCallback((r: number, c: number) => {
    focusPending.current = true;
    setActive({ row: r, col: c });
  }, []);

  // A click takes the cell; a double click (or Enter) opens its menu of letters.
  const onCell = move;
  const onMenu = useCallback(
    (r: number, c: number) => {
      move(r, c);
      setMenuOpen(true);
    },
    [move],
  );

  const toggle = (letter: string) => {
    const role = roles[col];
    if (!activeT || !role) return;
    const op = toggleLetter(doc, activeT.id, role.id, notation, letter);
    if (op) {
      useAppStore.getState().edit(op);
      setStatus('');
      return;
    }
    const performer = letterFor(notation, 'performer');
    if (performer && performer.letter === letter.toUpperCase()) {
      setStatus(`${performer.word} is the performer of the next step: change it in that step.`);
    } else {
      setStatus(`${letter.toUpperCase()} is not a letter of ${notation}.`);
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (menuOpen || event.ctrlKey || event.metaKey || event.altKey) return;
    const last = { row: rows.length - 1, col: roles.length - 1 };
    const keys: Record<string, () => void> = {
      ArrowUp: () => move(Math.max(row - 1, 0), col),
      ArrowDown: () => move(Math.min(row + 1, last.row), col),
      ArrowLeft: () => move(row, Math.max(col - 1, 0)),
      ArrowRight: () => move(row, Math.min(col + 1, last.col)),
      Home: () => move(row, 0),
      End: () => move(row, last.col),
      PageUp: () => move(Math.max(row - 10, 0), col),
      PageDown: () => move(Math.min(row + 10, last.row), col),
      Enter: () => setMenuOpen(true),
      ' ': () => setMenuOpen(true),
    };
    const action = keys[event.key];
    if (action) action();
    else if (/^[a-z]$/i.test(event.key)) toggle(event.key);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  if (roles.length === 0 || rows.length === 0) {
    return (
      <section className="decision-matrix empty" aria-label="Decision rights">
        <NotationSwitch notation={notation} />
        <p className="muted">
          {rows.length === 0
            ? 'This map has no decisions yet: draw arrows between steps to add them.'
            : 'This map has no roles yet: add them in the map panel (M) or on a decision.'}
        </p>
      </section>
    );
  }

  const heaviest = matrix.heaviestDecider;
  return (
    <section className="decision-matrix" aria-label="Decision rights">
      <header className="matrix-header">
        <NotationSwitch notation={notation} />
        <p className="matrix-legend">
          {NOTATION_LETTERS[notation].map((l) => (
            <span key={l.letter}>
              <b>{l.letter}</b> {l.word}
              {l.source === 'performer' && ' (performer of the next step; change it in the step)'}
            </span>
          ))}
        </p>
        <p className="matrix-status" role="status">
          {status}
        </p>
      </header>
      <div className="matrix-scroll">
        <table
          ref={gridRef}
          role="grid"
          aria-label={`Decision rights in ${notation}`}
          aria-rowcount={rows.length + 2}
          aria-colcount={roles.length + 1}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr role="row" aria-rowindex={1}>
              <th role="columnheader" scope="col" className="matrix-corner">
                Decision
              </th>
              {roles.map((role) => (
                <th role="columnheader" scope="col" key={role.id}>
                  {role.name}
                  <span className="matrix-kind">{role.kind}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((t, index) => (
              <MatrixRow
                key={t.id}
                doc={doc}
                t={t}
                performer={doc.steps[t.to]?.performer ?? null}
                index={index}
                roles={roles}
                notation={notation}
                activeCol={index === row ? col : -1}
                onCell={onCell}
                onMenu={onMenu}
              />
            ))}
          </tbody>
          <tfoot>
            <tr role="row" aria-rowindex={rows.length + 2} className="matrix-totals">
              <th role="rowheader" scope="row">
                Totals
              </th>
              {roles.map((role) => (
                <td role="gridcell" key={role.id} tabIndex={-1}>
                  {totalsWords(matrix.totals.get(role.id)!)}
                  {heaviest?.id === role.id && (
                    <strong className="matrix-heaviest">Most decisions</strong>
                  )}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {menuOpen && activeT && roles[col] && (
        <CellMenu
          notation={notation}
          held={cellText(doc, activeT, roles[col], notation)}
          label={`${roles[col].name} on ${decisionTitle(doc, activeT)}`}
          onPick={(letter) => toggle(letter)}
          onClose={() => {
            setMenuOpen(false);
            move(row, col);
          }}
        />
      )}
    </section>
  );
}

/** RACI, RAPID or DACI: a setting of the map, so one undoable edit. */
function NotationSwitch({ notation }: { notation: Notation }) {
  return (
    <div className="segmented" role="group" aria-label="Notation">
      {NOTATIONS.map((n) => (
        <button
          key={n}
          aria-pressed={n === notation}
          onClick={() => {
            if (n !== notation)
              useAppStore.getState().edit({ type: 'map/setNotation', notation: n });
          }}
        >
          {n}
        </button>
      ))}
    </div>
  );
}
