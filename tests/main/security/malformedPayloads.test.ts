/**
 * Every API call refuses malformed arguments, through both transports, before any service
 * code runs. The payloads are generated per channel from the contract (see malformed.ts):
 * not an object, missing or mistyped fields, over-long strings and lists, unknown keys and
 * prototype-pollution keys. A channel added to the contract gets its tests by itself.
 *
 * - Electron IPC: registerApi with the fake `electron`, a trusted sender, and a service whose
 *   handlers are spies: each reply is INVALID_REQUEST and no handler ran.
 * - Browser mode: the real server on a temporary workspace. Each reply is a JSON
 *   INVALID_REQUEST, no handler ran, and the workspace (maps and trash) is unchanged. The
 *   server answers a request it parsed with HTTP 200 and the coded reply, as it does every
 *   call; 4xx statuses are for transport refusals (token, Host, body) — tested in
 *   tests/main/http/server.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron'));

import { channels, type ApiChannel, type Handlers } from '../../../shared/api/contract';
import { isAppPage, resolveAppLocation } from '../../../main/appLocation';
import { registerApi, trustedSender } from '../../../main/ipc';
import { BrowserWindow, ipcMain, resetFakeElectron } from '../../fakes/electron';
import { startHarness, type Harness } from '../http/harness';
import {
  accepted,
  argsJsonSchema,
  bodyOf,
  malformedPayloads,
  parsePayload,
  unboundedInputs,
  validExample,
} from './malformed';

const cases = channels.map((channel) => [channel, malformedPayloads(channel)] as const);

/** The generated valid arguments, with a made-up map id. */
const validArgs = (channel: ApiChannel) =>
  parsePayload({ name: 'valid', json: JSON.stringify(validExample(channel)) }, 'm1');

type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

it('generates payloads for every channel of the contract', () => {
  expect(cases.map(([channel]) => channel)).toEqual(channels);
  for (const [, payloads] of cases) expect(payloads.length).toBeGreaterThanOrEqual(7);
});

describe.each(channels)('%s arguments', (channel) => {
  it('have an upper bound on every string and list, nested ones included', () => {
    expect(unboundedInputs(argsJsonSchema(channel))).toEqual([]);
  });

  it('have a generated valid example (so the malformed ones differ from a valid call)', () => {
    expect(accepted(channel, validArgs(channel))).toBe(true);
  });
});

describe('through Electron IPC', () => {
  const location = resolveAppLocation('/app/out/main', undefined);
  const fromApp = () => ({
    sender: window.webContents,
    senderFrame: { url: `${pathToFileURL(location.indexHtml).href}#/` },
  });
  let window: BrowserWindow;
  let handlers: Record<ApiChannel, ReturnType<typeof vi.fn>>;

  beforeEach(() => {
    resetFakeElectron();
    window = new BrowserWindow({});
    handlers = Object.fromEntries(channels.map((c) => [c, vi.fn(() => null)])) as typeof handlers;
    registerApi(
      ipcMain as never,
      { handlers: handlers as unknown as Handlers },
      trustedSender(
        () => window as never,
        (url) => isAppPage(url, location),
      ),
    );
  });

  const invoke = (channel: ApiChannel, args: unknown) =>
    ipcMain.handlers.get(channel)!(fromApp(), args) as Promise<Reply>;

  describe.each(cases)('%s', (channel, payloads) => {
    it('accepts the valid example (the spies would see a call)', async () => {
      const reply = await invoke(channel, validArgs(channel));
      expect(reply).toEqual({ ok: true, value: null });
      expect(handlers[channel]).toHaveBeenCalledTimes(1);
    });

    it.each(payloads)('refuses $name with INVALID_REQUEST, calling nothing', async (payload) => {
      const reply = await invoke(channel, parsePayload(payload, 'm1'));
      expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

describe('through browser-mode HTTP', () => {
  let h: Harness;
  let mapId: string;
  const called: string[] = [];
  let original: Handlers;

  beforeAll(async () => {
    h = await startHarness();
    const service = h.service.handlers as Record<ApiChannel, (args: unknown) => unknown>;
    original = { ...h.service.handlers };
    for (const channel of channels) {
      const real = service[channel];
      service[channel] = (args) => {
        called.push(channel);
        return real(args);
      };
    }
    // Two maps, one of them in the trash, so a refused delete/restore/rename would show.
    mapId = (await original['maps:create']({ name: 'Kept' })).id;
    const trashed = (await original['maps:create']({ name: 'Trashed' })).id;
    await original['maps:delete']({ id: trashed });
  });
  afterAll(() => h?.close());

  /** The workspace as the service sees it, read without going through the spies. */
  const snapshot = async () => ({
    maps: await original['maps:list']({}),
    trash: await original['maps:trash']({}),
    open: await original['map:open']({ id: mapId as never }),
  });

  it('sees a valid call reach the service (so the spies work)', async () => {
    called.length = 0;
    const res = await h.api('maps:list', {});
    expect(res.json()).toMatchObject({ ok: true });
    expect(called).toEqual(['maps:list']);
  });

  describe.each(cases)('%s', (channel, payloads) => {
    it.each(payloads)(
      'refuses $name with a JSON INVALID_REQUEST; nothing runs or changes',
      async (payload) => {
        const before = await snapshot();
        called.length = 0;
        const body = bodyOf(payload, mapId);
        const res = await h.send(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-decision-map-token': h.web.token },
          ...(body === undefined ? {} : { body }),
        });
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.status).toBe(200);
        expect(res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
        expect(called).toEqual([]);
        expect(await snapshot()).toEqual(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
    );
  });
});
