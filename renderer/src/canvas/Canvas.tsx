import {
  Controls,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  getViewportForBounds,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
} from '@xyflow/react';
import {
  startTransition,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import type { MapDocument, StepId } from '../../../shared/model';
import type { StepMove } from '../../../shared/operations/types';
import type { Selection } from '../state/editorSlice';
import { useAppStore } from '../state/store';
import { preloadable } from '../ui/preloadable';
import { LaneBands, fitPadding } from './LaneBands';
import { CanvasDots } from './CanvasDots';
import { useCanvasSelection } from './canvasSelection';
import type { CanvasCommands } from './commands';
import {
  syncEdges,
  syncNodes,
  withMeasuredHandles,
  type StepNode,
  type TransitionEdge,
} from './flowMapping';
import { FarOutMode, READABLE_ZOOM, selectDetail, selectFar } from './farZoom';
import { LabelTurnsContext, useLabelArea, type LabelTurns } from './labelTurns';
import { isTyping } from './useCanvasKeys';
import { OverviewMap } from './OverviewMap';
import { countRender } from './renderCounts';
import { StepNodeView } from './StepNode';
import { ArrowMarkers, TransitionEdgeView } from './TransitionEdgeView';
import { useFarSwap, withoutHidden } from './useFarSwap';

// Only a large map has the far picture: a smaller one opens without loading its code.
const FarDrawing = preloadable(() => import('./FarDrawing').then((m) => m.FarDrawing)).Component;

// Defined once at module scope: React Flow re-mounts every node if these objects change.
const nodeTypes = { step: StepNodeView };
const edgeTypes = { transition: TransitionEdgeView };
const SNAP: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
// On a large map the steps outside the ring around the view are hidden from React Flow
// (useFarSwap.ts), and "fit view" must still fit them all.
const FIT_VIEW_OPTIONS = { includeHiddenNodes: true, padding: fitPadding(false) };
// With swimlanes on, the map is fitted clear of the lanes' header column.
const FIT_VIEW_OPTIONS_LANES = { includeHiddenNodes: true, padding: fitPadding(true) };
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select a step. Arrow keys move it. Press Enter again to rename it.',
  'edge.a11yDescription.default': 'Press Enter or Space to select an arrow.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the map to the window',
  'controls.interactive.ariaLabel': 'Lock or unlock the canvas',
  'handle.ariaLabel': 'Connection point',
};

/**
 * The workflow drawn as steps and arrows; every change becomes a typed map edit. It does
 * not take the map as a prop, so an edit re-renders it only when it changes what is drawn.
 */
export function Canvas({
  commands,
  containerRef,
}: {
  commands: CanvasCommands;
  containerRef: RefObject<HTMLDivElement | null>;
}) {
  const [nodes, setNodes] = useState<StepNode[]>([]);
  const [edges, setEdges] = useState<TransitionEdge[]>([]);
  const empty = useAppStore((s) => s.doc?.stepOrder.length === 0);
  const lanes = useAppStore((s) => s.lanes);
  const onlyVisible = useAppStore((s) => (s.doc?.stepOrder.length ?? 0) >= DRAW_VISIBLE_FROM);
  // The workshop frames decisions with fitView, which skips hidden steps: no picture there.
  const picture = useAppStore(
    (s) => s.workshop === null && (s.doc?.stepOrder.length ?? 0) >= PICTURE_FROM,
  );
  const far = useStore(selectFar);
  // A large map keeps its full detail until its picture covers it (see levelClass): it does
  // not even follow the level, so crossing one re-renders nothing.
  const detail = useStore((s) => (picture ? 'full' : selectDetail(s)));
  const drawn = useFarSwap(nodes, edges, picture);
  const selecting = useCanvasSelection();
  // Arrow labels wait while the view moves; on a large map, drawn where it comes to rest.
  const labelArea = useLabelArea(onlyVisible, picture);
  // Each time the view comes to rest, a count on the canvas goes up: tests (and tools) wait
  // for a move to end by it, never for the length of an animation.
  const labelsOnMoveEnd = labelArea.onMoveEnd;
  const onMoveEnd = useCallback(
    (event: unknown) => {
      const element = containerRef.current;
      if (element) element.dataset.viewRests = String(Number(element.dataset.viewRests ?? 0) + 1);
      labelsOnMoveEnd(event);
    },
    [labelsOnMoveEnd, containerRef],
  );
  countRender('canvas');

  // React Flow keeps its own node objects (sizes, drag positions); the map is the external
  // source they are synchronised from whenever it changes. The mapping hands back the same
  // arrays when nothing drawn changed, and then nothing re-renders.
  // The arrows' accessible names follow a renamed step once typing pauses (see syncEdges).
  // The store's selection is the one truth: the steps and arrows React Flow draws carry it
  // as their `selected` flag, set from it here whenever the map or the selection changes.
  // A selection made on the canvas (a click, a box) reaches the store through
  // useCanvasSelection (canvasSelection.ts).
  useEffect(() => {
    let names: ReturnType<typeof setTimeout> | undefined;
    const show = (selection: Selection) => {
      setNodes((current) => flagged(current, new Set(selection.steps)));
      setEdges((current) => flagged(current, new Set(selection.transitions)));
    };
    const syncNames = () => {
      const doc = useAppStore.getState().doc;
      if (doc) setEdges((previous) => syncEdges(doc, previous, null));
    };
    const sync = (doc: MapDocument | null, selection: Selection) => {
      if (!doc) return;
      const apply = () => {
        const steps = new Set<string>(selection.steps);
        const arrows = new Set<string>(selection.transitions);
        setNodes((previous) => syncNodes(doc, previous, steps, { estimated: true }));
        setEdges((previous) => syncEdges(doc, previous, arrows, { keepNames: true }));
      };
      // Typed into a field (the inspector's): the analysis pane and the field first, the
      // canvas, on a large map the slower part, as soon as they are painted.
      if (isTyping(document.activeElement)) startTransition(apply);
      else apply();
      clearTimeout(names);
      names = setTimeout(syncNames, NAMES_AFTER_MS);
    };
    const { doc, selection } = useAppStore.getState();
    sync(doc, selection);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.doc !== previous.doc) sync(state.doc, state.selection);
      // Selected elsewhere (a command, the keyboard, a finding, the workshop): shown here.
      else if (state.selection !== previous.selection) show(state.selection);
    });
    return () => {
      unsubscribe();
      clearTimeout(names);
    };
  }, []);

  const { takeStepPicks, takeArrowPicks } = selecting;
  const onNodesChange = useCallback(
    (all: NodeChange<StepNode>[]) => {
      const changes = withoutHidden(all);
      setNodes((current) => withMeasuredHandles(applyNodeChanges(changes, current), changes));
      takeStepPicks(changes);
      // A drag that ended, or a move by arrow keys, is one edit of the map.
      const moves: StepMove[] = [];
      for (const change of changes) {
        if (change.type === 'position' && change.dragging === false && change.position) {
          moves.push({ id: change.id as StepId, position: change.position });
        }
      }
      const current = useAppStore.getState().doc;
      const changed = moves.filter((m) => {
        const p = current?.steps[m.id]?.position;
        return p && (p.x !== m.position.x || p.y !== m.position.y);
      });
      if (changed.length > 0) useAppStore.getState().edit({ type: 'steps/move', moves: changed });
    },
    [takeStepPicks],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<TransitionEdge>[]) => {
      setEdges((current) => applyEdgeChanges(changes, current));
      takeArrowPicks(changes);
    },
    [takeArrowPicks],
  );

  const onConnect = useCallback(
    (connection: Connection) =>
      commands.connect(connection.source as StepId, connection.target as StepId),
    [commands],
  );

  // An arrow dragged from a step and dropped anywhere on another step connects them, not only
  // when dropped on its small connection point (which onConnect handles).
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode || !state.fromHandle) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      // The arrow being drawn may lie above the step where it is dropped.
      const id = document
        .elementsFromPoint(point.clientX, point.clientY)
        .map((element) => element.closest('.react-flow__node'))
        .find((node) => node !== null)
        ?.getAttribute('data-id');
      if (!id || id === state.fromNode.id) return;
      const from = state.fromNode.id as StepId;
      if (state.fromHandle.type === 'source') commands.connect(from, id as StepId);
      else commands.connect(id as StepId, from);
    },
    [commands],
  );

  // A click on the empty canvas clears the whole selection, the arrows React Flow does not
  // hold included.
  const onPaneClick = useCallback(() => {
    const { selection, setSelection } = useAppStore.getState();
    if (selection.steps.length > 0 || selection.transitions.length > 0) {
      setSelection({ steps: [], transitions: [] });
    }
  }, []);

  const onNodeDoubleClick = useCallback((_: unknown, node: StepNode) => {
    useAppStore.getState().setRenaming(node.id as StepId);
  }, []);

  // A large map keeps its full detail until its picture covers it: restyling a thousand
  // steps at a level's crossing would cost a frame of 150 ms (useFarSwap.ts).
  const levelClass = picture ? '' : ` detail-${detail}`;
  return (
    <div
      className={`canvas${far && !picture ? ' is-far' : ''}${levelClass}`}
      role="region"
      aria-label="Workflow canvas"
      ref={containerRef}
    >
      <ArrowMarkers />
      {empty && <CanvasHint />}
      <CanvasContext mode={picture ? 'picture' : 'simplify'} turns={labelArea.turns}>
        <ReactFlow<StepNode, TransitionEdge>
          nodes={drawn.nodes}
          edges={drawn.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onPaneClick={onPaneClick}
          onNodeDragStart={selecting.onNodeDragStart}
          onNodeDragStop={selecting.onNodeDragStop}
          onNodeDoubleClick={onNodeDoubleClick}
          onMoveStart={labelArea.onMoveStart}
          onMoveEnd={onMoveEnd}
          onlyRenderVisibleElements={onlyVisible && !drawn.ringed}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          snapToGrid
          snapGrid={SNAP}
          minZoom={0.1}
          maxZoom={2.5}
          zoomOnDoubleClick={false}
          proOptions={PRO_OPTIONS}
          ariaLabelConfig={ARIA_LABELS}
        >
          <CanvasDots />
          {picture && <FarDrawing nodes={nodes} edges={edges} far={far} lanes={lanes} />}
          {lanes && <LaneBands onShowUnassigned={() => commands.showUnassigned()} />}
          <OverviewMap />
          <Controls
            showInteractive={false}
            fitViewOptions={lanes ? FIT_VIEW_OPTIONS_LANES : FIT_VIEW_OPTIONS}
          />
          <InitialView />
          {picture && <ZoomInToStep far={far} />}
        </ReactFlow>
      </CanvasContext>
    </div>
  );
}

/**
 * From this many steps on, the canvas does not draw the whole map: React Flow draws only the
 * steps and arrows in view (its onlyRenderVisibleElements), and from PICTURE_FROM on the ring
 * around the view instead (useFarSwap.ts). A smaller map is drawn whole, so every step stays in
 * the page for the keyboard, screen readers and find-in-page. Measured with
 * tests/bench/canvas.bench.ts (medians of the p95 frame time, ms): 1,000 steps, everything
 * drawn 67, only what is in view 33, the ring 17; 2,000 steps 117 / 33 / 17; 200 steps 17 /
 * 17 (React Flow's own). Open at 1,000 steps: 1.5 s / 0.7 s / 1.0 to 1.4 s.
 */
const DRAW_VISIBLE_FROM = 150;

/**
 * From this many steps on, React Flow is given the ring around the view and, zoomed far out,
 * the map is one picture (useFarSwap.ts, FarDrawing.tsx). A smaller map is cheap enough to
 * draw as React Flow does: at 200 steps the pan-zoom p95 is 17 ms.
 */
const PICTURE_FROM = 500;

/** `items` with `selected` set on exactly the chosen ones; the same array when nothing differs. */
function flagged<T extends { id: string; selected?: boolean }>(
  items: T[],
  chosen: ReadonlySet<string>,
): T[] {
  const differs = (item: T) => !!item.selected !== chosen.has(item.id);
  return items.some(differs)
    ? items.map((item) => (differs(item) ? { ...item, selected: !item.selected } : item))
    : items;
}

/** How long typing pauses before renamed steps' arrows take the new name. */
const NAMES_AFTER_MS = 300;

/**
 * The first view of a map: all of it when that is readable, otherwise its beginning (the
 * top-left, where the flow starts) at a readable size. "Fit view" still shows everything.
 * Worked out from the steps' positions and first sizes, as soon as the canvas has a size,
 * and set once: fitting everything first and then zooming in would draw every step of a
 * large map for one frame.
 */
function InitialView() {
  const ready = useStore((s) => s.width > 0 && s.height > 0 && s.nodes.length > 0);
  const flow = useReactFlow();
  const store = useStoreApi();
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const { width, height, minZoom } = store.getState();
    const bounds = flow.getNodesBounds(flow.getNodes());
    const fit = getViewportForBounds(bounds, width, height, minZoom, 1.1, 0.15);
    void flow.setViewport(
      fit.zoom >= READABLE_ZOOM
        ? fit
        : {
            x: -bounds.x * READABLE_ZOOM + 48,
            y: -bounds.y * READABLE_ZOOM + 48,
            zoom: READABLE_ZOOM,
          },
    );
  }, [ready, flow, store]);
  return null;
}

/**
 * Far out on a large map the steps lie under the picture (FarDrawing.tsx): a step named, or
 * reached with the keyboard, is zoomed in to, so what is typed and focused can be seen.
 */
function ZoomInToStep({ far }: { far: boolean }) {
  const renaming = useAppStore((s) => s.renamingStepId);
  const flow = useReactFlow();
  useEffect(() => {
    if (!far) return;
    const zoomTo = (id: string) => {
      const node = flow.getInternalNode(id);
      if (!node) return;
      const { x, y } = node.internals.positionAbsolute;
      const width = node.measured.width ?? 0;
      const height = node.measured.height ?? 0;
      void flow.setCenter(x + width / 2, y + height / 2, { zoom: READABLE_ZOOM, duration: 200 });
    };
    if (renaming) zoomTo(renaming);
    const onFocus = (event: FocusEvent) => {
      const id = (event.target as Element | null)
        ?.closest?.('.react-flow__node')
        ?.getAttribute('data-id');
      if (id) zoomTo(id);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [far, renaming, flow]);
  return null;
}

/** What the arrows read from their canvas: how far out it draws, and its labels' turns. */
function CanvasContext({
  mode,
  turns,
  children,
}: {
  mode: 'picture' | 'simplify';
  turns: LabelTurns;
  children: ReactNode;
}) {
  return (
    <FarOutMode.Provider value={mode}>
      <LabelTurnsContext.Provider value={turns}>{children}</LabelTurnsContext.Provider>
    </FarOutMode.Provider>
  );
}

function CanvasHint() {
  return (
    <div className="canvas-hint" aria-live="polite">
      <p>
        <strong>Start with the first step of the workflow.</strong>
      </p>
      <p className="muted">
        Press <kbd>N</kbd> to add a step, type its name, press <kbd>Enter</kbd>. Press <kbd>?</kbd>{' '}
        for every shortcut.
      </p>
    </div>
  );
}
