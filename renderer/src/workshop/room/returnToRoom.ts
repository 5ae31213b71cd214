/**
 * A reload of the facilitator's page (browser mode, or the desktop app's Ctrl+R) leaves the
 * room open in main, with phones in it that no one runs. The page comes back to it instead:
 * the room's map, in workshop mode, where the room panel shows the room as it is.
 */
import type { MapId } from '../../../../shared/model';
import { api } from '../../api/client';
import type { AppState } from '../../state/createAppStore';
import { useAppStore } from '../../state/store';

/** Called once the workspace is ready; does nothing when no room is open. */
export async function returnToOpenRoom(): Promise<void> {
  let mapId: MapId;
  try {
    const { room } = await api['room:state']({});
    if (!room) return;
    mapId = room.mapId as MapId;
  } catch {
    return; // No room API (an older main) or main busy: the page starts as it always did.
  }
  const store = useAppStore;
  store.getState().navigate({ view: 'map', id: mapId });
  // Workshop mode starts on the map's own document, once it is open.
  const opened = (s: AppState) => s.doc?.info.id === mapId;
  const elsewhere = (s: AppState) => s.route.view !== 'map' || s.route.id !== mapId;
  await new Promise<void>((resolve) => {
    if (opened(store.getState())) return resolve();
    const stop = store.subscribe((s) => {
      if (opened(s) || elsewhere(s)) {
        stop();
        resolve();
      }
    });
  });
  const state = store.getState();
  if (opened(state) && !state.workshop) state.startWorkshop(null);
}
