import { useEffect } from 'react';
import { isDesktopApp, onCloseRequest, onMenuCommand, onOpenFile } from './api/client';
import { EditorView } from './editor/EditorView';
import { WindowDrop } from './files/WindowDrop';
import { HomeView } from './home/HomeView';
import { usePrintRoute } from './print/usePrintRoute';
import { WorkspaceLost } from './home/WorkspaceLost';
import { WorkspaceProblem } from './home/WorkspaceProblem';
import { saveBeforeClose } from './state/saveBeforeClose';
import { useAppStore } from './state/store';
import { routeFromHash } from './state/workspaceSlice';
import { preloadable } from './ui/preloadable';
import { ScreenBoundary } from './ui/ScreenBoundary';
import { returnToOpenRoom } from './workshop/room/returnToRoom';

// Loaded when first shown, not at start: a map opens without waiting for the code of the
// print view (the PDF's hidden window loads it) or the comparison of two maps.
const PrintView = preloadable(() => import('./print/PrintView').then((m) => m.PrintView)).Component;
const CompareView = preloadable(() =>
  import('./compare/CompareView').then((m) => m.CompareView),
).Component;

/** Layout only: which screen shows, and the page-wide listeners. */
export function App() {
  const ready = useAppStore((s) => s.status?.state === 'ready');
  const print = usePrintRoute();

  // A reloaded facilitator's page finds the room it left open (the print view never does).
  useEffect(() => {
    if (ready && !print) void returnToOpenRoom();
  }, [ready, print]);

  useEffect(() => {
    void useAppStore.getState().loadWorkspace();
    const onHash = () => useAppStore.getState().navigate(routeFromHash(window.location.hash));
    const onHide = () => useAppStore.getState().flushNow();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') useAppStore.getState().flushNow();
    };
    // Back in view: another tab or window may have saved the open map meanwhile.
    const onShow = () => {
      if (document.visibilityState === 'visible') void useAppStore.getState().syncMap();
    };
    // Browser mode only: the browser asks "Leave site?". In Electron an objection here
    // cancels the close with no prompt at all, so the desktop app never objects; main asks
    // the page to save before it closes the window instead (onCloseRequest below).
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (isDesktopApp || !useAppStore.getState().hasUnsavedEdits()) return;
      useAppStore.getState().flushNow();
      event.preventDefault();
    };
    const stopCloseRequests = onCloseRequest(() =>
      saveBeforeClose({
        flush: () => useAppStore.getState().flushSaves(),
        hasUnsaved: () => useAppStore.getState().hasUnsavedEdits(),
        lastError: () => {
          const state = useAppStore.getState().saveState;
          return state.kind === 'retrying' ? state.message : null;
        },
      }),
    );
    window.addEventListener('hashchange', onHash);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    document.addEventListener('visibilitychange', onShow);
    window.addEventListener('focus', onShow);
    const stopMenu = onMenuCommand((command) => {
      if (command === 'map:new') {
        useAppStore.getState().navigate({ view: 'home' });
        window.dispatchEvent(new CustomEvent('decision-map:new-map'));
      } else {
        window.dispatchEvent(new CustomEvent('decision-map:command', { detail: command }));
      }
    });
    // A file double-clicked in the file manager (desktop app): main imported it already.
    const stopOpenFile = onOpenFile((event) => {
      const store = useAppStore.getState();
      if (event.kind === 'refused') {
        store.setNotice(event.message);
        return;
      }
      store.setNotice(null);
      void store.refreshMaps();
      store.navigate({ view: 'map', id: event.id });
    });
    return () => {
      stopCloseRequests();
      stopOpenFile();
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      document.removeEventListener('visibilitychange', onShow);
      window.removeEventListener('focus', onShow);
      stopMenu();
    };
  }, []);

  if (print) {
    return (
      <ScreenBoundary screen="print" key={print.mapId}>
        <PrintView route={print} />
      </ScreenBoundary>
    );
  }
  return (
    <>
      <WorkspaceLost />
      <Screen />
      <WindowDrop enabled={ready} />
    </>
  );
}

function Screen() {
  const status = useAppStore((s) => s.status);
  const route = useAppStore((s) => s.route);
  if (status === null) {
    return (
      <main className="centered" aria-busy="true">
        <p className="muted">Opening your workspace…</p>
      </main>
    );
  }
  // Each screen behind its own boundary, keyed so that going elsewhere starts afresh.
  if (status.state !== 'ready') {
    return (
      <ScreenBoundary screen="home" key="problem">
        <WorkspaceProblem status={status} />
      </ScreenBoundary>
    );
  }
  if (route.view === 'compare') {
    return (
      <ScreenBoundary screen="compare" key={`compare:${route.id}`}>
        <CompareView toBeId={route.id} />
      </ScreenBoundary>
    );
  }
  if (route.view === 'map') {
    return (
      <ScreenBoundary screen="editor" key={`map:${route.id}`}>
        <EditorView mapId={route.id} />
      </ScreenBoundary>
    );
  }
  return (
    <ScreenBoundary screen="home" key="home">
      <HomeView />
    </ScreenBoundary>
  );
}
