import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapId, StepId } from '../../../shared/model';
import { AnalysisPane } from '../analysis/AnalysisPane';
import { Canvas } from '../canvas/Canvas';
import { useCanvasCommands } from '../canvas/commands';
import { ConnectDialog } from '../canvas/ConnectDialog';
import { ShortcutsDialog } from '../canvas/ShortcutsDialog';
import { useCanvasKeys, isTyping } from '../canvas/useCanvasKeys';
import { Inspector } from '../inspector/Inspector';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { Toolbar } from './Toolbar';

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
  const doc = useAppStore((s) => s.doc);
  const loadError = useAppStore((s) => s.loadError);
  const editNotice = useAppStore((s) => s.editNotice);
  const analysisOpen = useAppStore((s) => s.analysisOpen);
  const canvasRef = useRef<HTMLDivElement>(null);
  const getCanvas = useCallback(() => canvasRef.current, []);
  const commands = useCanvasCommands(getCanvas);
  const [dialog, setDialog] = useState<'connect' | 'shortcuts' | null>(null);
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
    if (doc) document.title = `${doc.info.name} — Decision Map`;
  }, [doc?.info.name]); // eslint-disable-line react-hooks/exhaustive-deps

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
      } else if (command === 'view:fit') commands.fit();
      else if (command === 'view:autoLayout') commands.layout();
      else if (command === 'help:shortcuts') setDialog('shortcuts');
    };
    window.addEventListener('decision-map:command', onCommand);
    return () => window.removeEventListener('decision-map:command', onCommand);
  }, [commands]);

  const close = () => {
    setDialog(null);
    setConnectFrom(null);
  };

  return (
    <div className="editor">
      <Toolbar commands={commands} onShortcuts={() => setDialog('shortcuts')} />
      {editNotice && (
        <div className="banner error" role="alert">
          <span>{editNotice}</span>
          <button
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => useAppStore.getState().dismissEditNotice()}
          >
            <Icon name="close" />
          </button>
        </div>
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
        ) : doc ? (
          <>
            {analysisOpen && <AnalysisPane onReveal={(finding) => commands.reveal(finding)} />}
            <Canvas doc={doc} commands={commands} containerRef={canvasRef} />
            <Inspector />
          </>
        ) : (
          <p className="centered muted">Opening the map…</p>
        )}
      </div>
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={close} />}
      {dialog === 'connect' && doc && connectFrom && (
        <ConnectDialog
          doc={doc}
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
