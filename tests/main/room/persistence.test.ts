/**
 * The room's rows in the workspace: a phone that reconnects finds its dots, and what the
 * room sent survives the app being killed (the database opened again from the file).
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../main/service/workspace';
import { Phone } from '../../support/roomPhone';
import { roomWorkspace, viewOf, fakeRoomPage } from '../../support/room';
import { tempDir } from '../../support/tempDir';

describe('room persistence', () => {
  it('a phone that reconnects with its token keeps its name and its dots', async () => {
    const w = await roomWorkspace();
    const room = (await w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' })).room!;
    await w.call('room:control', { view: viewOf('t1', ['a:t1', 'b:t1']), voting: 'open' });
    const phone = await Phone.connect(room.url);
    const welcome = await phone.join(room.code, 'Ana');
    if (welcome.type !== 'welcome') throw new Error('not joined');
    phone.send({ type: 'vote', seq: 1, key: 'a:t1', count: 2 });
    await phone.next('ack');
    phone.close();
    await expect
      .poll(async () => (await w.call('room:state', {})).room!.participants[0]!.connected)
      .toBe(false);

    const again = await Phone.connect(room.url);
    const state = again.next('room');
    again.send({ type: 'rejoin', token: welcome.token });
    expect(await again.next('welcome', undefined, true)).toMatchObject({ name: 'Ana' });
    expect((await state).mine).toEqual({ 'a:t1': 2 });
    const snap = (await w.call('room:state', {})).room!;
    expect(snap.participants).toHaveLength(1);
    expect(snap.participants[0]).toMatchObject({ name: 'Ana', connected: true, dots: 2 });
  });

  it('keeps participants (by token hash), dots and open answers in the workspace file', async () => {
    const dataDir = tempDir();
    const w = await roomWorkspace(dataDir);
    const room = (await w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' })).room!;
    await w.call('room:control', { view: viewOf('t1', ['a:t1']), voting: 'open' });
    const phone = await Phone.connect(room.url);
    const welcome = await phone.join(room.code, 'Ana');
    if (welcome.type !== 'welcome') throw new Error('not joined');
    phone.send({ type: 'vote', seq: 1, key: 'a:t1', count: 3 });
    phone.send({
      type: 'propose',
      seq: 2,
      transition: 't1',
      question: 'who',
      text: 'The CMO',
      anonymous: false,
    });
    await phone.next('ack', (m) => m.seq === 2);

    // Read the file as it is on disk now, through another connection: what a kill leaves.
    const db = new Database(`${dataDir}/workspace.db`, { readonly: true });
    try {
      const people = db.prepare('SELECT name, token_hash FROM room_participants').all() as {
        name: string;
        token_hash: string;
      }[];
      expect(people).toEqual([
        { name: 'Ana', token_hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]);
      expect(JSON.stringify(people)).not.toContain(welcome.token);
      expect(db.prepare('SELECT finding_key, count FROM room_votes').all()).toEqual([
        { finding_key: 'a:t1', count: 3 },
      ]);
      expect(db.prepare('SELECT text, status FROM room_proposals').all()).toEqual([
        { text: 'The CMO', status: 'open' },
      ]);
    } finally {
      db.close();
    }
  });

  it('shows answers still open from a room the app never closed in the next room on the map', async () => {
    const dataDir = tempDir();
    const first = openWorkspace({
      dataDir,
      room: { pageDir: fakeRoomPage(), hosts: ['127.0.0.1'] },
    });
    const map = await first.handlers['maps:create']({ name: 'Killed' });
    const room = await first.handlers['room:open']({ mapId: map.id, host: '127.0.0.1' });
    first.handlers['room:control']({ view: viewOf('t1') });
    const phone = await Phone.connect(room.room!.url);
    await phone.join(room.room!.code, 'Ana');
    phone.send({ type: 'park', seq: 1, text: 'Who pays for the agency?' });
    await phone.next('ack');
    // As if killed: the database connection goes without the room being closed.
    phone.close();
    first.close();

    const w = await roomWorkspace(dataDir);
    const next = (await w.call('room:open', { mapId: map.id, host: '127.0.0.1' })).room!;
    expect(next.proposals).toMatchObject([
      { kind: 'question', text: 'Who pays for the agency?', from: 'Ana', status: 'open' },
    ]);
    const resolved = await w.call('room:resolve', { id: next.proposals[0]!.id, status: 'parked' });
    expect(resolved.room!.proposals).toEqual([]);
  });

  /** A room on a new workspace where Ana and Ben put dots down, then the app is killed. */
  async function killedMidVote(reveal: boolean) {
    const dataDir = tempDir();
    const first = openWorkspace({
      dataDir,
      room: { pageDir: fakeRoomPage(), hosts: ['127.0.0.1'] },
    });
    const map = await first.handlers['maps:create']({ name: 'Killed' });
    const room = (await first.handlers['room:open']({ mapId: map.id, host: '127.0.0.1' })).room!;
    first.handlers['room:control']({ view: viewOf('t1', ['a:t1', 'b:t1']), voting: 'open' });
    first.handlers['room:control']({ budget: 7 });
    for (const [name, dots] of [
      ['Ana', 6],
      ['Ben', 1],
    ] as const) {
      const phone = await Phone.connect(room.url);
      await phone.join(room.code, name);
      phone.send({ type: 'vote', seq: 1, key: 'a:t1', count: dots });
      await phone.next('ack');
      phone.close();
    }
    if (reveal) first.handlers['room:control']({ reveal: true });
    first.close();
    // Closing the workspace ends its room; a kill would not have: the room stays open in the file.
    const db = new Database(`${dataDir}/workspace.db`);
    db.prepare('UPDATE rooms SET closed_at = NULL').run();
    db.close();
    const w = await roomWorkspace(dataDir);
    const next = (await w.call('room:open', { mapId: map.id, host: '127.0.0.1' })).room!;
    return { w, next };
  }

  it('brings unrevealed dots of a killed room into the next one; a person rejoining by name gets theirs back', async () => {
    const { w, next } = await killedMidVote(false);
    // Both are there, away, with their dots and the budget they voted under.
    expect(next.voting.budget).toBe(7);
    expect(next.dotsPlaced).toBe(7);
    expect(next.participants.map((p) => [p.name, p.dots, p.connected])).toEqual([
      ['Ana', 6, false],
      ['Ben', 1, false],
    ]);
    const phone = await Phone.connect(next.url);
    const state = phone.next('room');
    expect(await phone.join(next.code, 'Ana')).toMatchObject({ type: 'welcome', name: 'Ana' });
    expect((await state).mine).toEqual({ 'a:t1': 6 });
    const snap = (await w.call('room:state', {})).room!;
    expect(snap.participants.map((p) => [p.name, p.dots, p.connected])).toEqual([
      ['Ana', 6, true],
      ['Ben', 1, false],
    ]);
    // Ben never came back: his dot still counts when the facilitator reveals.
    await w.call('room:control', { view: viewOf('t1', ['a:t1', 'b:t1']) });
    const revealed = (await w.call('room:control', { reveal: true })).room!;
    expect(revealed.counts).toEqual({ 'a:t1': 7 });
  });

  it('does not bring dots the killed room had revealed: they are in the map already', async () => {
    const { next } = await killedMidVote(true);
    expect(next.participants).toEqual([]);
    expect(next.dotsPlaced).toBe(0);
    expect(next.voting.budget).toBe(5);
  });

  it('says so when the workspace cannot keep an answer, and the room carries on', async () => {
    const dataDir = tempDir();
    const w = await roomWorkspace(dataDir);
    const room = (await w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' })).room!;
    const phone = await Phone.connect(room.url);
    await phone.join(room.code, 'Ana');
    // Another connection makes every new question fail, as a full disk would.
    const other = new Database(`${dataDir}/workspace.db`);
    other.exec(
      "CREATE TRIGGER refuse BEFORE INSERT ON room_proposals BEGIN SELECT RAISE(ABORT, 'full'); END",
    );
    const refused = phone.next('refused');
    phone.send({ type: 'park', seq: 1, text: 'Kept?' });
    expect(await refused).toMatchObject({ code: 'ROOM_NOT_KEPT', seq: 1 });
    other.exec('DROP TRIGGER refuse');
    other.close();
    phone.send({ type: 'park', seq: 2, text: 'Kept now?' });
    expect(await phone.next('ack')).toEqual({ type: 'ack', seq: 2 });
    expect((await w.call('room:state', {})).room!.proposals.map((p) => p.text)).toEqual([
      'Kept now?',
    ]);
  });
});
