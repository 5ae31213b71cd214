import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../main/security/csp';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
const send: Harness['send'] = (...args) => h.send(...args);
const api: Harness['api'] = (...args) => h.api(...args);

describe('browser-mode static files and headers', () => {
  it('serves index.html for /?token= and sets a strict HttpOnly cookie', async () => {
    const res = await send(`/?token=${h.web.token}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>Decision Map</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^dm_page=[A-Za-z0-9_-]{43};/);
    // Cookies reach every port of 127.0.0.1: the API token must never be in one.
    expect(cookie).not.toContain(h.web.token);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('serves other static files with the cookie or the query token, and nothing without', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/assets/app.js')).status).toBe(401);
    expect((await send('/assets/app.js', { headers: { cookie: 'dm_page=wrong' } })).status).toBe(
      401,
    );
    // The API token is not the page key: in a cookie it opens nothing.
    expect(
      (await send('/assets/app.js', { headers: { cookie: `dm_page=${h.web.token}` } })).status,
    ).toBe(401);
    const withCookie = await send('/assets/app.js', {
      headers: { cookie: `other=1; ${await h.pageCookie()}` },
    });
    expect(withCookie.status).toBe(200);
    expect(withCookie.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(withCookie.text).toBe('console.log(1)');
    expect((await send(`/assets/app.js?token=${h.web.token}`)).status).toBe(200);
  });

  it.each([
    '/../../etc/passwd',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%5csecret.txt',
    '/..\\secret.txt',
    '/%252e%252e/secret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '//etc/passwd',
    '/assets',
    '/missing.js',
  ])('answers %s with 404, never a file outside the folder', async (path) => {
    const res = await send(path, { headers: { cookie: await h.pageCookie() } });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('outside the static folder');
    expect(res.text).not.toContain('root:');
  });

  it('puts the security headers on every response, refusals included', async () => {
    const responses = [
      await send(`/?token=${h.web.token}`),
      await send('/'),
      await api('maps:list', {}),
      await api('maps:list', {}, { origin: 'https://evil.example' }),
      await send('/missing', { headers: { cookie: await h.pageCookie() } }),
    ];
    for (const res of responses) {
      expect(res.headers).toMatchObject({
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cross-origin-opener-policy': 'same-origin',
      });
    }
  });
});
