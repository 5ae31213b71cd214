/**
 * A screen that fails while it draws (a bug of ours, a reply it did not expect) must never
 * leave a white window. Each screen — home, editor, workshop, compare, print — stands behind
 * one of these: it catches the failure, shows a recovery screen in plain words, sends the
 * edits still waiting to be saved, offers to reload, and reports the error to main's log
 * (scrubbed there like main's own errors).
 */
import { Component, useEffect, useState, type ReactNode } from 'react';
import type { Screen } from '../../../shared/api/contract';
import { api } from '../api/client';
import { useAppStore } from '../state/store';
import { Icon } from './Icon';

interface Props {
  readonly screen: Screen;
  readonly children: ReactNode;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
}

/** What the page sends to the log: never more than the contract takes. */
function report(screen: Screen, error: unknown): void {
  const failure = error instanceof Error ? error : new Error(`A thrown ${typeof error}`);
  void api['app:screenFailed']({
    screen,
    name: failure.name.slice(0, 100),
    message: failure.message.slice(0, 2000),
    stack: (failure.stack ?? '').slice(0, 20_000),
  }).catch(() => {
    // Main is out of reach: the recovery screen is all that can be done.
  });
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown): void {
    report(this.props.screen, error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <RecoveryScreen screen={this.props.screen} error={this.state.error} />;
  }
}

const WHAT: Readonly<Record<Screen, string>> = {
  home: 'the list of your maps',
  editor: 'this map',
  workshop: 'the workshop',
  compare: 'the comparison',
  print: 'the document to print',
};

type Saving = 'saving' | 'saved' | 'unsaved';

function RecoveryScreen({ screen, error }: { screen: Screen; error: unknown }) {
  const [saving, setSaving] = useState<Saving>(() =>
    useAppStore.getState().hasUnsavedEdits() ? 'saving' : 'saved',
  );

  // Printers wait for the print view to say it is ready: tell them it never will be. (Here,
  // after the failed view's own cleanup has run, which clears the flag.)
  useEffect(() => {
    if (screen !== 'print') return;
    document.body.dataset.printError = 'The document could not be drawn.';
    document.body.dataset.printReady = 'error';
  }, [screen]);

  // The edits made before the failure are still queued: send them before anything else.
  useEffect(() => {
    let live = true;
    void useAppStore
      .getState()
      .flushSaves()
      .catch(() => undefined)
      .then(() => {
        if (live) setSaving(useAppStore.getState().hasUnsavedEdits() ? 'unsaved' : 'saved');
      });
    return () => {
      live = false;
    };
  }, []);

  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="centered recovery" role="alert" aria-labelledby="recovery-title">
      <Icon name="warning" size={32} />
      <h1 id="recovery-title">Something went wrong while showing {WHAT[screen]}</h1>
      <p>
        Decision Map ran into a problem it did not expect, so it stopped drawing this screen. Your
        maps are safe: every change is saved as you make it.
      </p>
      <p className="muted" role="status">
        {saving === 'saving'
          ? 'Saving your last changes…'
          : saving === 'saved'
            ? 'All your changes are saved.'
            : 'Your last changes could not be saved yet. Stay on this page a moment, then reload.'}
      </p>
      <div className="recovery-actions">
        <button className="button primary" onClick={() => window.location.reload()}>
          Reload
        </button>
        {screen !== 'home' && screen !== 'print' && (
          <button
            className="button"
            onClick={() => {
              const store = useAppStore.getState();
              store.closeWorkshop();
              store.navigate({ view: 'home' });
              window.location.reload();
            }}
          >
            Back to maps
          </button>
        )}
      </div>
      <details className="recovery-details">
        <summary>Details for support</summary>
        <p>{detail}</p>
        <p className="muted">This was also written to the app’s log.</p>
      </details>
    </main>
  );
}
