import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useReactFlow,
  type EdgeProps,
} from '@xyflow/react';
import { memo } from 'react';
import type { TransitionEdge } from './flowMapping';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { DecisionChip } from './DecisionChip';

/**
 * An arrow. Forward is a plain line; send-back is dashed and marked "Send back"; an
 * escalation is dotted and marked "Escalation" — told apart by line and words, not colour.
 */
export const TransitionEdgeView = memo(function TransitionEdgeView(
  props: EdgeProps<TransitionEdge>,
) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } =
    props;
  const transition = data?.transition;
  const kind = transition?.kind ?? 'forward';
  const [path, labelX, labelY] =
    kind === 'send-back'
      ? reworkPath(sourceX, sourceY, targetX, targetY)
      : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const caption = kind === 'send-back' ? 'Send back' : kind === 'escalation' ? 'Escalation' : null;
  const text = transition?.label ?? '';
  const decisionView = useAppStore((s) => s.view === 'decision');
  const flow = useReactFlow();
  // The chip sits outside the arrow's SVG, so clicking it selects the arrow explicitly.
  const select = () => {
    flow.setNodes((nodes) => nodes.map((n) => (n.selected ? { ...n, selected: false } : n)));
    flow.setEdges((edges) =>
      edges.map((e) =>
        e.selected === (e.id === props.id) ? e : { ...e, selected: e.id === props.id },
      ),
    );
  };
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={`url(#dm-arrow-${kind}${selected ? '-selected' : ''})`}
        className={`transition transition-${kind}${selected ? ' is-selected' : ''}`}
        interactionWidth={18}
      />
      {decisionView ? (
        <EdgeLabelRenderer>
          <div
            className={`transition-label chip-holder nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            onClick={select}
          >
            {caption && (
              <span className={`transition-kind transition-label-${kind}`}>
                <Icon name={kind === 'send-back' ? 'sendBack' : 'warning'} size={12} /> {caption}
              </span>
            )}
            <DecisionChip id={props.id} />
          </div>
        </EdgeLabelRenderer>
      ) : (
        (caption || text) && (
          <EdgeLabelRenderer>
            <div
              className={`transition-label transition-label-${kind}${selected ? ' is-selected' : ''}`}
              style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            >
              {caption && (
                <span className="transition-kind">
                  <Icon name={kind === 'send-back' ? 'sendBack' : 'warning'} size={12} /> {caption}
                </span>
              )}
              {text && <span className="transition-text">{text}</span>}
            </div>
          </EdgeLabelRenderer>
        )
      )}
    </>
  );
});

/** A loop under the steps, deep enough to clear them, for work sent back. */
function reworkPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const depth = 48 + Math.min(Math.abs(tx - sx) * 0.12, 120);
  const bottom = Math.max(sy, ty) + depth;
  const path = `M ${sx},${sy} C ${sx},${bottom} ${tx},${bottom} ${tx},${ty}`;
  // The middle of a cubic Bézier with these control points lies 3/4 of the way down.
  const labelY = (sy + ty) / 8 + (bottom * 3) / 4;
  return [path, (sx + tx) / 2, labelY];
}

/** Arrowheads for each kind of arrow, selected or not; drawn once per canvas. */
export function ArrowMarkers() {
  const kinds = ['forward', 'send-back', 'escalation'] as const;
  return (
    <svg className="arrow-markers" aria-hidden="true">
      <defs>
        {kinds.flatMap((kind) =>
          [false, true].map((selected) => (
            <marker
              key={`${kind}-${selected}`}
              id={`dm-arrow-${kind}${selected ? '-selected' : ''}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path
                d="M0,0 L10,5 L0,10 z"
                className={`marker marker-${kind}${selected ? ' is-selected' : ''}`}
              />
            </marker>
          )),
        )}
      </defs>
    </svg>
  );
}
