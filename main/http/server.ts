/**
 * Browser mode's transport: the built renderer and the same API as Electron's IPC, over
 * HTTP on 127.0.0.1 only. API calls need the per-start token in a header (which another
 * site cannot set without our consent). Static files need the token in the query (the
 * printed link) or the page key from the HttpOnly cookie set by that first load: a separate
 * per-start secret, because a cookie also reaches every other port of 127.0.0.1 (auth.ts).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isApiChannel, dispatch } from '../../shared/api/dispatch';
import { LIMITS } from '../../shared/content/limits';
import { AppError, toErrorPayload, type ErrorCode } from '../../shared/errors';
import { logError } from '../log';
import { contentSecurityPolicy } from '../security/csp';
import type { WorkspaceService } from '../service/types';
import {
  PAGE_COOKIE,
  TOKEN_HEADER,
  isAllowedHost,
  isAllowedOrigin,
  newToken,
  pageCookie,
  readCookie,
  tokenMatches,
} from './auth';
import { contentType, isHtml, realRoot, resolveStaticFile } from './static';

export interface WebServerOptions {
  readonly service: Pick<WorkspaceService, 'handlers'>;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  /** 0 or absent: a free port chosen by the system. */
  readonly port?: number;
  /** Fixed token for tests; by default a fresh random one per start. */
  readonly token?: string;
}

export interface WebServer {
  /** The address to open, token included. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  /** The underlying server, for inspection (e.g. which address it listens on). */
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * The largest request body. The largest request the app sends is the import of the largest
 * map file (LIMITS.fileBytes), as JSON text inside `{"text": …}`. Escaping at most doubles
 * each byte of a valid map file (`"` becomes `\"`, a line break `\n`; other characters stay
 * as they are in UTF-8), so twice the file limit and a little room for the envelope. A
 * 40 MB PDF as base64 and any sane save (5,000 operations) are far smaller.
 */
export const MAX_BODY_BYTES = 2 * LIMITS.fileBytes + 1024 * 1024;

/** Refuses bytes that are not UTF-8 instead of turning them into U+FFFD without a word. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

interface Context {
  readonly service: Pick<WorkspaceService, 'handlers'>;
  readonly root: string;
  readonly token: string;
  /** Opens static files only; what the cookie holds (never the token). */
  readonly pageKey: string;
  port: number;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const ctx: Context = {
    service: options.service,
    root: realRoot(options.staticDir),
    token: options.token ?? newToken(),
    pageKey: newToken(),
    port: 0,
  };
  const server = createServer((req, res) => {
    handle(req, res, ctx).catch((error: unknown) => {
      logError('http', 'a web request failed unexpectedly', error);
      if (!res.headersSent) sendError(res, 500, 'INTERNAL');
      else res.destroy();
    });
  });
  // A malformed request must cost the client its connection, never the server its life.
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  ctx.port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${ctx.port}/?token=${ctx.token}`,
    port: ctx.port,
    token: ctx.token,
    server,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  if (
    !isAllowedHost(req.headers.host, ctx.port) ||
    !isAllowedOrigin(req.headers.origin, ctx.port)
  ) {
    return sendText(res, 403, 'Forbidden');
  }
  const url = req.url ?? '/';
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));

  if (path.startsWith('/api/')) return handleApi(req, res, ctx, path.slice('/api/'.length));
  return handleStatic(req, res, ctx, path, query);
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: Context,
  rawChannel: string,
) {
  // Header only: a cookie would ride along on a forged cross-site request.
  if (!tokenMatches(ctx.token, req.headers[TOKEN_HEADER])) return sendError(res, 401, 'FORBIDDEN');
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendError(res, 405, 'INVALID_REQUEST');
  }
  const channel = safeDecode(rawChannel);
  if (!isApiChannel(channel)) return sendError(res, 404, 'INVALID_REQUEST');

  const body = await readBody(req);
  if (body === 'too-large') return sendError(res, 413, 'INVALID_REQUEST');
  let args: unknown;
  try {
    args = body.length === 0 ? undefined : JSON.parse(strictUtf8.decode(body));
  } catch {
    // Not UTF-8, or not JSON: either way nothing the page sends.
    return sendError(res, 400, 'INVALID_REQUEST');
  }
  const reply = await dispatch(ctx.service.handlers, channel, args, (error) => {
    // The error only, never the arguments: they may hold the user's map content.
    logError('http', `${channel} failed unexpectedly`, error);
  });
  sendJson(res, 200, reply);
}

async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: Context,
  path: string,
  query: URLSearchParams,
) {
  const fromQuery = tokenMatches(ctx.token, query.get('token'));
  if (!fromQuery && !tokenMatches(ctx.pageKey, readCookie(req.headers.cookie, PAGE_COOKIE))) {
    return sendText(res, 401, 'This address needs the link Decision Map printed when it started.');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed');
  }
  const file = resolveStaticFile(ctx.root, path);
  if (file === null) return sendText(res, 404, 'Not found');
  const content = await readFile(file);
  // Remember the page key for the page's own follow-up requests (scripts, styles, fonts).
  if (fromQuery) res.setHeader('Set-Cookie', pageCookie(ctx.pageKey));
  res.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': content.length,
    'Cache-Control': isHtml(file) ? 'no-store' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : content);
}

/** Reads the whole body, or stops at the limit without buffering the rest. */
function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return Promise.resolve('too-large');
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        req.pause();
        resolvePromise('too-large');
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolvePromise(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function sendError(res: ServerResponse, status: number, code: ErrorCode) {
  sendJson(res, status, { ok: false, error: toErrorPayload(new AppError(code)) });
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  const body = JSON.stringify(value);
  closeAfterError(res, status);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string) {
  closeAfterError(res, status);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * After a refusal the rest of the request body may be unread; closing the connection keeps
 * it from being parsed as the next request.
 */
function closeAfterError(res: ServerResponse, status: number) {
  if (status >= 400) res.setHeader('Connection', 'close');
}
