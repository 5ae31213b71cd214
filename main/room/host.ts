/**
 * The room behind the app's API: at most one open room, started only by `room:open` on an
 * address the person picked from `room:interfaces`, and ended by `room:close`, by leaving
 * workshop mode (the page calls `room:close`) or when the workspace closes (the app quits).
 * `room:state` with `since` waits for the next change, so the facilitator's page hears
 * every join, answer and dot as it happens, over IPC and HTTP alike.
 */
import { ROOM_WAIT_MS, type Handlers } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import type { RoomInterface, RoomSnapshot } from '../../shared/room/facilitator';
import { logWarn } from '../log';
import { newJoinCode } from './code';
import { givenInterfaces, machineInterfaces } from './interfaces';
import { Room } from './room';
import type { RoomStore } from './roomStore';
import { readRoomPage, startRoomServer, type RoomServer } from './server';

export interface RoomOptions {
  /** The folder holding the built room.html and its assets (out/renderer). */
  readonly pageDir: string;
  /** Browser mode: only these addresses (`--room-host`); the desktop app lists the machine's. */
  readonly hosts?: readonly string[];
}

type RoomHandlers = Pick<
  Handlers,
  'room:interfaces' | 'room:open' | 'room:close' | 'room:state' | 'room:control' | 'room:resolve'
>;

export interface RoomHost {
  readonly handlers: RoomHandlers;
  /** Ends the room (the app quits, or the workspace closes). */
  shutdown(): Promise<void>;
}

export function roomHost(
  options: RoomOptions | null,
  deps: { readonly store: () => RoomStore; readonly checkMap: (id: string) => void },
): RoomHost {
  let open: { room: Room; server: RoomServer } | null = null;
  let version = 0;
  let waiters: (() => void)[] = [];
  /** Counts closes: an open that sees it move while its server starts was overtaken. */
  let closes = 0;
  /** Opens run one after another, so a double click cannot leave a second server behind. */
  let opening: Promise<unknown> = Promise.resolve();

  const changed = () => {
    version++;
    const waiting = waiters;
    waiters = [];
    for (const wake of waiting) wake();
  };

  const snapshot = (): RoomSnapshot => ({
    version,
    room: open?.room.isOpen
      ? open.room.snapshot({ url: open.server.url, host: open.server.host, port: open.server.port })
      : null,
  });

  const interfaces = (): RoomInterface[] => {
    if (!options) return [];
    return options.hosts ? givenInterfaces(options.hosts) : machineInterfaces();
  };

  async function close(): Promise<void> {
    const closing = open;
    open = null;
    closes++;
    if (!closing) return;
    try {
      closing.room.close();
    } catch (error) {
      // The room has ended all the same; its port must not stay open because a write failed.
      logWarn('room', 'the end of the room could not be recorded', error);
    }
    await closing.server.close();
    changed();
  }

  function current(): Room {
    if (!open?.room.isOpen) throw new AppError('ROOM_NOT_OPEN');
    return open.room;
  }

  async function openRoom(mapId: string, host: string): Promise<RoomSnapshot> {
    if (!options) throw new AppError('ROOM_HOST_NOT_OFFERED');
    if (!interfaces().some((i) => i.address === host)) throw new AppError('ROOM_HOST_NOT_OFFERED');
    deps.checkMap(mapId);
    let files;
    try {
      files = readRoomPage(options.pageDir);
    } catch (error) {
      logWarn('room', 'the participants’ page was not found', error);
      throw new AppError('ROOM_PAGE_MISSING');
    }
    await close();
    const since = closes;
    let room: Room | null = null;
    let server: RoomServer;
    try {
      server = await startRoomServer({ host, files, room: () => room });
    } catch (error) {
      logWarn('room', 'the room server did not start', error);
      throw new AppError('ROOM_NOT_STARTED');
    }
    try {
      // Closed while the server started (the app quit, the workspace changed): not opened.
      if (closes !== since) throw new AppError('ROOM_NOT_STARTED');
      room = new Room({ store: deps.store(), mapId, code: newJoinCode(), onChange: changed });
    } catch (error) {
      await server.close();
      throw error;
    }
    open = { room, server };
    changed();
    return snapshot();
  }

  const handlers: RoomHandlers = {
    'room:interfaces': () => interfaces(),
    'room:open': (args) => {
      const run = opening.then(() => openRoom(args.mapId, args.host));
      opening = run.catch(() => undefined);
      return run;
    },
    'room:close': async () => {
      await close();
      return snapshot();
    },
    'room:state': async ({ since }) => {
      if (since !== undefined && since >= version) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            clearTimeout(timer);
            resolve();
          };
          // A wait that times out leaves the list, so an idle room's polls do not pile up.
          const timer = setTimeout(() => {
            waiters = waiters.filter((w) => w !== wake);
            resolve();
          }, ROOM_WAIT_MS);
          waiters.push(wake);
        });
      }
      return snapshot();
    },
    'room:control': (control) => {
      current().control(control);
      return snapshot();
    },
    'room:resolve': ({ id, status }) => {
      current().resolve(id, status);
      return snapshot();
    },
  };

  return { handlers, shutdown: close };
}
