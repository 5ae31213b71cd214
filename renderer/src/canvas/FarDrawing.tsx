import { ViewportPortal, useReactFlow } from '@xyflow/react';
import { memo, useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import type { StepId } from '../../../shared/model';
import { useAppStore } from '../state/store';
import { READABLE_ZOOM } from './farZoom';
import { drawArrows, drawSteps, pictureColours, pictureFrame, stepAt } from './farPicture';
import type { StepNode, TransitionEdge } from './flowMapping';

/** How long the map stays the same before the picture is drawn ahead. */
const DRAW_AHEAD_AFTER_MS = 1000;

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
 * A large map zoomed far out, as one picture inside the moving drawing (useFarSwap.ts says
 * when): the compositor slides and scales it with the view, and it is drawn again only when
 * the map, the selection or the theme changes, never in a frame of a move. Clicking a step
 * selects it and zooms in to it; clicking anywhere else zooms in there.
 */
export const FarDrawing = memo(function FarDrawing({
  nodes,
  edges,
  far,
  shown,
}: {
  nodes: StepNode[];
  edges: TransitionEdge[];
  /** Zoomed far out: the picture is up to date and takes clicks. */
  far: boolean;
  /** On screen (far out, or while the steps in view come back after zooming in). */
  shown: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<unknown[]>([]);
  const theme = useTheme();
  const flow = useReactFlow();

  // Drawn ahead, once the map has stayed the same for a moment and the page is idle, so that
  // zooming out past FAR_ZOOM finds it ready; drawn at once if it comes on screen out of date
  // or the map changes while far out (before the frame that shows it: the steps at once, the
  // arrows, the slow part, in the next frame). Not while the steps in view come back after
  // zooming in: each one measured changes the map's nodes.
  const wasShown = useRef(false);
  useLayoutEffect(() => {
    const element = canvas.current;
    const inputs = [nodes, edges, theme];
    const arriving = shown && !wasShown.current;
    wasShown.current = shown;
    const urgent = far || arriving;
    if (!element || (shown && !urgent)) return;
    if (inputs.every((input, i) => input === drawn.current[i])) return;
    const frame = pictureFrame(nodes, window.devicePixelRatio || 1);
    if (!frame) return;
    let colour = (token: string) => token;
    const steps = () => {
      colour = pictureColours(element);
      drawSteps(element, frame, nodes, colour);
      Object.assign(element.style, {
        left: `${frame.x}px`,
        top: `${frame.y}px`,
        width: `${frame.width}px`,
        height: `${frame.height}px`,
      });
    };
    const arrows = () => {
      drawArrows(element, frame, nodes, edges, colour);
      drawn.current = inputs;
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle = 0;
    let next = 0;
    if (urgent) {
      steps();
      next = requestAnimationFrame(arrows);
    } else {
      const later = (work: () => void) => requestIdleCallback(work, { timeout: 1000 });
      timer = setTimeout(() => {
        idle = later(() => {
          steps();
          idle = later(arrows);
        });
      }, DRAW_AHEAD_AFTER_MS);
    }
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
      cancelAnimationFrame(next);
    };
  }, [far, shown, nodes, edges, theme]);

  const onClick = (event: MouseEvent) => {
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const step = stepAt(nodes, point);
    let centre = point;
    if (step) {
      flow.setNodes((all) =>
        all.map((n) => (n.selected === (n.id === step.id) ? n : { ...n, selected: !n.selected })),
      );
      flow.setEdges((all) => all.map((e) => (e.selected ? { ...e, selected: false } : e)));
      useAppStore.getState().setSelection({ steps: [step.id as StepId], transitions: [] });
      const width = step.measured?.width ?? 0;
      const height = step.measured?.height ?? 0;
      centre = { x: step.position.x + width / 2, y: step.position.y + height / 2 };
    }
    void flow.setCenter(centre.x, centre.y, { zoom: READABLE_ZOOM, duration: 300 });
  };

  return (
    <ViewportPortal>
      <canvas
        ref={canvas}
        className={`far-drawing${far ? ' is-live' : ''}`}
        hidden={!shown}
        role="img"
        aria-label={`All ${nodes.length} steps, drawn small. Click a step to select it and zoom in to it.`}
        onClick={far ? onClick : undefined}
      />
    </ViewportPortal>
  );
});
