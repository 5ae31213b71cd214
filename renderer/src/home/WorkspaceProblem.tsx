import type { WorkspaceStatus } from '../../../shared/api/contract';
import { useAppStore } from '../state/store';
import { RestoreBackups } from './RestoreBackups';

const TITLES: Readonly<Record<WorkspaceStatus['state'], string>> = {
  ready: '',
  unreadable: 'Your workspace could not be opened',
  'too-new': 'Your workspace could not be opened',
  'in-use': 'Your workspace is open in another window',
  gone: 'Your workspace file is gone',
};

/**
 * Shown instead of Home when the workspace file cannot be opened. Nothing is changed: the
 * way on is a backup restored beside the file, or a fresh workspace beside it. When another
 * process has the folder, the only way on is to close it and try again; when the file
 * vanished while open, to save what the app still holds to a new workspace.
 */
export function WorkspaceProblem({ status }: { status: WorkspaceStatus }) {
  const startFresh = useAppStore((s) => s.startFresh);
  const retry = useAppStore((s) => s.retryWorkspace);
  const rescue = useAppStore((s) => s.rescueWorkspace);
  const notice = useAppStore((s) => s.notice);
  // With no backup to restore, starting over is the way on, so it is the main button.
  const hasBackups = useAppStore((s) => (s.backups?.length ?? 0) > 0);
  return (
    <main className="centered problem-screen">
      <div className="problem">
        <section role="alert" aria-labelledby="problem-title">
          <h1 id="problem-title">{TITLES[status.state]}</h1>
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
        {status.state === 'in-use' && (
          <button className="button primary" onClick={() => void retry()}>
            Try again
          </button>
        )}
        {status.state === 'gone' && (
          <button className="button primary" onClick={() => void rescue()}>
            Save everything to a new workspace
          </button>
        )}
        {(status.state === 'unreadable' || status.state === 'too-new') && <RestoreBackups />}
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
