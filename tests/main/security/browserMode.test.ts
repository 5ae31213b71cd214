/**
 * Browser mode's perimeter, beyond tests/main/http/server.test.ts (no token, a wrong token,
 * a cookie-only call, evil.example and another port as Host, an evil and a `null` Origin,
 * listening on 127.0.0.1): the look-alike spellings of our Host and Origin, a request with
 * no Host at all, and proof that nothing answers on any other address of this machine.
 *
 * The policy (main/http/auth.ts): Host must be exactly 127.0.0.1:PORT or localhost:PORT
 * (any case); Origin, when present, exactly http://127.0.0.1:PORT or http://localhost:PORT.
 */
import { connect, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../http/harness';

let h: Harness;
let port: number;
beforeAll(async () => {
  h = await startHarness();
  port = h.web.port;
});
afterAll(() => h.close());

const mapNames = async () =>
  ((await h.api('maps:list', {})).json().value as Array<{ name: string }>).map((m) => m.name);

/** A raw HTTP request, so Host can be anything, or absent. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: '127.0.0.1', port }, () => socket.end(request));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** PORT is our port, OTHER another one. */
const fill = (template: string) =>
  template.replaceAll('OTHER', String(port + 1)).replaceAll('PORT', String(port));

describe('browser mode refuses look-alike hosts (DNS rebinding)', () => {
  it.each([
    '127.0.0.1.evil.example:PORT',
    'localhost.evil.example:PORT',
    'evil.example:PORT@127.0.0.1',
    '127.0.0.1:PORT.evil.example',
    '127.0.0.1:OTHER',
    'localhost:PORT0',
    'localhost.:PORT',
    '[::1]:PORT',
    '0.0.0.0:PORT',
    '127.0.0.2:PORT',
    '2130706433:PORT',
    '127.0.0.1',
    'localhost',
  ])('refuses Host %s', async (template) => {
    const host = fill(template);
    const api = await h.api('maps:create', { name: `Rebound ${host}` }, { host });
    expect(api.status, host).toBe(403);
    const page = await h.send(`/?token=${h.web.token}`, { headers: { host } });
    expect(page.status, host).toBe(403);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(await mapNames()).not.toContain(`Rebound ${host}`);
  });

  it.each([
    ['no Host header (HTTP/1.0 may leave it out)', `GET /?token=TOKEN HTTP/1.0\r\n\r\n`],
    ['an empty Host header', `GET /?token=TOKEN HTTP/1.0\r\nHost: \r\n\r\n`],
    [
      'no Host on an API call',
      'POST /api/maps:list HTTP/1.0\r\nX-Decision-Map-Token: TOKEN\r\nContent-Length: 2\r\n\r\n{}',
    ],
  ])('refuses a request with %s', async (_case, request) => {
    const answer = await raw(request.replaceAll('TOKEN', h.web.token));
    expect(answer).toMatch(/^HTTP\/1\.[01] 403 /);
    expect(answer).not.toMatch(/set-cookie/i);
  });

  it('accepts our host in any letter case', async () => {
    const res = await h.api('maps:list', {}, { host: `LocalHost:${port}` });
    expect(res.status).toBe(200);
  });
});

describe('browser mode refuses foreign origins', () => {
  it.each([
    'http://127.0.0.1:OTHER',
    'https://127.0.0.1:PORT',
    'http://localhost.evil.example:PORT',
    'http://127.0.0.1.evil.example:PORT',
    'http://[::1]:PORT',
    'http://127.0.0.1:PORT.evil.example',
    'http://127.0.0.1:PORT/',
    'http://127.0.0.1',
    'file://',
    'chrome-extension://abcdefghijklmnop',
    '',
  ])('refuses Origin "%s"', async (template) => {
    const origin = fill(template);
    const res = await h.api('maps:create', { name: `Cross ${origin}` }, { origin });
    expect(res.status, origin).toBe(403);
    expect(await mapNames()).not.toContain(`Cross ${origin}`);
  });

  it('refuses a foreign Origin even with a valid token and our Host', async () => {
    const res = await h.api('maps:list', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('"ok":true');
  });
});

describe('browser mode listens on 127.0.0.1 only', () => {
  const refused = (host: string) =>
    new Promise<string>((resolve) => {
      const socket = connect({ host, port });
      socket.setTimeout(2000, () => {
        socket.destroy();
        resolve('timeout');
      });
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });

  const otherAddresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.address !== '127.0.0.1')
    .map((a) => a!.address);

  it('answers on 127.0.0.1', async () => {
    expect(await refused('127.0.0.1')).toBe('connected');
  });

  it.each(['::1', ...otherAddresses])('does not answer on %s', async (address) => {
    expect(await refused(address)).not.toBe('connected');
  });
});
