/**
 * The small picture of the whole map in the corner, with the part in view marked; pressing
 * or dragging in it moves the view there, the wheel zooms. The steps are drawn on a canvas
 * only when they (or the picture's frame) change; moving the view only slides the mark.
 * (React Flow's MiniMap redraws an SVG of every step in every frame of a move: on a map of
 * a thousand steps that alone costs frames.)
 */
import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../state/store';

const WIDTH = 168;
const HEIGHT = 112;
/** Room around the steps, as a share of the picture. */
const MARGIN = 0.08;

interface Frame {
  readonly x: number;
  readonly y: number;
  /** Picture pixels per map pixel. */
  readonly scale: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of the map in view, in map coordinates. */
function viewBox(s: ReactFlowState): Box {
  const [tx, ty, zoom] = s.transform;
  return { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
}

function stepsBox(s: ReactFlowState): Box | null {
  let box: Box | null = null;
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    const right = x + (node.measured.width ?? 0);
    const bottom = y + (node.measured.height ?? 0);
    if (!box) box = { x, y, width: right - x, height: bottom - y };
    else {
      const r = Math.max(box.x + box.width, right);
      const b = Math.max(box.y + box.height, bottom);
      box.x = Math.min(box.x, x);
      box.y = Math.min(box.y, y);
      box.width = r - box.x;
      box.height = b - box.y;
    }
  }
  return box;
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

const contains = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** A frame showing `box` whole, centred, with MARGIN around it. */
function frameFor(box: Box): Frame {
  const width = Math.max(box.width, 1) * (1 + 2 * MARGIN);
  const height = Math.max(box.height, 1) * (1 + 2 * MARGIN);
  const scale = Math.min(WIDTH / width, HEIGHT / height);
  return {
    x: box.x + box.width / 2 - WIDTH / 2 / scale,
    y: box.y + box.height / 2 - HEIGHT / 2 / scale,
    scale,
  };
}

/**
 * What the picture shows of each step (position, size, selected), to tell whether a change
 * of the steps needs drawing: renaming a step, or hiding steps from React Flow outside the
 * ring around the view (useFarSwap.ts), changes nothing here.
 */
function drawnFigures(s: ReactFlowState): number[] {
  const figures: number[] = [];
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute;
    figures.push(x, y, node.measured.width ?? 0, node.measured.height ?? 0, node.selected ? 1 : 0);
  }
  return figures;
}

const sameFigures = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

const frameBox = (f: Frame): Box => ({
  x: f.x,
  y: f.y,
  width: WIDTH / f.scale,
  height: HEIGHT / f.scale,
});

export function OverviewMap() {
  // On the shared screen of a workshop the canvas is framed on the decision at hand; the
  // overview would only cover part of it.
  const workshop = useAppStore((s) => s.workshop !== null);
  return workshop ? null : <Overview />;
}

function Overview() {
  const store = useStoreApi();
  const flow = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const mark = useRef<HTMLDivElement>(null);
  const frame = useRef<Frame | null>(null);

  useEffect(() => {
    let drawn: ReactFlowState['nodes'] | null = null;
    let figures: number[] = [];
    let queued = 0;

    const drawSteps = (s: ReactFlowState, f: Frame) => {
      const element = canvas.current;
      const context = element?.getContext('2d');
      if (!element || !context) return;
      const ratio = window.devicePixelRatio || 1;
      if (element.width !== WIDTH * ratio) {
        element.width = WIDTH * ratio;
        element.height = HEIGHT * ratio;
      }
      const style = getComputedStyle(element);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, WIDTH, HEIGHT);
      const plain = new Path2D();
      const chosen = new Path2D();
      for (const node of s.nodeLookup.values()) {
        const { x, y } = node.internals.positionAbsolute;
        (node.selected ? chosen : plain).rect(
          (x - f.x) * f.scale,
          (y - f.y) * f.scale,
          Math.max((node.measured.width ?? 0) * f.scale, 1),
          Math.max((node.measured.height ?? 0) * f.scale, 1),
        );
      }
      context.fillStyle = style.getPropertyValue('--overview-step');
      context.fill(plain);
      context.fillStyle = style.getPropertyValue('--overview-selected');
      context.fill(chosen);
    };

    const update = () => {
      queued = 0;
      const s = store.getState();
      const view = viewBox(s);
      // A new frame only when the steps change or the view leaves the picture; otherwise
      // only the mark moves.
      let f = frame.current;
      let changed = false;
      if (s.nodes !== drawn) {
        drawn = s.nodes;
        const now = drawnFigures(s);
        changed = !sameFigures(now, figures);
        figures = now;
      }
      if (!f || changed || !contains(frameBox(f), view)) {
        const steps = stepsBox(s);
        f = frameFor(steps ? union(steps, view) : view);
        frame.current = f;
        drawSteps(s, f);
      }
      const element = mark.current;
      if (element) {
        element.style.transform = `translate(${(view.x - f.x) * f.scale}px, ${
          (view.y - f.y) * f.scale
        }px) scale(${view.width * f.scale}, ${view.height * f.scale})`;
      }
    };

    update();
    return store.subscribe((s, previous) => {
      if (
        s.nodes !== previous.nodes ||
        s.transform !== previous.transform ||
        s.width !== previous.width ||
        s.height !== previous.height
      ) {
        queued ||= requestAnimationFrame(update);
      }
    });
  }, [store]);

  // Pressing or dragging in the picture centres the view there; the wheel zooms.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const toMap = (event: PointerEvent | WheelEvent) => {
      const f = frame.current;
      const rect = element.getBoundingClientRect();
      if (!f) return null;
      return {
        x: f.x + (event.clientX - rect.left) / f.scale,
        y: f.y + (event.clientY - rect.top) / f.scale,
      };
    };
    const centre = (event: PointerEvent) => {
      const point = toMap(event);
      if (point) void flow.setCenter(point.x, point.y, { zoom: flow.getZoom() });
    };
    const onDown = (event: PointerEvent) => {
      element.setPointerCapture(event.pointerId);
      centre(event);
    };
    const onMove = (event: PointerEvent) => {
      if (element.hasPointerCapture(event.pointerId)) centre(event);
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const { minZoom, maxZoom, width, height, transform } = store.getState();
      const [tx, ty, zoom] = transform;
      const next = Math.min(maxZoom, Math.max(minZoom, zoom * Math.pow(2, -event.deltaY * 0.002)));
      const centreX = (width / 2 - tx) / zoom;
      const centreY = (height / 2 - ty) / zoom;
      void flow.setCenter(centreX, centreY, { zoom: next });
    };
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('wheel', onWheel);
    };
  }, [flow, store]);

  return (
    <Panel position="bottom-right" className="overview-map nopan nowheel">
      <canvas
        ref={canvas}
        role="img"
        aria-label="Overview of the map"
        style={{ width: WIDTH, height: HEIGHT }}
      />
      <div ref={mark} className="overview-view" aria-hidden="true" />
    </Panel>
  );
}
