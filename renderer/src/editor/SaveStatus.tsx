import { useAppStore } from '../state/store';

/** Says quietly whether every edit is on disk. */
export function SaveStatus() {
  const state = useAppStore((s) => s.saveState);
  const text =
    state.kind === 'saved'
      ? 'All changes saved'
      : state.kind === 'retrying'
        ? `Not saved yet — retrying. ${state.message}`
        : 'Saving…';
  return (
    <span
      className={`save-status save-${state.kind}`}
      role="status"
      aria-live="polite"
      title={text}
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{text}</span>
    </span>
  );
}
