import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES, startWebServer } from '../../../main/http/server';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
const send: Harness['send'] = (...args) => h.send(...args);
const api: Harness['api'] = (...args) => h.api(...args);

const mapNames = async () => {
  const reply = (await api('maps:list', {})).json();
  expect(reply.ok).toBe(true);
  return (reply.value as Array<{ name: string }>).map((m) => m.name);
};

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only, with a fresh 32-byte token', async () => {
    expect(h.web.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(h.web.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(h.web.url).toBe(`http://127.0.0.1:${h.web.port}/?token=${h.web.token}`);
    const other = await startWebServer({ service: h.service, staticDir: join(h.root, 'static') });
    expect(other.token).not.toBe(h.web.token);
    await other.close();
  });

  it('refuses an API call without a token, and changes nothing', async () => {
    const res = await send('/api/maps:create', {
      method: 'POST',
      body: JSON.stringify({ name: 'No token' }),
    });
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ ok: false });
    expect(await mapNames()).not.toContain('No token');
  });

  it('refuses a wrong token and a cookie-only API call', async () => {
    expect(
      (await api('maps:create', { name: 'Wrong' }, { 'x-decision-map-token': 'x'.repeat(43) }))
        .status,
    ).toBe(401);
    const cookieOnly = await send('/api/maps:create', {
      method: 'POST',
      headers: { cookie: `dm_token=${h.web.token}; ${await h.pageCookie()}` },
      body: JSON.stringify({ name: 'Cookie only' }),
    });
    expect(cookieOnly.status).toBe(401);
    const viaQuery = await send(`/api/maps:create?token=${h.web.token}`, {
      method: 'POST',
      body: JSON.stringify({ name: 'Query only' }),
    });
    expect(viaQuery.status).toBe(401);
    const names = await mapNames();
    for (const name of ['Wrong', 'Cookie only', 'Query only']) expect(names).not.toContain(name);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin with 403', async () => {
    expect(
      (await api('maps:create', { name: 'Rebound' }, { host: `evil.example:${h.web.port}` }))
        .status,
    ).toBe(403);
    expect((await api('maps:create', { name: 'Rebound' }, { host: '127.0.0.1:1' })).status).toBe(
      403,
    );
    expect(
      (await send(`/?token=${h.web.token}`, { headers: { host: 'evil.example' } })).status,
    ).toBe(403);
    expect(
      (await api('maps:create', { name: 'Cross' }, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await api('maps:create', { name: 'Cross' }, { origin: 'null' })).status).toBe(403);
    expect(await mapNames()).not.toContain('Rebound');
    expect(await mapNames()).not.toContain('Cross');
  });

  it('accepts localhost and our own Origin', async () => {
    const res = await api(
      'maps:list',
      {},
      { host: `localhost:${h.web.port}`, origin: `http://localhost:${h.web.port}` },
    );
    expect(res.status).toBe(200);
  });

  it('creates a map that a following list returns', async () => {
    const created = await api('maps:create', { name: 'Purchasing approvals' });
    expect(created.status).toBe(200);
    expect(created.json()).toMatchObject({ ok: true, value: { name: 'Purchasing approvals' } });
    expect(await mapNames()).toContain('Purchasing approvals');
  });

  it.each([
    ['non-JSON', 'name=Purchasing', 400],
    ['truncated JSON', '{"name": "Purch', 400],
  ])('answers a %s body with 400 INVALID_REQUEST', async (_case, body, status) => {
    const res = await send('/api/maps:create', {
      method: 'POST',
      headers: { 'x-decision-map-token': h.web.token },
      body,
    });
    expect(res.status).toBe(status);
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('rejects arguments the contract does not allow, through dispatch', async () => {
    for (const args of [{ name: 5 }, { name: 'x', extra: true }, 'a string']) {
      const res = await api('maps:create', args);
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
  });

  it('answers an unknown channel with 404 INVALID_REQUEST, and a GET on the API with 405', async () => {
    for (const channel of ['maps:drop', '__proto__', 'constructor', '%E0%A4%A']) {
      const res = await api(channel, {});
      expect(res.status).toBe(404);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    const get = await send('/api/maps:list', { headers: { 'x-decision-map-token': h.web.token } });
    expect(get.status).toBe(405);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await send('/api/maps:create', {
      method: 'POST',
      headers: {
        'x-decision-map-token': h.web.token,
        'content-length': String(MAX_BODY_BYTES + 1),
      },
      body: '{}',
    }).catch((error: unknown) => ({ status: -1, error }));
    expect(res.status).toBe(413);
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: h.web.port,
          path: '/api/maps:create',
          method: 'POST',
          headers: { host: `127.0.0.1:${h.web.port}`, 'x-decision-map-token': h.web.token },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      // The server may close the connection while we are still writing; only the status matters.
      req.on('error', (error) => reject(error));
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect((await api('maps:list', {})).status).toBe(200);
  });

  it('survives a failing handler and keeps serving', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const original = h.service.handlers['maps:list'];
    (h.service.handlers as Record<string, unknown>)['maps:list'] = () => {
      throw new Error('boom');
    };
    try {
      const res = await api('maps:list', {});
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      (h.service.handlers as Record<string, unknown>)['maps:list'] = original;
      log.mockRestore();
    }
    expect((await api('maps:list', {})).status).toBe(200);
  });
});
