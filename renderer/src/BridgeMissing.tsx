import { ERROR_MESSAGES } from '../../shared/errors';

/**
 * Shown instead of the app when the desktop window has no bridge to main (the preload
 * failed): nothing can be opened or saved, and the person is told so plainly rather than
 * shown a workspace that never loads (renderer/src/api/client.ts, desktopBridgeMissing).
 */
export function BridgeMissing() {
  return (
    <main className="centered problem-screen">
      <div className="problem">
        <section role="alert" aria-labelledby="bridge-title">
          <h1 id="bridge-title">Decision Map could not start this window</h1>
          <p>{ERROR_MESSAGES.BRIDGE_MISSING}</p>
        </section>
      </div>
    </main>
  );
}
