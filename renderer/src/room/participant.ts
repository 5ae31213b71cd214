/**
 * The participants' page (served by the room server, room.html): join with the code on
 * the screen, then follow the decision the facilitator is on, propose answers, put dots on
 * findings while voting is open, park questions and see the shared timer. Phone first.
 */
import type { DecisionView, RoomState, ServerMessage } from '../../../shared/room/messages';
import { DECISION_QUESTIONS } from '../../../shared/questions';
import { RoomConnection, type ConnectionState } from './connection';
import { fill, h } from './dom';
import { decisionSection, timerText, votingSection } from './sections';
import './room.css';

const root = document.getElementById('room')!;
document.documentElement.dataset.theme = window.matchMedia('(prefers-color-scheme: dark)').matches
  ? 'dark'
  : 'light';

let state: RoomState | null = null;
/** What to say when the room acknowledges an action, by its number. */
const pending = new Map<number, string>();
let name = '';
const notice = h('p', { class: 'notice', role: 'status' });
const connection = new RoomConnection(onMessage, onConnection);

// Join screen.
const codeInput = h('input', {
  id: 'code',
  name: 'code',
  autocomplete: 'off',
  autocapitalize: 'characters',
  spellcheck: 'false',
  maxlength: '9',
  required: true,
});
// The QR code carries the code after '#', so scanning it fills the field.
codeInput.value = decodeURIComponent(location.hash.slice(1));
const nameInput = h('input', {
  id: 'name',
  name: 'name',
  maxlength: '40',
  autocomplete: 'nickname',
});
const joinError = h('p', { class: 'error', role: 'alert' });
const joinForm = h(
  'form',
  { class: 'join', 'aria-labelledby': 'join-title' },
  h('h1', { id: 'join-title' }, 'Join the room'),
  h('label', { for: 'code' }, 'Code on the screen'),
  codeInput,
  h('label', { for: 'name' }, 'Your name (optional)'),
  nameInput,
  h('p', { class: 'hint' }, 'Leave it empty to take part as “Anonymous”.'),
  joinError,
  h('button', { type: 'submit', class: 'primary' }, 'Join'),
);
joinForm.addEventListener('submit', (event) => {
  event.preventDefault();
  fill(joinError);
  connection.join(codeInput.value, nameInput.value);
});

// In the room.
const who = h('p', { class: 'who' });
const status = h('span', { class: 'status' });
const timer = h('p', { class: 'timer', 'aria-live': 'off' });
const decision = h('section', { class: 'decision', 'aria-labelledby': 'decision-title' });
const voting = h('section', { class: 'voting', 'aria-labelledby': 'voting-title' });

const questionSelect = h(
  'select',
  { id: 'question' },
  ...DECISION_QUESTIONS.map((c) => h('option', { value: c.id }, c.title)),
);
const answerInput = h('textarea', { id: 'answer', rows: '3', maxlength: '1000', required: true });
const anonymous = h('input', { type: 'checkbox', id: 'anonymous' });
const anonymousLabel = h('label', { class: 'check' }, anonymous, ' Send without my name');
const proposeForm = h(
  'form',
  { class: 'propose', 'aria-labelledby': 'propose-title' },
  h('h2', { id: 'propose-title' }, 'Propose an answer'),
  h('label', { for: 'question' }, 'To the question'),
  questionSelect,
  h('label', { for: 'answer' }, 'Your answer'),
  answerInput,
  anonymousLabel,
  h('button', { type: 'submit', class: 'primary' }, 'Send answer'),
);
proposeForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!state?.view || answerInput.value.trim() === '') return;
  const seq = connection.act({
    type: 'propose',
    transition: state.view.transition,
    question: questionSelect.value as DecisionView['answers'][number]['question'],
    text: answerInput.value,
    anonymous: anonymous.checked && state.anonymousAllowed,
  });
  answerInput.value = '';
  // Said once the room has it (its ack), not when it leaves the phone.
  pending.set(seq, 'Answer sent to the facilitator.');
});

const parkInput = h('textarea', { id: 'park', rows: '2', maxlength: '500', required: true });
const parkForm = h(
  'form',
  { class: 'park', 'aria-labelledby': 'park-title' },
  h('h2', { id: 'park-title' }, 'A question for later'),
  h('label', { for: 'park' }, 'Your question for the parking lot'),
  parkInput,
  h('button', { type: 'submit' }, 'Park the question'),
);
parkForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (parkInput.value.trim() === '') return;
  pending.set(connection.act({ type: 'park', text: parkInput.value }), 'Question parked.');
  parkInput.value = '';
});

const inRoom = h(
  'div',
  { class: 'in-room' },
  h('header', { class: 'bar' }, who, status),
  timer,
  notice,
  decision,
  voting,
  proposeForm,
  parkForm,
);

function vote(key: string, count: number): void {
  if (!state) return;
  connection.act({ type: 'vote', key, count });
  // Shown at once, so a quick second tap counts from this one; the room's reply confirms it.
  const mine = { ...state.mine, [key]: count };
  if (count === 0) delete mine[key];
  state = { ...state, mine };
  render();
}

function render(): void {
  if (!state) return;
  fill(who, `You are `, h('strong', {}, name));
  fill(decision, ...decisionSection(state.view));
  fill(voting, ...votingSection(state, vote));
  anonymousLabel.hidden = !state.anonymousAllowed;
  proposeForm.hidden = state.view === null;
  renderTimer();
}

let timerAt = 0;
function renderTimer(): void {
  const t = state?.timer;
  timer.hidden = !t;
  if (t) fill(timer, timerText(t.leftMs - (Date.now() - timerAt)));
}
window.setInterval(renderTimer, 1000);

function onMessage(message: ServerMessage): void {
  if (message.type === 'welcome') {
    name = message.name;
    fill(root, inRoom);
  } else if (message.type === 'room') {
    state = message;
    timerAt = Date.now();
    render();
  } else if (message.type === 'ack') {
    const said = pending.get(message.seq);
    pending.delete(message.seq);
    if (said) fill(notice, said);
  } else if (message.type === 'refused') {
    if (message.seq !== undefined) pending.delete(message.seq);
    if (root.contains(joinForm) || message.code === 'ROOM_NOT_JOINED') {
      fill(root, joinForm);
      fill(joinError, message.message);
    } else fill(notice, message.message);
  } else if (message.type === 'closed') {
    fill(
      root,
      h(
        'section',
        { class: 'ended' },
        h('h1', {}, 'The room has ended'),
        h('p', {}, message.message),
      ),
    );
  }
}

function onConnection(next: ConnectionState): void {
  fill(
    status,
    next === 'open' ? 'Connected' : next === 'connecting' ? 'Connecting…' : 'Reconnecting…',
  );
  status.dataset.state = next;
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') connection.wake();
});
window.addEventListener('online', () => connection.wake());

if (connection.savedToken) {
  fill(root, h('p', { class: 'hint' }, 'Joining again…'));
  connection.rejoin();
} else fill(root, joinForm);
