import { useMemo, useSyncExternalStore } from 'react';
import { parsePrintRoute, type PrintRoute } from '../../../shared/print/options';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentHash = () => window.location.hash;

/** The print route in the address hash, or null when the page shows something else. */
export function usePrintRoute(): PrintRoute | null {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parsePrintRoute(hash), [hash]);
}
