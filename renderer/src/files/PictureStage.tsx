/**
 * An off-screen copy of the canvas for pictures of the whole map. The live canvas draws only
 * what is in view and drops words when zoomed far out (to stay smooth on large maps), so a
 * picture of it would miss most of a large map. This copy draws every step and arrow, with
 * the canvas's own step and arrow components, framed on all of them, then is drawn into a
 * PNG or SVG and goes away. It shows what the canvas shows (workflow or decision view).
 */
import { ReactFlow, ReactFlowProvider, useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { MapDocument } from '../../../shared/model';
import { syncEdges, syncNodes, type StepNode, type TransitionEdge } from '../canvas/flowMapping';
import { LaneBands } from '../canvas/LaneBands';
import { StepNodeView } from '../canvas/StepNode';
import { useAppStore } from '../state/store';
import { LANE_NAME_ROOM, LANE_PAD } from '../../../shared/lanes/lanes';
import { ArrowMarkers, TransitionEdgeView } from '../canvas/TransitionEdgeView';
import { capturePicture, pictureFrame, PICTURE_ZOOM, type CanvasPicture } from './canvasPicture';

// Module scope, as React Flow asks: new objects here would re-mount every step.
const nodeTypes = { step: StepNodeView };
const edgeTypes = { transition: TransitionEdgeView };
const PRO_OPTIONS = { hideAttribution: true };

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** How long the stage must stay unchanged to count as drawn, and the longest wait for that. */
const QUIET_MS = 200;
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * Waits until the stage stops changing: React Flow draws an arrow only once both its steps
 * are measured, and the canvas draws the labels on arrows at low priority, a few frames
 * after the arrows. Then one more frame, so what was changed is also laid out.
 */
function settled(stage: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      requestAnimationFrame(() => resolve());
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, QUIET_MS);
    });
    observer.observe(stage, { childList: true, subtree: true, attributes: true });
    quiet = setTimeout(done, QUIET_MS);
    const limit = setTimeout(done, SETTLE_TIMEOUT_MS);
  });
}

export interface PictureStageProps {
  readonly doc: MapDocument;
  readonly format: 'png' | 'svg';
  /** Called once, with the picture or with what went wrong. */
  readonly onDone: (result: CanvasPicture | Error) => void;
}

export function PictureStage(props: PictureStageProps) {
  return createPortal(
    <ReactFlowProvider>
      <Stage {...props} />
    </ReactFlowProvider>,
    document.body,
  );
}

function Stage({ doc, format, onDone }: PictureStageProps) {
  const stage = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  const alive = useRef(true);
  // A snapshot: edits made while the picture is drawn do not change it halfway.
  const [nodes] = useState<StepNode[]>(() => syncNodes(doc, [], null));
  const [edges] = useState<TransitionEdge[]>(() => syncEdges(doc, [], null));
  const measured = useNodesInitialized();
  const flow = useReactFlow<StepNode, TransitionEdge>();
  // Swimlanes as on screen when the picture was asked for.
  const [lanes] = useState(() => useAppStore.getState().lanes);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Once every step has its size: frame them all, wait for the arrows and labels, then draw.
  useEffect(() => {
    const element = stage.current;
    if (!measured || !element || started.current) return;
    started.current = true;
    const steps = flow.getNodesBounds(flow.getNodes());
    // With swimlanes the picture holds the bands whole, names included.
    const frame = pictureFrame(
      lanes
        ? {
            x: steps.x - LANE_NAME_ROOM,
            y: steps.y - LANE_PAD,
            width: steps.width + LANE_NAME_ROOM + 2 * LANE_PAD,
            height: steps.height + 2 * LANE_PAD,
          }
        : steps,
    );
    element.style.width = `${frame.width}px`;
    element.style.height = `${frame.height}px`;
    // Applied at once (no animation); its promise is not awaited, as it need not settle
    // for a flow nobody sees. The drawing waits for the frames after it instead.
    void flow.setViewport(frame.viewport);
    void (async () => {
      await nextFrame();
      await settled(element);
      let result: CanvasPicture | Error;
      try {
        result = await capturePicture(element, frame, format);
      } catch (error) {
        result = error instanceof Error ? error : new Error(String(error));
      }
      if (alive.current) onDone(result);
    })();
  }, [measured, flow, format, onDone, lanes]);

  return (
    <div ref={stage} className="canvas picture-stage" aria-hidden="true" inert>
      <ArrowMarkers />
      <ReactFlow<StepNode, TransitionEdge>
        // Uncontrolled: React Flow keeps the measured sizes itself, so it can tell when
        // every step is measured (a controlled flow would have to apply them for it).
        defaultNodes={nodes}
        defaultEdges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        minZoom={PICTURE_ZOOM.min}
        maxZoom={PICTURE_ZOOM.max}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        proOptions={PRO_OPTIONS}
      >
        {lanes && <LaneBands names="in-band" />}
      </ReactFlow>
    </div>
  );
}
