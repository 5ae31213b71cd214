/**
 * A real workspace with a room: the service opened on a temporary folder with a stand-in
 * participants' page (the room server only needs a room.html naming its files), a map, and
 * helpers to open the room on 127.0.0.1 and send the facilitator's controls.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openWorkspace } from '../../main/service/workspace';
import type { WorkspaceService } from '../../main/service/types';
import type { Args, Result } from '../../shared/api/contract';
import type { ApiChannel } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { DecisionView } from '../../shared/room/messages';
import { tempDir } from './tempDir';

const opened: WorkspaceService[] = [];
afterEach(async () => {
  for (const w of opened.splice(0)) {
    await w.handlers['room:close']({});
    w.close();
  }
});

export function fakeRoomPage(): string {
  const dir = tempDir('decision-map-room-page-');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(
    path.join(dir, 'room.html'),
    '<!doctype html><script type="module" src="/assets/room-1.js"></script>',
  );
  fs.writeFileSync(path.join(dir, 'assets/room-1.js'), 'console.log("room")');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>the app');
  return dir;
}

export interface TestRoom {
  readonly service: WorkspaceService;
  readonly mapId: string;
  call<C extends ApiChannel>(channel: C, args: Args<C>): Promise<Result<C>>;
}

export async function roomWorkspace(dataDir = tempDir()): Promise<TestRoom> {
  const service = openWorkspace({
    dataDir,
    room: { pageDir: fakeRoomPage(), hosts: ['127.0.0.1'] },
  });
  opened.push(service);
  const call = async <C extends ApiChannel>(channel: C, args: Args<C>): Promise<Result<C>> => {
    const reply = await dispatch(service.handlers, channel, args);
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value as Result<C>;
  };
  const map = await call('maps:create', { name: 'Room test' });
  return { service, mapId: map.id, call };
}

/** A decision view as the facilitator's page would send it, with `findings` keys to vote on. */
export function viewOf(transition: string, keys: readonly string[] = []): DecisionView {
  const answer = (question: DecisionView['answers'][number]['question']) => ({
    question,
    title: question,
    answer: '',
    answered: false,
    ask: 'Who can say yes?',
  });
  return {
    transition,
    arrow: `A → ${transition}`,
    position: { index: 0, of: 3 },
    answers: [
      answer('what'),
      answer('who'),
      answer('information'),
      answer('good'),
      answer('change'),
    ],
    findings: keys.map((key) => ({ key, message: `Finding ${key}`, severity: 'warning' as const })),
  };
}
