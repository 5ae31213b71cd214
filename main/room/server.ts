/**
 * The room's own server: on the one address the facilitator picked, its own port, it
 * serves the participants' page (room.html and the files that page names, nothing else of
 * the app) and one WebSocket at /live that speaks the room's contract. It never serves the
 * app's API or any other file. Host and Origin must name the room's own address, so a
 * rebound DNS name or another site's page cannot reach it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { participantMessageSchema, ROOM_LIMITS } from '../../shared/room/messages';
import { ERROR_MESSAGES } from '../../shared/errors';
import { logError } from '../log';
import type { Connection, Participant, Room } from './room';

export const ROOM_PAGE = 'room.html';

/** Open WebSockets one room takes, all addresses together: a room of people, never a flood. */
export const MAX_CONNECTIONS = 2 * ROOM_LIMITS.participants;
/**
 * Connections one address may hold before they join: a phone needs one (a few with tabs
 * open), so one device cannot take every place and keep the room's people out.
 */
export const MAX_WAITING_PER_ADDRESS = 8;
/** A request's headers must arrive this soon, so slow senders cannot hold connections. */
export const HEADERS_WITHIN_MS = 10_000;
/** Unreadable messages, or actions before joining, after which a page is let go. */
export const BAD_MESSAGES_BEFORE_CLOSE = 10;
/** A page must join (code or token) this soon after connecting, or it is let go. */
export const JOIN_WITHIN_MS = 30_000;
/** How often the room checks that each phone is still there (a dropped Wi-Fi sends no close). */
const HEARTBEAT_MS = 15_000;

/** The participants' page: strict, with requests only back to the room itself. */
export function roomPagePolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The page and exactly the files it names (`/assets/…`), read once at start. */
export function readRoomPage(pageDir: string): Map<string, { type: string; body: Buffer }> {
  const html = readFileSync(join(pageDir, ROOM_PAGE));
  const files = new Map<string, { type: string; body: Buffer }>();
  files.set('/', { type: TYPES['.html']!, body: html });
  // Vite names them relative to the page (`./assets/room-HASH.js`); the page is at `/`.
  for (const match of html.toString('utf8').matchAll(/(?:src|href)="\.?\/(assets\/[\w.-]+)"/g)) {
    const path = `/${match[1]!}`;
    const ext = path.slice(path.lastIndexOf('.'));
    const type = TYPES[ext];
    if (type) files.set(path, { type, body: readFileSync(join(pageDir, path)) });
  }
  return files;
}

export interface RoomServer {
  readonly host: string;
  readonly port: number;
  /** `http://HOST:PORT/`, what the join card shows. */
  readonly url: string;
  close(): Promise<void>;
}

function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

export async function startRoomServer(options: {
  readonly host: string;
  readonly files: ReadonlyMap<string, { type: string; body: Buffer }>;
  readonly room: () => Room | null;
}): Promise<RoomServer> {
  let origin = '';
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.messageBytes });
  // Node checks these only every `connectionsCheckingInterval` (30 s by default): checked
  // each second, a slow sender is let go close to the limit.
  const limits = {
    headersTimeout: HEADERS_WITHIN_MS,
    requestTimeout: HEADERS_WITHIN_MS,
    connectionsCheckingInterval: 1_000,
  };
  const server = createServer(limits, (req, res) => {
    try {
      serve(req, res);
    } catch (error) {
      logError('room', 'a room request failed unexpectedly', error);
      res.destroy();
    }
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  const hostOk = (req: IncomingMessage) => req.headers.host?.toLowerCase() === origin;
  /** Connections per address that have not joined yet (entries go when they reach zero). */
  const waiting = new Map<string, number>();

  function serve(req: IncomingMessage, res: ServerResponse) {
    for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', roomPagePolicy());
    res.setHeader('Connection', 'close');
    if (!hostOk(req)) return text(res, 403, 'Forbidden');
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method not allowed');
    const path = (req.url ?? '/').split('?')[0]!;
    const file = options.files.get(path);
    if (!file || !options.room()?.isOpen) return text(res, 404, 'Not found');
    res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    const room = options.room();
    // A WebSocket from another site's page carries that site's Origin: refused.
    if (
      path !== '/live' ||
      !hostOk(req) ||
      req.headers.origin?.toLowerCase() !== `http://${origin}` ||
      !room?.isOpen ||
      wss.clients.size >= MAX_CONNECTIONS ||
      (waiting.get(req.socket.remoteAddress ?? '') ?? 0) >= MAX_WAITING_PER_ADDRESS
    ) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      wss.emit('connection', ws, req);
      attach(ws, room, req.socket.remoteAddress ?? '', waiting);
    });
  });

  // A phone that vanished without closing (asleep, out of Wi-Fi) misses a ping and is let go,
  // so the facilitator sees it away; it rejoins with its token when it wakes.
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (ws) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  });
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) ws.terminate();
      else {
        alive.delete(ws);
        ws.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: options.host, port: 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // After it started, an error on the listening socket (out of file handles, the network
  // gone) is logged: unheard, Node would throw it and end the app in the middle of a workshop.
  server.on('error', (error) => logError('room', 'the room server reported an error', error));
  const port = (server.address() as AddressInfo).port;
  origin = hostPort(options.host, port).toLowerCase();

  return {
    host: options.host,
    port,
    url: `http://${hostPort(options.host, port)}/`,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** One participant's page: messages in, checked against the contract, to the room. */
function attach(ws: WebSocket, room: Room, address: string, waiting: Map<string, number>): void {
  let joined: Participant | null = null;
  let counted = true;
  waiting.set(address, (waiting.get(address) ?? 0) + 1);
  const stopWaiting = () => {
    if (!counted) return;
    counted = false;
    const left = (waiting.get(address) ?? 1) - 1;
    if (left > 0) waiting.set(address, left);
    else waiting.delete(address);
  };
  const unjoined = setTimeout(() => {
    if (!joined) ws.close(1008);
  }, JOIN_WITHIN_MS);
  unjoined.unref();
  const conn: Connection = {
    address,
    send: (message) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    },
    close: () => ws.close(1008),
  };
  // A real page never sends these; a script that keeps doing so is let go.
  let bad = 0;
  const strike = () => {
    if (++bad >= BAD_MESSAGES_BEFORE_CLOSE) ws.close(1008);
  };
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (ws.readyState !== ws.OPEN) return;
    let parsed: unknown;
    try {
      if (isBinary) throw new Error('binary');
      parsed = JSON.parse(decoder.decode(data as Buffer));
    } catch {
      parsed = undefined;
    }
    const checked = participantMessageSchema.safeParse(parsed);
    if (!checked.success) {
      const seq = (parsed as { seq?: unknown } | undefined)?.seq;
      conn.send({
        type: 'refused',
        code: 'ROOM_BAD_MESSAGE',
        message: ERROR_MESSAGES.ROOM_BAD_MESSAGE,
        ...(typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? { seq } : {}),
      });
      strike();
      return;
    }
    try {
      const before = joined;
      joined = room.receive(conn, joined, checked.data);
      if (joined) stopWaiting();
      else if (!before && checked.data.type !== 'join' && checked.data.type !== 'rejoin') strike();
    } catch (error) {
      // The workspace could not keep it (disk full, workspace switched): say so, keep going.
      logError('room', 'a room message could not be kept', error);
      const seq = 'seq' in checked.data ? { seq: checked.data.seq } : {};
      conn.send({
        type: 'refused',
        code: 'ROOM_NOT_KEPT',
        message: ERROR_MESSAGES.ROOM_NOT_KEPT,
        ...seq,
      });
    }
  });
  // An oversized message closes the socket (ws: 1009); the room keeps the participant.
  ws.on('error', () => ws.terminate());
  ws.on('close', () => {
    clearTimeout(unjoined);
    stopWaiting();
    room.leave(conn, joined);
  });
}

function text(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(body);
}
