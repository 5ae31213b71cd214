import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isMenuCommand } from '../../../shared/api/menu';
import type { MapId, StepId } from '../../../shared/model';
import { AnalysisPane } from '../analysis/AnalysisPane';
import { Canvas } from '../canvas/Canvas';
import { useCanvasCommands } from '../canvas/commands';
import { ConnectDialog } from '../canvas/ConnectDialog';
import { runCommand } from '../canvas/keyCommands';
import { ShortcutsDialog } from '../canvas/ShortcutsDialog';
import { useCanvasKeys, isTyping } from '../canvas/useCanvasKeys';
import { Inspector } from '../inspector/Inspector';
import { useAppStore } from '../state/store';
import { LostEdits } from './LostEdits';
import { Banner } from '../ui/Banner';
import { preloadable } from '../ui/preloadable';
import { ScreenBoundary } from '../ui/ScreenBoundary';
import { exportPdf } from './exportPdf';
import { WorkshopView } from '../workshop/WorkshopView';
import { Toolbar } from './Toolbar';

// Not in the first load: the matrix view, and the export dialog with the exporters (BPMN,
// DMN, CSV, pictures) it brings. Fetched once the map is open and the page is idle, so the
// first R or Export… shows them at once (ui/preloadable.tsx).
const matrixView = preloadable(() => import('../matrix/MatrixView').then((m) => m.MatrixView));
const exportDialog = preloadable(() => import('./ExportDialog').then((m) => m.ExportDialog));
const MatrixView = matrixView.Component;
const ExportDialog = exportDialog.Component;

/** One open map: toolbar, canvas and inspector. */
export function EditorView({ mapId }: { mapId: MapId }) {
  useEffect(() => {
    void useAppStore.getState().openMap(mapId);
    return () => void useAppStore.getState().closeMap();
  }, [mapId]);
  return (
    <ReactFlowProvider>
      <Editor />
    </ReactFlowProvider>
  );
}

function Editor() {
  // Not the map itself: the editor would re-render, canvas and all, on every keystroke.
  const hasDoc = useAppStore((s) => s.doc !== null);
  const mapName = useAppStore((s) => s.doc?.info.name);
  const loadError = useAppStore((s) => s.loadError);
  const editNotice = useAppStore((s) => s.editNotice);
  const notice = useAppStore((s) => s.notice);
  const importReport = useAppStore((s) => s.importReport);
  const analysisOpen = useAppStore((s) => s.analysisOpen);
  // The matrix replaces the canvas and follows every edit of the map.
  const matrixDoc = useAppStore((s) => (s.matrixOpen ? s.doc : null));
  const inWorkshop = useAppStore((s) => s.workshop !== null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const getCanvas = useCallback(() => canvasRef.current, []);
  const commands = useCanvasCommands(getCanvas);
  const [dialog, setDialog] = useState<'connect' | 'shortcuts' | 'export' | null>(null);
  // The map itself only while the export dialog needs it (see hasDoc above).
  const doc = useAppStore((s) => (dialog === 'export' ? s.doc : null));
  const [connectFrom, setConnectFrom] = useState<StepId | null>(null);

  const open = useMemo(
    () => ({
      connect: () => {
        const from = useAppStore.getState().selection.steps[0];
        if (from) {
          setConnectFrom(from);
          setDialog('connect');
        }
      },
      shortcuts: () => setDialog('shortcuts'),
    }),
    [],
  );
  useCanvasKeys(commands, open);

  useEffect(() => {
    if (mapName !== undefined) document.title = `${mapName} — Decision Map`;
  }, [mapName]);

  useEffect(() => {
    if (!hasDoc) return;
    // A failure here is met again, and shown, when the view is opened.
    const idle = requestIdleCallback(() => {
      matrixView.preload().catch(() => {});
      exportDialog.preload().catch(() => {});
    });
    return () => cancelIdleCallback(idle);
  }, [hasDoc]);

  // Commands from the desktop app's native menu.
  useEffect(() => {
    const onCommand = (event: Event) => {
      const command = (event as CustomEvent<string>).detail;
      const typing = isTyping(document.activeElement);
      if (command === 'edit:undo') {
        if (typing) document.execCommand('undo');
        else useAppStore.getState().undo();
      } else if (command === 'edit:redo') {
        if (typing) document.execCommand('redo');
        else useAppStore.getState().redo();
      } else if (isMenuCommand(command) && command !== 'map:new') {
        runCommand(command, { store: useAppStore.getState(), canvas: commands, open });
      }
    };
    window.addEventListener('decision-map:command', onCommand);
    return () => window.removeEventListener('decision-map:command', onCommand);
  }, [commands, open]);

  const close = () => {
    setDialog(null);
    setConnectFrom(null);
  };

  if (inWorkshop && hasDoc) {
    return (
      <ScreenBoundary screen="workshop">
        <WorkshopView canvas={<Canvas commands={commands} containerRef={canvasRef} />} />
      </ScreenBoundary>
    );
  }

  return (
    <div className="editor">
      <Toolbar
        commands={commands}
        onShortcuts={() => setDialog('shortcuts')}
        onExport={() => setDialog('export')}
      />
      {editNotice && (
        <Banner message={editNotice} onDismiss={() => useAppStore.getState().dismissEditNotice()} />
      )}
      <LostEdits />
      {/* What the import of a process model brought in and left out. */}
      {importReport && (
        <Banner
          tone="info"
          message={importReport}
          onDismiss={() => useAppStore.getState().setImportReport(null)}
        />
      )}
      {/* A file dropped or opened from the system that could not be imported. */}
      {notice && (
        <Banner message={notice} onDismiss={() => useAppStore.getState().setNotice(null)} />
      )}
      <div className="editor-body">
        {loadError ? (
          <div className="centered" role="alert">
            <p>{loadError}</p>
            <button
              className="button"
              onClick={() => useAppStore.getState().navigate({ view: 'home' })}
            >
              Back to maps
            </button>
          </div>
        ) : hasDoc ? (
          <>
            {analysisOpen && (
              <AnalysisPane
                onReveal={(finding) => commands.reveal(finding)}
                onShowUnassigned={() => commands.showUnassigned()}
              />
            )}
            {matrixDoc ? (
              <MatrixView doc={matrixDoc} />
            ) : (
              <Canvas commands={commands} containerRef={canvasRef} />
            )}
            <Inspector />
          </>
        ) : (
          <p className="centered muted">Opening the map…</p>
        )}
      </div>
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={close} />}
      {dialog === 'export' && doc && (
        <ExportDialog
          doc={doc}
          onClose={close}
          exportPdf={(options) => exportPdf(doc.info.id, options)}
        />
      )}
      {dialog === 'connect' && hasDoc && connectFrom && (
        <ConnectDialog
          from={connectFrom}
          onClose={close}
          onConnect={(to) => {
            commands.connect(connectFrom, to);
            close();
          }}
        />
      )}
    </div>
  );
}
