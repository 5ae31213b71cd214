/**
 * The room as the facilitator's page sees it, kept current: `room:state` with the last
 * version waits in main until something changes (a join, an answer, a dot), so the page
 * hears it at once without polling on a timer.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoomSnapshot } from '../../../../shared/room/facilitator';
import { api } from '../../api/client';

/** After a failed wait (main busy, page reloading), the next try comes this much later. */
const RETRY_MS = 1000;

export function useRoom(): {
  snapshot: RoomSnapshot | null;
  /** Takes a snapshot a control call returned, unless a newer one is already here. */
  adopt: (next: RoomSnapshot) => void;
} {
  const [snapshot, setSnapshot] = useState<RoomSnapshot | null>(null);
  const latest = useRef(-1);
  const adopt = useCallback((next: RoomSnapshot) => {
    if (next.version < latest.current) return;
    latest.current = next.version;
    setSnapshot(next);
  }, []);

  useEffect(() => {
    let alive = true;
    let retry: number | undefined;
    const wait = async () => {
      while (alive) {
        try {
          const since = latest.current;
          const next = await api['room:state'](since < 0 ? {} : { since });
          if (!alive) return;
          adopt(next);
        } catch {
          if (!alive) return;
          await new Promise<void>((resolve) => (retry = window.setTimeout(resolve, RETRY_MS)));
        }
      }
    };
    void wait();
    return () => {
      alive = false;
      window.clearTimeout(retry);
    };
  }, [adopt]);

  return { snapshot, adopt };
}
