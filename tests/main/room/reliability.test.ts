/**
 * The room when things go wrong around it: the facilitator opening twice at once, the
 * workspace failing to write as the room ends. Whatever happens, no room server is left
 * listening once the room is closed: a forgotten port is a door nobody watches.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Phone } from '../../support/roomPhone';
import { roomWorkspace } from '../../support/room';
import { tempDir } from '../../support/tempDir';

/** Whether anything still answers WebSockets at `url`. */
async function listening(url: string): Promise<boolean> {
  try {
    (await Phone.connect(url)).close();
    return true;
  } catch (error) {
    // Refused at the HTTP level (403) still means a server is listening there.
    return /HTTP/.test(String(error));
  }
}

describe('the room server never outlives its room', () => {
  it('opening twice at once (a double click) leaves one room, and closing it closes every port', async () => {
    const w = await roomWorkspace();
    const [a, b] = await Promise.all([
      w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' }),
      w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' }),
    ]);
    const urls = [a.room!.url, b.room!.url];
    await w.call('room:close', {});
    expect(await listening(urls[0]!)).toBe(false);
    expect(await listening(urls[1]!)).toBe(false);
  });

  it('closes its port even when the workspace cannot record that the room ended', async () => {
    const dataDir = tempDir();
    const w = await roomWorkspace(dataDir);
    const room = (await w.call('room:open', { mapId: w.mapId, host: '127.0.0.1' })).room!;
    const phone = await Phone.connect(room.url);
    await phone.join(room.code, 'Ana');
    // Another connection makes ending the room fail to write, as a full disk would.
    const other = new Database(`${dataDir}/workspace.db`);
    other.exec(
      "CREATE TRIGGER refuse BEFORE UPDATE ON rooms BEGIN SELECT RAISE(ABORT, 'full'); END",
    );
    try {
      await w.call('room:close', {});
    } catch {
      // Saying the write failed is fine; leaving the room open is not.
    }
    other.exec('DROP TRIGGER refuse');
    other.close();
    expect((await w.call('room:state', {})).room).toBeNull();
    expect(await phone.closed()).toBeGreaterThan(0);
    expect(await listening(room.url)).toBe(false);
  });
});
