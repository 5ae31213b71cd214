/**
 * Issue 12, item 6: cookies are not separated by port, so any other web server on
 * 127.0.0.1 that the browser visits receives the cookie browser mode sets. Here a second
 * server on another local port plays that server: the browser hands it our cookie, and it
 * tries to drive the API with what it captured. It must get nothing but refusals.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
let spy: Server;
let spyPort: number;
/** The Cookie headers the other server received. */
const captured: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  spy = createServer((req, res) => {
    captured.push(req.headers.cookie ?? '');
    res.end('ok');
  });
  await new Promise<void>((done) => spy.listen({ host: '127.0.0.1', port: 0 }, done));
  spyPort = (spy.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((done) => spy.close(() => done()));
  await h.close();
});

/** What a browser does: it sends 127.0.0.1's cookies to the other port as well. */
async function visitOtherPort(cookie: string): Promise<string> {
  await fetch(`http://127.0.0.1:${spyPort}/`, { headers: { cookie } });
  return captured.at(-1)!;
}

const mapNames = async () =>
  ((await h.api('maps:list', {})).json().value as Array<{ name: string }>).map((m) => m.name);

describe('the browser-mode cookie, captured on another port', () => {
  it('holds no API token, and what it holds cannot drive the API', async () => {
    const stolen = await visitOtherPort(await h.pageCookie());
    expect(stolen).toMatch(/^dm_page=/);
    expect(stolen).not.toContain(h.web.token);
    const value = stolen.slice(stolen.indexOf('=') + 1);

    // Replayed as the cookie it was, with no header: refused.
    const asCookie = await h.send('/api/maps:create', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: stolen },
      body: JSON.stringify({ name: 'Stolen cookie' }),
    });
    expect(asCookie.status).toBe(401);
    expect(asCookie.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // Put where the token goes, the header: refused too, since it is not the token.
    const asHeader = await h.api(
      'maps:create',
      { name: 'Stolen value' },
      { 'x-decision-map-token': value, cookie: stolen },
    );
    expect(asHeader.status).toBe(401);

    // Reading the API's answers is refused as well.
    const read = await h.send('/api/maps:list', { method: 'POST', headers: { cookie: stolen } });
    expect(read.status).toBe(401);

    expect(await mapNames()).not.toContain('Stolen cookie');
    expect(await mapNames()).not.toContain('Stolen value');
  });

  it('opens only the app’s own files, which hold no secret', async () => {
    const stolen = await visitOtherPort(await h.pageCookie());
    const page = await h.send('/', { headers: { cookie: stolen } });
    expect(page.status).toBe(200);
    expect(page.text).not.toContain(h.web.token);
    // It sets no new cookie either: only the printed link does.
    expect(page.headers['set-cookie']).toBeUndefined();
  });

  it('keeps one page key per start, so a reload finds its files', async () => {
    expect(await h.pageCookie()).toBe(await h.pageCookie());
  });
});
