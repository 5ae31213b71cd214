/**
 * Takes the person to a role's kind in the Roles panel: nothing selected (so the inspector
 * shows the map's panel), that panel open, and the keyboard on the role's kind control.
 * Used by every finding about a role's kind, wherever it is clicked (see `roleKindTarget`).
 */
import type { RoleId } from '../../../shared/model';
import { useAppStore } from '../state/store';

export function showRoleKind(role: RoleId): void {
  // The canvas shows the store's selection (canvas/Canvas.tsx): clearing it clears both.
  const store = useAppStore.getState();
  store.setSelection({ steps: [], transitions: [] });
  useAppStore.setState({ mapPanelOpen: true });
  store.focusField(role, 'kind');
}
