import { fixLabel, fixOperations, type FindingFix } from '../../../shared/analysis';
import { useAppStore } from '../state/store';

/**
 * The one-click fix a finding offers ("Mark as send-back"), beside the finding rather than
 * inside its button: it changes the map in one edit, so one undo takes it back.
 */
export function FixButton({ fix }: { fix: FindingFix }) {
  return (
    <button
      className="button small finding-fix"
      onClick={() => useAppStore.getState().edit(fixOperations(fix))}
    >
      {fixLabel(fix)}
    </button>
  );
}
