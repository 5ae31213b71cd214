/**
 * A real browser-mode server for tests: the real workspace service on a temp data dir and a
 * tiny static folder (plus a file beside it that must never be served).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebServer, type WebServer } from '../../../main/http/server';
import { openWorkspace } from '../../../main/service/workspace';
import type { WorkspaceService } from '../../../main/service/types';

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string } };
}

export interface Harness {
  readonly root: string;
  readonly service: WorkspaceService;
  readonly web: WebServer;
  send(
    path: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string | Buffer },
  ): Promise<Response>;
  api(channel: string, args: unknown, headers?: Record<string, string>): Promise<Response>;
  /**
   * The `name=value` pair of the cookie the server sets when the page is opened with the
   * printed link, as a browser would store it and send it back (to any port of 127.0.0.1).
   */
  pageCookie(): Promise<string>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const root = mkdtempSync(join(tmpdir(), 'dm-http-'));
  const staticDir = join(root, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Decision Map</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the static folder');
  const service = openWorkspace({ dataDir: join(root, 'data') });
  const web = await startWebServer({ service, staticDir });

  /** node:http rather than fetch: fetch will not send a forged Host header. */
  const send: Harness['send'] = (path, { method = 'GET', headers = {}, body } = {}) =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: web.port,
          path,
          method,
          headers: { host: `127.0.0.1:${web.port}`, ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: res.statusCode!,
              headers: res.headers,
              text,
              json: () => JSON.parse(text),
            });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const api: Harness['api'] = (channel, args, headers = {}) =>
    send(`/api/${channel}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-decision-map-token': web.token,
        ...headers,
      },
      body: JSON.stringify(args),
    });

  const pageCookie: Harness['pageCookie'] = async () => {
    const res = await send(`/?token=${web.token}`);
    const set = res.headers['set-cookie'];
    if (!set || set.length !== 1) throw new Error(`expected one Set-Cookie, got ${String(set)}`);
    return set[0]!.split(';')[0]!.trim();
  };

  return {
    root,
    service,
    web,
    send,
    api,
    pageCookie,
    async close() {
      await web.close();
      service.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
