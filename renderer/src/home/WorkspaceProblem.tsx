import type { WorkspaceStatus } from '../../../shared/api/contract';
import { useAppStore } from '../state/store';
import { RestoreBackups } from './RestoreBackups';

/**
 * Shown instead of Home when the workspace file cannot be opened. Nothing is changed: the
 * way on is a backup restored beside the file, or a fresh workspace beside it.
 */
export function WorkspaceProblem({ status }: { status: WorkspaceStatus }) {
  const startFresh = useAppStore((s) => s.startFresh);
  const notice = useAppStore((s) => s.notice);
  // With no backup to restore, starting over is the way on, so it is the main button.
  const hasBackups = useAppStore((s) => (s.backups?.length ?? 0) > 0);
  return (
    <main className="centered problem-screen">
      <div className="problem">
        <section role="alert" aria-labelledby="problem-title">
          <h1 id="problem-title">Your workspace could not be opened</h1>
          {'message' in status && <p>{status.message}</p>}
          <p className="muted">
            File: <code>{status.path}</code>
          </p>
          {status.state === 'too-new' && (
            <p>Install the latest version of Decision Map, then open the app again.</p>
          )}
        </section>
        {notice && (
          <p className="error-text" role="status">
            {notice}
          </p>
        )}
        <RestoreBackups />
        {status.state === 'unreadable' && (
          <section className="problem-fresh" aria-labelledby="fresh-title">
            <h2 id="fresh-title">Start over</h2>
            <p className="muted">
              You can also start a fresh, empty workspace beside it. The damaged file stays where it
              is, so it can still be recovered.
            </p>
            <button
              className={hasBackups ? 'button' : 'button primary'}
              onClick={() => void startFresh()}
            >
              Start a fresh workspace
            </button>
          </section>
        )}
      </div>
    </main>
  );
}
