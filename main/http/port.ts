import { isIP } from 'node:net';

/** `--port N` or `--port=N` from a command line; undefined when absent, null when not a port. */
export function parsePort(argv: readonly string[]): number | undefined | null {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--port') value = argv[++i] ?? '';
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
  }
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value)) return null;
  const port = Number(value);
  return port <= 65_535 ? port : null;
}

/**
 * `--room-host ADDRESS` (or `=ADDRESS`), repeatable: the addresses browser mode may open a
 * room on. None given: no room. Null when one is not an IP address.
 */
export function parseRoomHosts(argv: readonly string[]): string[] | null {
  const hosts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--room-host') hosts.push(argv[++i] ?? '');
    else if (arg.startsWith('--room-host=')) hosts.push(arg.slice('--room-host='.length));
  }
  return hosts.every((h) => isIP(h) !== 0) ? hosts : null;
}
