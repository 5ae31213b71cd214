/**
 * An error on the room's listening socket after it started (out of file handles under a
 * flood, the network going away) must not take the whole app down with it: Node throws an
 * 'error' event nobody listens to, and in the main process that ends the app mid-workshop.
 */
import type { Server } from 'node:http';
import { describe, expect, it, vi } from 'vitest';
import { Phone } from '../../support/roomPhone';
import { roomWorkspace } from '../../support/room';

const servers: Server[] = [];
vi.mock('node:http', async (original) => {
  const http = await original<typeof import('node:http')>();
  const createServer = (...args: Parameters<typeof http.createServer>) => {
    const server = http.createServer(...args);
    servers.push(server);
    return server;
  };
  return { ...http, default: { ...http, createServer }, createServer };
});

describe('the room server after it started', () => {
  it('survives an error on its listening socket and keeps serving the room', async () => {
    const w = await roomWorkspace();
    const room = (await w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' })).room!;
    const server = servers.at(-1)!;
    const failure = Object.assign(new Error('accept EMFILE'), { code: 'EMFILE' });
    expect(() => server.emit('error', failure)).not.toThrow();
    const phone = await Phone.connect(room.url);
    expect(await phone.join(room.code, 'Ana')).toMatchObject({ type: 'welcome' });
    phone.close();
  });
});
