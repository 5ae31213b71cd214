import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, useContext, type CSSProperties } from 'react';
import type { TransitionId, TransitionKind } from '../../../shared/model';
import type { TransitionEdge } from './flowMapping';
import { useAppStore } from '../state/store';
import { Icon } from '../ui/Icon';
import { ARROW_STYLE, CHOSEN_ARROW, dashArray, markerId } from '../ui/kinds';
import { arrowPath } from './arrowPath';
import { cardOffsetsOf } from './cardPlacement';
import { DecisionChip } from './DecisionChip';
import { FarOutMode } from './farZoom';
import { useLabelInArea, useLabelTurn } from './labelTurns';
import { countRender } from './renderCounts';

/**
 * The line of each kind of arrow, selected or not, from the one arrow-style table. The colour
 * goes through a custom property (canvas.css), so the selected and focused looks still win.
 */
const LINE_STYLES = new Map<string, CSSProperties>();
function lineStyle(kind: TransitionKind, selected: boolean): CSSProperties {
  const key = `${kind}-${selected}`;
  let style = LINE_STYLES.get(key);
  if (!style) {
    const look = ARROW_STYLE[kind];
    style = {
      '--arrow-colour': `var(${look.colour})`,
      strokeWidth: selected ? CHOSEN_ARROW.width : look.width,
      strokeDasharray: dashArray(kind),
      strokeLinecap: look.cap,
    } as CSSProperties;
    LINE_STYLES.set(key, style);
  }
  return style;
}

/**
 * An arrow. Forward is a plain line; send-back is dashed and marked "Send back"; an
 * escalation is dotted and marked "Escalation" — told apart by line and words, not colour.
 */
export const TransitionEdgeView = memo(function TransitionEdgeView(
  props: EdgeProps<TransitionEdge>,
) {
  const { sourceX, sourceY, targetX, targetY, data, selected } = props;
  const kind = data?.kind ?? 'forward';
  countRender(`arrow:${props.id}`);
  // Which sides of its steps it joins (flowMapping.ts chose the handles by arrowSides).
  const sides = sidesOf(props.sourceHandleId, props.targetHandleId);
  const [path, labelX, labelY] = arrowPath(kind, sourceX, sourceY, targetX, targetY, sides);
  const caption = ARROW_STYLE[kind].caption;
  const text = data?.label ?? '';
  const decisionView = useAppStore((s) => s.view === 'decision');
  // In the decision view each card goes where it covers no step, lane name or other card.
  const offset = useAppStore((s) =>
    s.view === 'decision' && s.doc ? cardOffsetsOf(s.doc, s.lanes).get(props.id) : undefined,
  );
  const cardX = labelX + (offset?.dx ?? 0);
  const cardY = labelY + (offset?.dy ?? 0);
  // Zoomed out, the chips shrink to badges (a class on the canvas, farZoom.ts's Detail).
  const farOut = useContext(FarOutMode);
  const inArea = useLabelInArea(cardX, cardY, farOut !== 'none');
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={`url(#${markerId(kind, !!selected)})`}
        className={`transition transition-${kind}${selected ? ' is-selected' : ''}`}
        style={lineStyle(kind, !!selected)}
        interactionWidth={18}
      />
      {offset?.leader && inArea && (
        <path
          className={`card-leader${selected ? ' is-selected' : ''}`}
          d={`M${labelX},${labelY} L${cardX},${cardY}`}
        />
      )}
      {inArea && (decisionView || caption || text) && (
        <ArrowLabel
          id={props.id}
          kind={kind}
          caption={caption}
          text={decisionView ? null : text}
          x={cardX}
          y={cardY}
          selected={!!selected}
          queued={farOut !== 'none'}
        />
      )}
    </>
  );
});

/** The arrow's sides (arrowPath.ts's ArrowSides) from the handles it was given. */
function sidesOf(source: string | null | undefined, target: string | null | undefined) {
  if (source === 'left-out') return 'back';
  return target === 'top-in' || target === 'side-in' ? 'down' : 'across';
}

/**
 * What an arrow says at its middle: in the decision view its chip, otherwise its caption and
 * text. On the live canvas it waits its turn to appear (labelTurns.ts).
 */
const ArrowLabel = memo(function ArrowLabel({
  id,
  kind,
  caption,
  text,
  x,
  y,
  selected,
  queued,
}: {
  id: string;
  kind: TransitionKind;
  caption: string | null;
  /** Null in the decision view, where the chip shows instead. */
  text: string | null;
  x: number;
  y: number;
  selected: boolean;
  queued: boolean;
}) {
  const shown = useLabelTurn(queued);
  if (!shown) return null;
  const style = { transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` };
  const icon = ARROW_STYLE[kind].icon;
  const captionIcon = icon && <Icon name={icon} size={12} />;
  if (text === null) {
    // The chip sits outside the arrow's SVG, so clicking it selects the arrow explicitly.
    const select = () =>
      useAppStore.getState().setSelection({ steps: [], transitions: [id as TransitionId] });
    return (
      <EdgeLabelRenderer>
        <div
          className={`transition-label chip-holder nopan${selected ? ' is-selected' : ''}`}
          style={style}
          onClick={select}
          data-arrow={id}
        >
          {caption && (
            <span className={`transition-kind transition-label-${kind}`}>
              {captionIcon} {caption}
            </span>
          )}
          <DecisionChip id={id} />
        </div>
      </EdgeLabelRenderer>
    );
  }
  return (
    <EdgeLabelRenderer>
      <div
        className={`transition-label transition-label-${kind}${selected ? ' is-selected' : ''}`}
        style={style}
      >
        {caption && (
          <span className="transition-kind">
            {captionIcon} {caption}
          </span>
        )}
        {text && <span className="transition-text">{text}</span>}
      </div>
    </EdgeLabelRenderer>
  );
});

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
              id={markerId(kind, selected)}
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
                style={{
                  fill: `var(${selected ? CHOSEN_ARROW.colour : ARROW_STYLE[kind].colour})`,
                }}
              />
            </marker>
          )),
        )}
      </defs>
    </svg>
  );
}
