import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeLogging, initLogging, LOG_FILE, logError, logInfo, logWarn } from '../../../main/log';
import { tempDir } from '../../support/tempDir';

afterEach(() => {
  closeLogging();
  vi.restoreAllMocks();
});

const at = () => new Date('2026-11-27T05:30:00.123Z');
const read = (dir: string, name = LOG_FILE) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('the log file', () => {
  it('writes one line per event: time, level, area, message, and the error', () => {
    const dir = path.join(tempDir(), 'logs');
    initLogging(dir, { stderr: false, now: at });
    // Created lazily: nothing on disk until there is something to say.
    expect(fs.existsSync(dir)).toBe(false);

    logInfo('app', 'started');
    logWarn('window', 'could not save the window position');
    const error = new TypeError('Cannot read properties of undefined');
    logError('ipc', 'map:apply failed unexpectedly', error);

    const lines = read(dir).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toEqual([
      '2026-11-27T05:30:00.123Z INFO [app] started',
      '2026-11-27T05:30:00.123Z WARN [window] could not save the window position',
      expect.stringMatching(
        /^2026-11-27T05:30:00\.123Z ERROR \[ipc\] map:apply failed unexpectedly \| TypeError: Cannot read properties of undefined \| at .*logger\.test\.ts:\d+:\d+\)?( < at .*)?$/,
      ),
    ]);
  });

  it('names the error code and the cause', () => {
    const dir = tempDir();
    initLogging(dir, { stderr: false, now: at });
    const cause = Object.assign(new Error('database or disk is full'), {
      name: 'SqliteError',
      code: 'SQLITE_FULL',
    });
    logError('store', 'a save failed', new Error('Save failed', { cause }));
    expect(read(dir)).toMatch(
      /ERROR \[store\] a save failed \| Error: Save failed \| at .* \| caused by SqliteError SQLITE_FULL: database or disk is full \| at /,
    );
    expect(read(dir).trimEnd().split('\n')).toHaveLength(1);
  });

  it('appends to the file a previous run left', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, LOG_FILE), 'earlier line\n');
    initLogging(dir, { stderr: false, now: at });
    logInfo('app', 'started');
    expect(read(dir)).toBe('earlier line\n2026-11-27T05:30:00.123Z INFO [app] started\n');
  });

  it('rotates at the size limit and keeps three files', () => {
    const dir = tempDir();
    const maxBytes = 2000;
    initLogging(dir, { stderr: false, now: at, maxBytes, keep: 3 });
    for (let i = 0; i < 300; i++) logInfo('test', `event ${String(i).padStart(4, '0')}`);

    expect(fs.readdirSync(dir).sort()).toEqual([
      'decision-map.1.log',
      'decision-map.2.log',
      'decision-map.log',
    ]);
    const files = ['decision-map.2.log', 'decision-map.1.log', 'decision-map.log'];
    for (const name of files)
      expect(fs.statSync(path.join(dir, name)).size).toBeLessThanOrEqual(maxBytes);
    // Oldest to newest across the files: the most recent events, without a gap.
    const events = files
      .flatMap((name) => read(dir, name).trimEnd().split('\n'))
      .map((line) => Number(line.split('event ')[1]));
    expect(events.at(-1)).toBe(299);
    expect(events).toEqual(events.map((_, i) => 300 - events.length + i));
    expect(events.length).toBeGreaterThan(2 * (maxBytes / 60));
  });

  it('keeps one file when asked to', () => {
    const dir = tempDir();
    initLogging(dir, { stderr: false, maxBytes: 500, keep: 1 });
    for (let i = 0; i < 50; i++) logInfo('test', `event ${i}`);
    expect(fs.readdirSync(dir)).toEqual([LOG_FILE]);
  });

  it('does not throw when the folder cannot be created, and falls back to stderr', () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    const blocker = path.join(tempDir(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    initLogging(path.join(blocker, 'logs'), { stderr: false, now: at });

    expect(() => logError('ipc', 'maps:list failed unexpectedly', new Error('boom'))).not.toThrow();
    expect(() => logInfo('app', 'still running')).not.toThrow();
    const printed = stderr.mock.calls.map((call) => String(call[0]));
    expect(printed).toEqual([
      expect.stringMatching(
        /WARN \[log\] could not write the log file \| Error: ENOTDIR: not a directory, mkdir… \| at /,
      ),
      expect.stringMatching(/ERROR \[ipc\] maps:list failed unexpectedly \| Error: boom/),
      '2026-11-27T05:30:00.123Z INFO [app] still running',
    ]);
    // Node's message names the path after a quote: it is cut off.
    expect(printed[0]).not.toContain(blocker);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('does not throw when the disk is full', () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    const dir = tempDir();
    fs.symlinkSync('/dev/full', path.join(dir, LOG_FILE));
    initLogging(dir, { stderr: false, now: at });
    expect(() => logInfo('app', 'started')).not.toThrow();
    expect(stderr.mock.calls.map((call) => String(call[0]))).toEqual([
      expect.stringMatching(
        /could not write the log file \| Error: ENOSPC: no space left on device, write \| at /,
      ),
      '2026-11-27T05:30:00.123Z INFO [app] started',
    ]);
  });

  it('writes to stderr as well in development, and only there before initLogging', () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    logWarn('guards', 'could not open a link in the browser');
    expect(stderr).toHaveBeenCalledTimes(1);
    const dir = tempDir();
    initLogging(dir, { now: at });
    logInfo('app', 'started');
    expect(stderr).toHaveBeenCalledTimes(2);
    expect(read(dir)).toBe('2026-11-27T05:30:00.123Z INFO [app] started\n');
  });

  it('survives whatever is thrown', () => {
    const dir = tempDir();
    initLogging(dir, { stderr: false, now: at });
    const hostile = new Error('x');
    Object.defineProperty(hostile, 'stack', {
      get() {
        throw new Error('no stack for you');
      },
    });
    const loop = new Error('loop');
    loop.cause = loop;
    for (const thrown of [hostile, loop, null, undefined, 'a string', 42, { message: 'object' }]) {
      expect(() => logError('test', 'odd failure', thrown)).not.toThrow();
    }
    const lines = read(dir).trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toMatch(/Error: loop \| at .* \| caused by Error: loop/);
    expect(lines[4]).toMatch(/odd failure \| a thrown string$/);
  });
});
