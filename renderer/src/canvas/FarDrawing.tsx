import { ViewportPortal, useReactFlow } from '@xyflow/react';
import { memo, useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { StepId } from '../../../shared/model';
import { useAppStore } from '../state/store';
import { READABLE_ZOOM } from './farZoom';
import { Bands } from './LaneBands';
import {
  boxesOf,
  clearPicture,
  drawArrows,
  drawSteps,
  pictureColours,
  pictureFrame,
  stepAt,
} from './farPicture';
import type { StepNode, TransitionEdge } from './flowMapping';

/** How long the map stays the same before the picture is drawn ahead. */
const DRAW_AHEAD_AFTER_MS = 300;
/** Steps or arrows drawn in one go (one task while idle, or one frame when on screen). */
const PER_SLICE = 200;

/** The theme on the page (`data-theme`), followed so the picture is redrawn in its colours. */
function useTheme(): string | undefined {
  const [theme, setTheme] = useState(() => document.documentElement.dataset.theme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(document.documentElement.dataset.theme));
    observer.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

/**
 * A large map zoomed far out, as one picture on an opaque backdrop inside the moving drawing,
 * faded in over the steps and arrows React Flow has (useFarSwap.ts): the compositor slides
 * and scales it with the view, and it is drawn again only when the map, the selection or the
 * theme changes, never in a frame of a move. Clicking a step selects it and zooms in to it;
 * clicking anywhere else zooms in there.
 */
export const FarDrawing = memo(function FarDrawing({
  nodes,
  edges,
  far,
  lanes,
}: {
  nodes: StepNode[];
  edges: TransitionEdge[];
  /** Swimlanes are on: their bands are drawn over the backdrop too. */
  lanes: boolean;
  /** Zoomed far out: the picture is on screen, up to date, and takes clicks. */
  far: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<unknown[]>([]);
  const theme = useTheme();
  const flow = useReactFlow();

  // Drawn ahead, once the map has stayed the same for a moment, in slices while the page is
  // idle (a 1,000-step map took 60 ms to draw in one go: a task that long costs frames), so
  // that zooming out past FAR_ZOOM finds it ready. If it is on screen out of date, the steps
  // at once and the arrows a slice per frame.
  useLayoutEffect(() => {
    const element = canvas.current;
    const inputs = [nodes, edges, theme];
    if (!element) return;
    if (inputs.every((input, i) => input === drawn.current[i])) return;
    const frame = pictureFrame(nodes, window.devicePixelRatio || 1);
    if (!frame) return;
    let colour = (token: string) => token;
    const steps = [
      () => {
        colour = pictureColours(element);
        clearPicture(element, frame);
        Object.assign(element.style, {
          left: `${frame.x}px`,
          top: `${frame.y}px`,
          width: `${frame.width}px`,
          height: `${frame.height}px`,
        });
      },
    ];
    for (let i = 0; i < nodes.length; i += PER_SLICE) {
      const part = nodes.slice(i, i + PER_SLICE);
      steps.push(() => drawSteps(element, frame, part, colour));
    }
    const boxes = boxesOf(nodes);
    const arrows: (() => void)[] = [];
    for (let i = 0; i < edges.length; i += PER_SLICE) {
      const part = edges.slice(i, i + PER_SLICE);
      arrows.push(() => drawArrows(element, frame, boxes, part, colour));
    }
    arrows.push(() => {
      drawn.current = inputs;
    });
    // On screen: the steps at once (never a blank frame), then the arrows a slice per frame.
    if (far) for (const slice of steps) slice();
    const slices = far ? arrows : [...steps, ...arrows];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle = 0;
    let next = 0;
    const work = () => {
      slices.shift()?.();
      if (slices.length === 0) return;
      if (far) next = requestAnimationFrame(work);
      else idle = requestIdleCallback(work, { timeout: 1000 });
    };
    if (far) work();
    else timer = setTimeout(work, DRAW_AHEAD_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
      cancelAnimationFrame(next);
    };
  }, [far, nodes, edges, theme]);

  const onClick = (event: MouseEvent) => {
    // The second click of a double click lands while the view is on its way in.
    if (event.detail > 1) return;
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const step = stepAt(nodes, point);
    let centre = point;
    if (step) {
      useAppStore.getState().setSelection({ steps: [step.id as StepId], transitions: [] });
      const width = step.measured?.width ?? 0;
      const height = step.measured?.height ?? 0;
      centre = { x: step.position.x + width / 2, y: step.position.y + height / 2 };
    }
    void flow.setCenter(centre.x, centre.y, { zoom: READABLE_ZOOM, duration: 300 });
  };

  return (
    <ViewportPortal>
      <div className={`far-backdrop${far ? ' is-live' : ''}`} aria-hidden="true" />
      {lanes && (
        <div className={`far-lanes${far ? ' is-live' : ''}`} aria-hidden="true">
          <Bands />
        </div>
      )}
      <canvas
        ref={canvas}
        className={`far-drawing${far ? ' is-live' : ''}`}
        aria-hidden={!far}
        role="img"
        aria-label={`All ${nodes.length} steps, drawn small. Click a step to select it and zoom in to it.`}
        onClick={far ? onClick : undefined}
      />
    </ViewportPortal>
  );
});
