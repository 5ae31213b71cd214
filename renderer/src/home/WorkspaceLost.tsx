import { useAppStore } from '../state/store';

/**
 * Across the top of every screen once a save found the workspace file deleted or replaced
 * while open. Nothing more is saved into it; the open maps and their unsaved edits stay
 * here until the person saves everything to a new workspace file in the data folder.
 */
export function WorkspaceLost() {
  const message = useAppStore((s) => s.workspaceLost);
  const rescue = useAppStore((s) => s.rescueWorkspace);
  if (message === null) return null;
  return (
    <div className="banner error workspace-lost" role="alert">
      <span>{message}</span>
      <button className="button primary" onClick={() => void rescue()}>
        Save everything to a new workspace
      </button>
    </div>
  );
}
