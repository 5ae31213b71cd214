/**
 * The participant page's line to the room: one WebSocket to /live on the page's own
 * address, opened again after a phone sleeps or the network drops (waiting a little longer
 * each time), rejoining with the token the page kept. Everything sent is a message of the
 * room's contract; each action carries a number the room acknowledges.
 */
import type { ParticipantMessage, ServerMessage } from '../../../shared/room/messages';

type Action =
  | Omit<Extract<ParticipantMessage, { type: 'propose' }>, 'seq'>
  | Omit<Extract<ParticipantMessage, { type: 'vote' }>, 'seq'>
  | Omit<Extract<ParticipantMessage, { type: 'park' }>, 'seq'>;

const TOKEN_KEY = 'decision-map-room-token';
const RETRY_MS = [500, 1000, 2000, 4000, 8000] as const;

export type ConnectionState = 'connecting' | 'open' | 'lost';

export class RoomConnection {
  private ws: WebSocket | null = null;
  private seq = 0;
  private tries = 0;
  private ended = false;
  private pendingJoin: { code: string; name: string } | null = null;

  constructor(
    private readonly onMessage: (message: ServerMessage) => void,
    private readonly onState: (state: ConnectionState) => void,
  ) {}

  /** The token of an earlier join on this device, for this room's address. */
  get savedToken(): string | null {
    return window.localStorage.getItem(TOKEN_KEY);
  }

  join(code: string, name: string): void {
    this.pendingJoin = { code, name };
    this.open();
  }

  rejoin(): void {
    this.open();
  }

  /** Sends an action; returns its number, which the room's ack or refusal carries. */
  act(action: Action): number {
    const seq = ++this.seq;
    this.send({ ...action, seq } as ParticipantMessage);
    return seq;
  }

  private send(message: ParticipantMessage): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  private open(): void {
    if (this.ended) return;
    this.ws?.close();
    this.onState('connecting');
    const ws = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/live`);
    this.ws = ws;
    ws.addEventListener('open', () => {
      const token = this.savedToken;
      if (this.pendingJoin) {
        this.send({ type: 'join', ...this.pendingJoin });
        this.pendingJoin = null;
      } else if (token) this.send({ type: 'rejoin', token });
    });
    ws.addEventListener('message', (event) => {
      let message: ServerMessage;
      try {
        message = JSON.parse(String(event.data)) as ServerMessage;
      } catch {
        return;
      }
      if (message.type === 'welcome') {
        this.tries = 0;
        window.localStorage.setItem(TOKEN_KEY, message.token);
        this.onState('open');
      } else if (message.type === 'closed') {
        this.ended = true;
        window.localStorage.removeItem(TOKEN_KEY);
      } else if (message.type === 'refused' && message.code === 'ROOM_NOT_JOINED') {
        // The token is of a room that has ended: join again with the code.
        window.localStorage.removeItem(TOKEN_KEY);
      }
      this.onMessage(message);
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws || this.ended) return;
      this.onState('lost');
      if (!this.savedToken) return;
      const wait = RETRY_MS[Math.min(this.tries++, RETRY_MS.length - 1)];
      window.setTimeout(() => this.open(), wait);
    });
  }

  /** Back after sleep or a network change: rejoin at once instead of waiting out the retry. */
  wake(): void {
    if (this.ws?.readyState !== WebSocket.OPEN && this.savedToken && !this.ended) this.open();
  }
}
