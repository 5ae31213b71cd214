import type { WorkspaceStatus } from '../../../shared/api/contract';
import { useAppStore } from '../state/store';

/** Shown instead of Home when the workspace file cannot be opened. Nothing is changed. */
export function WorkspaceProblem({ status }: { status: WorkspaceStatus }) {
  const startFresh = useAppStore((s) => s.startFresh);
  const notice = useAppStore((s) => s.notice);
  return (
    <main className="centered">
      <section className="problem" role="alert" aria-labelledby="problem-title">
        <h1 id="problem-title">Your workspace could not be opened</h1>
        {'message' in status && <p>{status.message}</p>}
        <p className="muted">
          File: <code>{status.path}</code>
        </p>
        {status.state === 'unreadable' ? (
          <>
            <p>
              You can start a fresh workspace beside it. The damaged file stays where it is, so it
              can still be recovered.
            </p>
            <button className="button primary" onClick={() => void startFresh()}>
              Start a fresh workspace
            </button>
          </>
        ) : (
          <p>Install the latest version of Decision Map, then open the app again.</p>
        )}
        {notice && <p className="error-text">{notice}</p>}
      </section>
    </main>
  );
}
