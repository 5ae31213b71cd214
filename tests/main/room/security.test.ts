/**
 * The room's doors, attacked: wrong and expired codes, a participant token where it does
 * not belong, oversized and malformed messages, floods, and script in names and answers.
 * Real workspace, real room server on 127.0.0.1, real WebSockets.
 */
import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { startWebServer } from '../../../main/http/server';
import { openWorkspace } from '../../../main/service/workspace';
import { tempDir } from '../../support/tempDir';
import {
  HEADERS_WITHIN_MS,
  MAX_CONNECTIONS,
  MAX_WAITING_PER_ADDRESS,
  BAD_MESSAGES_BEFORE_CLOSE,
} from '../../../main/room/server';
import { MAX_PAGES_PER_PERSON } from '../../../main/room/room';
import { ROOM_LIMITS } from '../../../shared/room/messages';
import { Phone } from '../../support/roomPhone';
import { roomWorkspace, viewOf, fakeRoomPage } from '../../support/room';

async function openRoom() {
  const w = await roomWorkspace();
  const snap = await w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' });
  const room = snap.room!;
  return { ...w, room };
}

function get(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('joining', () => {
  it('refuses a wrong code, and after five wrong codes refuses even the right one', async () => {
    const { room } = await openRoom();
    const wrong = room.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 5; i++) {
      const phone = await Phone.connect(room.url);
      const reply = await phone.join(wrong, 'Guesser');
      expect(reply).toMatchObject({ type: 'refused', code: 'ROOM_WRONG_CODE' });
      phone.close();
    }
    const phone = await Phone.connect(room.url);
    expect(await phone.join(room.code, 'Guesser')).toMatchObject({
      type: 'refused',
      code: 'ROOM_TOO_MANY_TRIES',
    });
  });

  it('takes the code as people type it: lower case, with a space', async () => {
    const { room } = await openRoom();
    const phone = await Phone.connect(room.url);
    const typed = `${room.code.slice(0, 3)} ${room.code.slice(3)}`.toLowerCase();
    expect(await phone.join(typed, 'Ana')).toMatchObject({ type: 'welcome', name: 'Ana' });
  });

  it('refuses the code of a room that was closed and opened again (expired)', async () => {
    const w = await roomWorkspace();
    const first = (await w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' })).room!;
    await w.call('room:close', {});
    const second = (await w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' })).room!;
    expect(second.code).not.toBe(first.code);
    const phone = await Phone.connect(second.url);
    expect(await phone.join(first.code, 'Late')).toMatchObject({
      type: 'refused',
      code: 'ROOM_WRONG_CODE',
    });
  });

  it('gives no access to a closed room, old token or not', async () => {
    const w = await openRoom();
    const phone = await Phone.connect(w.room.url);
    const welcome = await phone.join(w.room.code, 'Ana');
    expect(welcome.type).toBe('welcome');
    const told = phone.next('closed');
    await w.call('room:close', {});
    expect((await told).message).toContain('ended');
    await phone.closed();
    // The port is gone with the room.
    await expect(Phone.connect(w.room.url)).rejects.toThrow();
  });

  it('names and answers stay text: markup arrives exactly as typed, never as HTML', async () => {
    const w = await openRoom();
    await w.call('room:control', { view: viewOf('t1') });
    const phone = await Phone.connect(w.room.url);
    const name = '<img src=x onerror=alert(1)>';
    const welcome = await phone.join(w.room.code, name);
    expect(welcome).toMatchObject({ type: 'welcome', name });
    phone.send({
      type: 'propose',
      seq: 1,
      transition: 't1',
      question: 'who',
      text: '<script>alert(1)</script>',
      anonymous: false,
    });
    await phone.next('ack');
    const snap = await w.call('room:state', {});
    expect(snap.room!.participants[0]!.name).toBe(name);
    expect(snap.room!.proposals[0]).toMatchObject({
      from: name,
      text: '<script>alert(1)</script>',
    });
  });

  it('names without a name "Anonymous 1", "Anonymous 2"', async () => {
    const w = await openRoom();
    const a = await Phone.connect(w.room.url);
    const b = await Phone.connect(w.room.url);
    expect(await a.join(w.room.code, '  ')).toMatchObject({ name: 'Anonymous 1' });
    expect(await b.join(w.room.code, '')).toMatchObject({ name: 'Anonymous 2' });
  });
});

describe('opening a room', () => {
  it('listens only on an address it offered, for a map that exists', async () => {
    const w = await roomWorkspace();
    expect(await w.call('room:interfaces', {})).toEqual([
      { name: 'Given with --room-host', address: '127.0.0.1', local: true },
    ]);
    for (const host of ['0.0.0.0', '192.168.1.20', '::']) {
      await expect(w.call('room:open', { mapId: w.mapId, host })).rejects.toThrow(
        /ROOM_HOST_NOT_OFFERED/,
      );
    }
    await expect(w.call('room:open', { mapId: 'no-such-map', host: '127.0.0.1' })).rejects.toThrow(
      /MAP_NOT_FOUND/,
    );
    expect((await w.call('room:state', {})).room).toBeNull();
  });

  it('is not offered at all without a --room-host in browser mode', async () => {
    const service = openWorkspace({
      dataDir: tempDir(),
      room: { pageDir: fakeRoomPage(), hosts: [] },
    });
    try {
      expect(await service.handlers['room:interfaces']({})).toEqual([]);
    } finally {
      service.close();
    }
  });
});

describe('tokens stay where they belong', () => {
  it('a participant token does not open another room', async () => {
    const a = await openRoom();
    const b = await openRoom();
    const phone = await Phone.connect(a.room.url);
    const welcome = await phone.join(a.room.code, 'Ana');
    if (welcome.type !== 'welcome') throw new Error('not joined');
    const other = await Phone.connect(b.room.url);
    const reply = other.next('refused');
    other.send({ type: 'rejoin', token: welcome.token });
    expect(await reply).toMatchObject({ code: 'ROOM_NOT_JOINED' });
    // Nothing can be done without joining.
    const refused = other.next('refused');
    other.send({ type: 'park', seq: 1, text: 'Let me in' });
    expect(await refused).toMatchObject({ code: 'ROOM_NOT_JOINED' });
  });

  it('a participant token does not open the main API, and the room serves no API or app file', async () => {
    const w = await openRoom();
    const web = await startWebServer({ service: w.service, staticDir: fakeRoomPage(), port: 0 });
    try {
      const phone = await Phone.connect(w.room.url);
      const welcome = await phone.join(w.room.code, 'Ana');
      if (welcome.type !== 'welcome') throw new Error('not joined');
      for (const header of ['x-decision-map-token', 'authorization']) {
        const res = await fetch(`http://127.0.0.1:${web.port}/api/maps:list`, {
          method: 'POST',
          headers: { [header]: welcome.token, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(res.status).toBe(401);
      }
      const origin = w.room.url.replace(/\/$/, '');
      for (const path of ['/api/maps:list', '/index.html', '/assets/../index.html', '/room.html']) {
        expect((await get(`${origin}${path}`)).status).toBe(404);
      }
      expect((await get(`${origin}/api/maps:list`, {}, 'POST')).status).toBe(405);
      const page = await get(`${origin}/`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('/assets/room-1.js');
    } finally {
      await web.close();
    }
  });

  it('refuses a page from another site or a rebound host name', async () => {
    const { room } = await openRoom();
    await expect(Phone.connect(room.url, 'http://evil.example')).rejects.toThrow(/403/);
    const origin = room.url.replace(/\/$/, '');
    expect((await get(`${origin}/`, { host: `evil.example:${room.port}` })).status).toBe(403);
  });
});

describe('messages', () => {
  it('answers a malformed message with a refusal and keeps the connection', async () => {
    const w = await openRoom();
    const phone = await Phone.connect(w.room.url);
    await phone.join(w.room.code, 'Ana');
    for (const bad of ['not json', '{"type":"maps:list"}', '{"type":"vote","seq":1}', '[]']) {
      const refused = phone.next('refused');
      phone.sendRaw(bad);
      expect(await refused).toMatchObject({ code: 'ROOM_BAD_MESSAGE' });
    }
    const refused = phone.next('refused');
    phone.sendRaw(Buffer.from([0xff, 0xfe, 0x00]));
    expect(await refused).toMatchObject({ code: 'ROOM_BAD_MESSAGE' });
    // Still in the room: a question goes through.
    phone.send({ type: 'park', seq: 9, text: 'Still here?' });
    expect(await phone.next('ack')).toEqual({ type: 'ack', seq: 9 });
  });

  it('lets go of a page that keeps sending what the room cannot take', async () => {
    const w = await openRoom();
    // Unreadable messages, and actions from a page that never joined: no page does this.
    const garbage = await Phone.connect(w.room.url);
    for (let i = 0; i < 2 * BAD_MESSAGES_BEFORE_CLOSE; i++) garbage.sendRaw('not json');
    expect(await garbage.closed()).toBe(1008);
    const stranger = await Phone.connect(w.room.url);
    for (let seq = 1; seq <= 2 * BAD_MESSAGES_BEFORE_CLOSE; seq++)
      stranger.send({ type: 'park', seq, text: 'Let me in' });
    expect(await stranger.closed()).toBe(1008);
    const refusals = stranger.received.filter((m) => m.type === 'refused').length;
    expect(refusals).toBeLessThanOrEqual(BAD_MESSAGES_BEFORE_CLOSE);
  });

  it('closes the connection on an oversized message, and the room carries on', async () => {
    const w = await openRoom();
    const phone = await Phone.connect(w.room.url);
    await phone.join(w.room.code, 'Ana');
    phone.sendRaw('x'.repeat(ROOM_LIMITS.messageBytes + 1));
    expect(await phone.closed()).toBe(1009);
    const again = await Phone.connect(w.room.url);
    expect((await again.join(w.room.code, 'Ben')).type).toBe('welcome');
  });

  it('keeps names on answers when the facilitator turns anonymous answers off', async () => {
    const w = await openRoom();
    await w.call('room:control', { view: viewOf('t1') });
    const phone = await Phone.connect(w.room.url);
    await phone.join(w.room.code, 'Ana');
    const propose = (seq: number, anonymous: boolean) =>
      phone.send({
        type: 'propose',
        seq,
        transition: 't1',
        question: 'what',
        text: 'Go?',
        anonymous,
      });
    propose(1, true);
    await phone.next('ack', (m) => m.seq === 1);
    await w.call('room:control', { anonymousAllowed: false });
    const refused = phone.next('refused');
    propose(2, true);
    expect(await refused).toMatchObject({ code: 'ROOM_ANONYMOUS_OFF', seq: 2 });
    propose(3, false);
    await phone.next('ack', (m) => m.seq === 3);
    // Answers to a decision never shown are refused too.
    const elsewhere = phone.next('refused');
    phone.send({
      type: 'propose',
      seq: 4,
      transition: 't9',
      question: 'what',
      text: 'x',
      anonymous: false,
    });
    expect(await elsewhere).toMatchObject({ code: 'ROOM_NOT_ON_SCREEN', seq: 4 });
    const snap = await w.call('room:state', {});
    expect(snap.room!.proposals.map((p) => p.from)).toEqual(['Anonymous', 'Ana']);
  });

  it('refuses votes on findings never shown and dots over the budget', async () => {
    const w = await openRoom();
    await w.call('room:control', {
      view: viewOf('t1', ['a:t1', 'b:t1']),
      budget: 3,
      voting: 'open',
    });
    const phone = await Phone.connect(w.room.url);
    await phone.join(w.room.code, 'Ana');
    const r1 = phone.next('refused');
    phone.send({ type: 'vote', seq: 1, key: 'made.up:t9', count: 1 });
    expect(await r1).toMatchObject({ code: 'ROOM_NOT_ON_SCREEN', seq: 1 });
    phone.send({ type: 'vote', seq: 2, key: 'a:t1', count: 2 });
    await phone.next('ack', (m) => m.seq === 2);
    const r3 = phone.next('refused');
    phone.send({ type: 'vote', seq: 3, key: 'b:t1', count: 2 });
    expect(await r3).toMatchObject({ code: 'ROOM_OVER_BUDGET', seq: 3 });
    phone.send({ type: 'vote', seq: 4, key: 'a:t1', count: 3 });
    await phone.next('ack', (m) => m.seq === 4);
  });
});

describe('flooding', () => {
  it('takes no more connections than a room of people needs', async () => {
    const { room } = await openRoom();
    // From many devices: one device alone meets its own, smaller limit first.
    const open = await Promise.all(
      Array.from({ length: MAX_CONNECTIONS }, (_, i) =>
        Phone.connect(room.url, undefined, `127.0.${1 + Math.floor(i / 4)}.${1 + (i % 4)}`),
      ),
    );
    await expect(Phone.connect(room.url)).rejects.toThrow(/403/);
    open[0]!.close();
    await open[0]!.closed();
    await expect
      .poll(async () => {
        try {
          (await Phone.connect(room.url)).close();
          return 'in';
        } catch {
          return 'refused';
        }
      })
      .toBe('in');
    for (const phone of open) phone.close();
  });

  it('lets one device hold only a few connections that have not joined, so it cannot fill the room', async () => {
    const { room } = await openRoom();
    const held = await Promise.all(
      Array.from({ length: MAX_WAITING_PER_ADDRESS }, () => Phone.connect(room.url)),
    );
    await expect(Phone.connect(room.url)).rejects.toThrow(/403/);
    // Another device in the room is not held up by it.
    const other = await Phone.connect(room.url, undefined, '127.0.0.2');
    expect(await other.join(room.code, 'Ana')).toMatchObject({ type: 'welcome' });
    // A connection that joins no longer waits: the device may open another.
    expect(await held[0]!.join(room.code, 'Bo')).toMatchObject({ type: 'welcome' });
    const again = await Phone.connect(room.url);
    for (const phone of [...held, other, again]) phone.close();
  });

  it('lets one person hold only a few pages, so one token cannot fill the room', async () => {
    const { room } = await openRoom();
    const first = await Phone.connect(room.url);
    const { token } = (await first.join(room.code, 'Ana')) as { token: string };
    const pages = [first];
    for (let i = 1; i < MAX_PAGES_PER_PERSON; i++) {
      const page = await Phone.connect(room.url);
      page.send({ type: 'rejoin', token });
      expect(await page.next('welcome')).toMatchObject({ name: 'Ana' });
      pages.push(page);
    }
    const extra = await Phone.connect(room.url);
    extra.send({ type: 'rejoin', token });
    expect(await extra.next('refused')).toMatchObject({ code: 'ROOM_TOO_MANY_PAGES' });
    // Closing one page makes room for the person's next.
    pages[0]!.close();
    await pages[0]!.closed();
    await expect
      .poll(async () => {
        const page = await Phone.connect(room.url);
        page.send({ type: 'rejoin', token });
        const reply = await Promise.race([page.next('welcome'), page.next('refused')]);
        page.close();
        return reply.type;
      })
      .toBe('welcome');
    for (const page of [...pages, extra]) page.close();
  });

  it('lets go of a connection that sends its request too slowly (slowloris)', async () => {
    const { room } = await openRoom();
    const { hostname, port } = new URL(room.url);
    const socket = net.connect(Number(port), hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    const started = Date.now();
    // A request begun and never finished, holding its connection open.
    socket.write(`GET / HTTP/1.1\r\nHost: ${hostname}:${port}\r\nX-Slow: `);
    await new Promise((resolve) => socket.once('close', resolve));
    expect(Date.now() - started).toBeLessThan(HEADERS_WITHIN_MS + 5_000);
  }, 30_000);

  it('refuses a burst beyond the rate limit, then disconnects a page that keeps flooding', async () => {
    const w = await openRoom();
    const phone = await Phone.connect(w.room.url);
    await phone.join(w.room.code, 'Flood');
    for (let seq = 1; seq <= 60; seq++) phone.send({ type: 'park', seq, text: `q${seq}` });
    expect(await phone.closed()).toBe(1008);
    const acks = phone.received.filter((m) => m.type === 'ack').length;
    const slow = phone.received.filter((m) => m.type === 'refused' && m.code === 'ROOM_SLOW_DOWN');
    expect(acks).toBeGreaterThanOrEqual(10);
    expect(acks).toBeLessThan(20);
    expect(slow.length).toBeGreaterThan(0);
    // What got through is all the facilitator sees: nothing from the flood beyond it.
    const snap = await w.call('room:state', {});
    expect(snap.room!.proposals).toHaveLength(acks);
  });
});
