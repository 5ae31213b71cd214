/**
 * Takes the person to a role's kind in the Roles panel: nothing selected (so the inspector
 * shows the map's panel), that panel open, and the keyboard on the role's kind control.
 * Used by every finding about a role's kind, wherever it is clicked (see `roleKindTarget`).
 */
import type { Edge, Node } from '@xyflow/react';
import type { RoleId } from '../../../shared/model';
import { useAppStore } from '../state/store';

/** The part of React Flow's instance this needs: the canvas's own selection is cleared too. */
interface FlowSelection {
  setNodes(update: (nodes: Node[]) => Node[]): void;
  setEdges(update: (edges: Edge[]) => Edge[]): void;
}

const unselect = <T extends { selected?: boolean }>(items: T[]) =>
  items.map((item) => (item.selected ? { ...item, selected: false } : item));

export function showRoleKind(flow: FlowSelection, role: RoleId): void {
  flow.setNodes(unselect);
  flow.setEdges(unselect);
  const store = useAppStore.getState();
  store.setSelection({ steps: [], transitions: [] });
  useAppStore.setState({ mapPanelOpen: true });
  store.focusField(role, 'kind');
}
