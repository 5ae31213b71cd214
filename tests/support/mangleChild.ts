/**
 * Child process for the mangled-file test: opens the workspace in each data folder named on
 * the command line, one after the other, the way the app starts, and reports what a user
 * would see. Runs in its own process so that a native crash or a hang cannot take the test
 * runner down; the parent times every file (START … DONE) and kills a child that hangs.
 *
 *   START <index>
 *   DONE {"index":…,"state":"ready"|"unreadable"|"too-new","message":…,"list":…,"fresh":…}
 *
 * Usage: node mangleChild.cjs <index>=<dataDir> …  (bundled by killHarness)
 */
import fs from 'node:fs';
import { openWorkspace } from '../../main/service/workspace';
import { dispatch } from '../../shared/api/dispatch';
import type { MapSummary } from '../../shared/model';

const say = (line: string) => fs.writeSync(1, `${line}\n`);

export interface MangleReport {
  readonly index: number;
  readonly state: string;
  readonly message: string | null;
  /** maps:list through the same dispatch as the app: ok, or the coded error. */
  readonly list: { ok: true; count: number } | { ok: false; code: string; message: string };
  /** How many maps opened, and the codes of those that did not. */
  readonly opened: number;
  readonly openFailures: readonly string[];
  readonly fresh: { ok: true; state: string; works: boolean } | { ok: false; code: string };
  readonly ms: number;
}

async function one(index: number, dataDir: string): Promise<MangleReport> {
  const started = performance.now();
  const workspace = openWorkspace({ dataDir });
  const { handlers } = workspace;
  try {
    const status = workspace.status();
    const listed = await dispatch(handlers, 'maps:list', {});
    let opened = 0;
    const openFailures: string[] = [];
    if (listed.ok) {
      for (const map of listed.value as MapSummary[]) {
        const reply = await dispatch(handlers, 'map:open', { id: map.id });
        if (reply.ok) opened++;
        else openFailures.push(reply.error.code);
      }
    }
    const fresh = await dispatch(handlers, 'workspace:startFresh', {});
    let works = false;
    if (fresh.ok) {
      // The workspace now in use takes a new map and lists it.
      const created = await dispatch(handlers, 'maps:create', { name: 'After the damage' });
      const after = await dispatch(handlers, 'maps:list', {});
      works = created.ok && after.ok && (after.value as MapSummary[]).length > 0;
    }
    return {
      index,
      state: status.state,
      message: status.state === 'ready' ? null : status.message,
      list: listed.ok
        ? { ok: true, count: (listed.value as unknown[]).length }
        : { ok: false, code: listed.error.code, message: listed.error.message },
      opened,
      openFailures,
      fresh: fresh.ok
        ? { ok: true, state: (fresh.value as { state: string }).state, works }
        : { ok: false, code: fresh.error.code },
      ms: performance.now() - started,
    };
  } finally {
    workspace.close();
  }
}

async function main(): Promise<void> {
  for (const arg of process.argv.slice(2)) {
    const split = arg.indexOf('=');
    const index = Number(arg.slice(0, split));
    say(`START ${index}`);
    say(`DONE ${JSON.stringify(await one(index, arg.slice(split + 1)))}`);
  }
}

void main();
