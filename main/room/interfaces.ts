/** The machine's network addresses a room can listen on, in the words the picker shows. */
import { networkInterfaces } from 'node:os';
import type { RoomInterface } from '../../shared/room/facilitator';

/** IPv4 addresses, the local network's first, this computer's own (loopback) last. */
export function machineInterfaces(): RoomInterface[] {
  const list: RoomInterface[] = [];
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const a of addresses ?? []) {
      if (a.family !== 'IPv4') continue;
      list.push({ name, address: a.address, local: a.internal });
    }
  }
  return list.sort((a, b) => Number(a.local) - Number(b.local));
}

/** The addresses given on the command line (`--room-host`), named as the person gave them. */
export function givenInterfaces(hosts: readonly string[]): RoomInterface[] {
  return hosts.map((address) => ({
    name: 'Given with --room-host',
    address,
    local: address === '127.0.0.1' || address === '::1' || address === 'localhost',
  }));
}
