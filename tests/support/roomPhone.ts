/**
 * A participant's phone for tests and the load bench: a real WebSocket (the `ws` client)
 * to a room server, sending the room's contract messages and waiting for replies by
 * content, never by time.
 */
import WebSocket from 'ws';
import type { ParticipantMessage, ServerMessage } from '../../shared/room/messages';

export class Phone {
  readonly received: ServerMessage[] = [];
  private waiting: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] =
    [];
  private closedWith: number | null = null;
  private closeWaiters: ((code: number) => void)[] = [];
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.received.push(message);
      this.waiting = this.waiting.filter((w) => {
        if (!w.test(message)) return true;
        w.resolve(message);
        return false;
      });
      this.onMessage?.(message);
    });
    ws.on('close', (code) => {
      this.closedWith = code;
      for (const wake of this.closeWaiters.splice(0)) wake(code);
    });
    ws.on('error', () => {});
  }

  /** Called for every message (the bench times acknowledgements with it). */
  onMessage: ((message: ServerMessage) => void) | null = null;

  /** Connects to the room at `url` (`http://HOST:PORT/`) as its own page would. */
  /** `from` picks the phone's own address (any 127.x.y.z on loopback), as another device. */
  static connect(url: string, origin = url.replace(/\/$/, ''), from?: string): Promise<Phone> {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}live`, {
      headers: { Origin: origin },
      ...(from ? { localAddress: from } : {}),
    });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new Phone(ws)));
      ws.once('unexpected-response', (_req, res) =>
        reject(new Error(`refused with HTTP ${res.statusCode}`)),
      );
      ws.once('error', reject);
    });
  }

  send(message: ParticipantMessage | Record<string, unknown>): void {
    this.ws.send(JSON.stringify(message));
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  /** The first message from now on (or already received, with `past`) that passes `test`. */
  next<T extends ServerMessage['type']>(
    type: T,
    test: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true,
    past = false,
  ): Promise<Extract<ServerMessage, { type: T }>> {
    const ok = (m: ServerMessage): m is Extract<ServerMessage, { type: T }> =>
      m.type === type && test(m as Extract<ServerMessage, { type: T }>);
    if (past) {
      const found = this.received.find(ok);
      if (found) return Promise.resolve(found);
    }
    return new Promise((resolve) =>
      this.waiting.push({ test: ok, resolve: resolve as (m: ServerMessage) => void }),
    );
  }

  /** Resolves with the close code once the server closed the connection. */
  closed(): Promise<number> {
    if (this.closedWith !== null) return Promise.resolve(this.closedWith);
    return new Promise((resolve) => this.closeWaiters.push(resolve));
  }

  close(): void {
    this.ws.close();
  }

  /** Joins with the code and a name; resolves with the welcome (token and name). */
  async join(code: string, name: string) {
    const welcome = this.next('welcome');
    const refused = this.next('refused');
    this.send({ type: 'join', code, name });
    return Promise.race([welcome, refused]);
  }
}
