/** The parts of the participants' page that change with the room: the decision and the dots. */
import type { DecisionView, RoomState } from '../../../shared/room/messages';
import { h } from './dom';

/** "4:05 left", or "Time is up". */
export function timerText(leftMs: number): string {
  if (leftMs <= 0) return 'Time is up';
  const seconds = Math.ceil(leftMs / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} left`;
}

export function decisionSection(view: DecisionView | null): Node[] {
  if (!view) {
    return [
      h('h1', { id: 'decision-title' }, 'Waiting for the facilitator'),
      h('p', { class: 'hint' }, 'The decision the room is on will show here.'),
    ];
  }
  return [
    h('p', { class: 'position' }, `Decision ${view.position.index + 1} of ${view.position.of}`),
    h('h1', { id: 'decision-title' }, view.arrow),
    h(
      'ol',
      { class: 'answers' },
      ...view.answers.map((a) =>
        h(
          'li',
          { class: a.answered ? 'answered' : 'gap' },
          h('h2', {}, a.title),
          a.answer
            ? h('p', { class: 'answer' }, a.answer)
            : h('p', { class: 'answer none' }, 'No answer yet'),
          !a.answered && h('p', { class: 'state' }, 'Gap'),
          !a.answered && a.ask && h('p', { class: 'ask' }, a.ask),
        ),
      ),
    ),
  ];
}

export function votingSection(
  state: RoomState,
  vote: (key: string, count: number) => void,
): Node[] {
  const { voting, view, counts, mine } = state;
  if (!voting.open && !voting.revealed) return [];
  const used = Object.values(mine).reduce((a, b) => a + b, 0);
  const left = voting.budget - used;
  const findings = view?.findings ?? [];
  const heading = h(
    'h2',
    { id: 'voting-title' },
    voting.revealed ? 'The room’s dots' : 'Vote with your dots',
  );
  const summary = voting.revealed
    ? h('p', { class: 'hint' }, 'Votes are revealed.')
    : h('p', { class: 'dots-left' }, `${left} of ${voting.budget} dots left`);
  const items = findings.map((f) => {
    const n = mine[f.key] ?? 0;
    const minus = h(
      'button',
      { type: 'button', 'aria-label': `Take a dot back from: ${f.message}` },
      '−',
    );
    const plus = h('button', { type: 'button', 'aria-label': `Put a dot on: ${f.message}` }, '+');
    minus.disabled = !voting.open || n === 0;
    plus.disabled = !voting.open || left === 0;
    minus.addEventListener('click', () => vote(f.key, n - 1));
    plus.addEventListener('click', () => vote(f.key, n + 1));
    const total = counts?.[f.key] ?? 0;
    return h(
      'li',
      { class: `finding severity-${f.severity}` },
      h('p', {}, f.message),
      h(
        'div',
        { class: 'dots' },
        voting.open && minus,
        h('span', { class: 'mine' }, `${n} mine`),
        voting.open && plus,
        voting.revealed &&
          h('span', { class: 'total' }, `${total} ${total === 1 ? 'dot' : 'dots'} in all`),
      ),
    );
  });
  return [
    heading,
    summary,
    findings.length === 0
      ? h('p', { class: 'hint' }, 'This decision has no findings to vote on.')
      : h('ul', { class: 'findings' }, ...items),
  ];
}
