import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  applyNodeChanges,
  useNodesInitialized,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { MapDocument, StepId, TransitionId } from '../../../shared/model';
import type { StepMove } from '../../../shared/operations/types';
import { useAppStore } from '../state/store';
import type { CanvasCommands } from './commands';
import { takePendingSelection } from './commands';
import { syncEdges, syncNodes, type StepNode, type TransitionEdge } from './flowMapping';
import { StepNodeView } from './StepNode';
import { ArrowMarkers, TransitionEdgeView } from './TransitionEdgeView';

// Defined once at module scope: React Flow re-mounts every node if these objects change.
const nodeTypes = { step: StepNodeView };
const edgeTypes = { transition: TransitionEdgeView };
const SNAP: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
const MINIMAP_SIZE = { width: 168, height: 112 };
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select a step. Arrow keys move it. Press Enter again to rename it.',
  'edge.a11yDescription.default': 'Press Enter or Space to select an arrow.',
  'minimap.ariaLabel': 'Overview of the map',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the map to the window',
  'controls.interactive.ariaLabel': 'Lock or unlock the canvas',
  'handle.ariaLabel': 'Connection point',
};

/** The workflow drawn as steps and arrows; every change becomes a typed map edit. */
export function Canvas({
  doc,
  commands,
  containerRef,
}: {
  doc: MapDocument;
  commands: CanvasCommands;
  containerRef: RefObject<HTMLDivElement | null>;
}) {
  const [nodes, setNodes] = useState<StepNode[]>([]);
  const [edges, setEdges] = useState<TransitionEdge[]>([]);

  // React Flow keeps its own node objects (sizes, drag positions); the map is the external
  // source they are synchronised from whenever it changes.
  useEffect(() => {
    const select = takePendingSelection();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setNodes((previous) => syncNodes(doc, previous, select));
    setEdges((previous) => syncEdges(doc, previous, select));
  }, [doc]);

  const onNodesChange = useCallback((changes: NodeChange<StepNode>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
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
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<TransitionEdge>[]) => {
    setEdges((current) => applyEdgeChanges(changes, current));
  }, []);

  const onConnect = useCallback(
    (connection: Connection) =>
      commands.connect(connection.source as StepId, connection.target as StepId),
    [commands],
  );

  const onSelectionChange = useCallback(({ nodes, edges }: OnSelectionChangeParams) => {
    useAppStore.getState().setSelection({
      steps: nodes.map((n) => n.id as StepId),
      transitions: edges.map((e) => e.id as TransitionId),
    });
  }, []);

  const onNodeDoubleClick = useCallback((_: unknown, node: StepNode) => {
    useAppStore.getState().setRenaming(node.id as StepId);
  }, []);

  return (
    <div className="canvas" role="region" aria-label="Workflow canvas" ref={containerRef}>
      <ArrowMarkers />
      {doc.stepOrder.length === 0 && <CanvasHint />}
      <ReactFlow<StepNode, TransitionEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onSelectionChange={onSelectionChange}
        onNodeDoubleClick={onNodeDoubleClick}
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
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} />
        <MiniMap pannable zoomable className="minimap" nodeBorderRadius={8} style={MINIMAP_SIZE} />
        <Controls showInteractive={false} />
        <InitialView />
      </ReactFlow>
    </div>
  );
}

/** Below this zoom the words on steps and chips are too small to read on a shared screen. */
const READABLE_ZOOM = 0.7;

/**
 * The first view of a map: all of it when that is readable, otherwise its beginning (the
 * top-left, where the flow starts) at a readable size. "Fit view" still shows everything.
 */
function InitialView() {
  const ready = useNodesInitialized();
  const flow = useReactFlow();
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    void flow.fitView({ padding: 0.15, maxZoom: 1.1 }).then(() => {
      if (flow.getZoom() >= READABLE_ZOOM) return;
      const bounds = flow.getNodesBounds(flow.getNodes());
      void flow.setViewport({
        x: -bounds.x * READABLE_ZOOM + 48,
        y: -bounds.y * READABLE_ZOOM + 48,
        zoom: READABLE_ZOOM,
      });
    });
  }, [ready, flow]);
  return null;
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
