import { memo } from 'react';
import { TRANSITION_KINDS } from '../../../shared/model';
import { Icon } from '../ui/Icon';
import { STEP_KIND_ICONS } from '../ui/kinds';
import { ChipGlyph } from './ChipGlyph';
import { LANE_NAME_FONT_SIZE, type LaneShape } from './laneShapes';
import {
  CAPTION_TRACKING,
  LABEL_LINE,
  MAP_FONT,
  PRINT_FONT_FAMILY,
  STEP_TEXT_X,
  intersects,
  type Box,
  type MapGeometry,
  type StepShape,
} from './geometry';
import { ARROW_CAP, ARROW_COLOUR, ARROW_DASH, ARROW_WIDTH, INK, KIND_COLOUR } from './palette';

interface Props {
  readonly geometry: MapGeometry;
  /** The part of the map to draw, in map units; what lies outside is left out. */
  readonly window: Box;
  /** CSS pixels per map unit on paper. */
  readonly scale: number;
  /** Unique per drawing: arrowhead markers are looked up by id across the whole document. */
  readonly idPrefix: string;
  /** Chips left out (the overview, where they could not be read anyway). */
  readonly chips?: boolean;
  readonly label: string;
  readonly children?: React.ReactNode;
}

/**
 * The map in decision view as static vector SVG for paper: steps with their kind as shape,
 * icon and caption; arrows solid, dashed (send back) or dotted (escalation), each with its
 * decision chip. Text is real SVG text, so it stays selectable and searchable in the PDF.
 */
export const MapDrawing = memo(function MapDrawing(props: Props) {
  const { geometry, window: view, scale, idPrefix, chips = true } = props;
  const arrows = geometry.arrows.filter((a) => intersects(a.bounds, view));
  const steps = geometry.steps.filter((s) => intersects(s, view));
  const lanes = geometry.lanes.filter((lane) => intersects(lane, view));
  const shown = chips
    ? geometry.chips.filter((c) => intersects(c, view) || (c.tag && intersects(c.tag, view)))
    : [];
  return (
    <svg
      className="print-map"
      role="img"
      aria-label={props.label}
      width={view.width * scale}
      height={view.height * scale}
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      fontFamily={PRINT_FONT_FAMILY}
    >
      <defs>
        {TRANSITION_KINDS.map((kind) => (
          <marker
            key={kind}
            id={`${idPrefix}-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={ARROW_COLOUR[kind]} />
          </marker>
        ))}
      </defs>
      {lanes.map((lane) => (
        <LaneGlyph key={lane.id} lane={lane} />
      ))}
      {arrows.map((a) => (
        <path
          key={a.id}
          d={a.path}
          fill="none"
          stroke={ARROW_COLOUR[a.kind]}
          strokeWidth={ARROW_WIDTH[a.kind]}
          strokeDasharray={ARROW_DASH[a.kind]}
          strokeLinecap={ARROW_CAP[a.kind]}
          markerEnd={`url(#${idPrefix}-${a.kind})`}
        />
      ))}
      {chips &&
        arrows.map(
          (a) =>
            a.leader && (
              <path
                key={`${a.id}-leader`}
                d={a.leader}
                fill="none"
                stroke={ARROW_COLOUR[a.kind]}
                strokeWidth={1}
                strokeDasharray="2 3"
              />
            ),
        )}
      {steps.map((s) => (
        <StepGlyph key={s.id} step={s} />
      ))}
      {shown.map((c) => (
        <ChipGlyph key={c.id} chip={c} />
      ))}
      {props.children}
    </svg>
  );
});

/** A swimlane: a band between dashed rules (every other one shaded), its name at its left. */
function LaneGlyph({ lane }: { lane: LaneShape }) {
  return (
    <g>
      <rect
        x={lane.x}
        y={lane.y}
        width={lane.width}
        height={lane.height}
        fill={lane.odd ? INK.wash : INK.paper}
      />
      <path
        d={`M ${lane.x},${lane.y} h ${lane.width} M ${lane.x},${lane.y + lane.height} h ${lane.width}`}
        stroke={INK.border}
        strokeWidth={1}
        strokeDasharray="4 3"
      />
      <text
        x={lane.label.x}
        y={lane.label.y + LANE_NAME_FONT_SIZE + 1}
        fontSize={LANE_NAME_FONT_SIZE}
        fontWeight={700}
        fontStyle={lane.unassigned ? 'italic' : undefined}
        fill={INK.muted}
      >
        {lane.name}
      </text>
    </g>
  );
}

function StepGlyph({ step: s }: { step: StepShape }) {
  const colour = KIND_COLOUR[s.kind];
  const round = s.kind === 'start' || s.kind === 'end';
  const double = s.kind === 'end' || s.kind === 'external';
  const radius = round ? s.height / 2 : 8;
  const textTop = s.y + (s.height - (13 + 3 + s.lines.length * LABEL_LINE)) / 2;
  return (
    <g>
      <rect
        x={s.x}
        y={s.y}
        width={s.width}
        height={s.height}
        rx={radius}
        fill={INK.paper}
        stroke={round || double ? colour : INK.border}
        strokeWidth={double ? 1 : 1.2}
        strokeDasharray={s.kind === 'wait' ? '5 4' : undefined}
      />
      {double && (
        <rect
          x={s.x + 3}
          y={s.y + 3}
          width={s.width - 6}
          height={s.height - 6}
          rx={Math.max(radius - 3, 2)}
          fill="none"
          stroke={colour}
          strokeWidth={1}
        />
      )}
      {!round && !double && (
        <rect
          x={s.x}
          y={s.y}
          width={s.kind === 'approval' ? 8 : 4}
          height={s.height}
          rx={2}
          fill={colour}
        />
      )}
      <circle cx={s.x + 26} cy={s.y + s.height / 2} r={14} fill={`${colour}1f`} />
      <g transform={`translate(${s.x + 18} ${s.y + s.height / 2 - 8})`} color={colour}>
        <Icon name={STEP_KIND_ICONS[s.kind]} size={16} />
      </g>
      <text
        x={s.x + STEP_TEXT_X}
        y={textTop + 11}
        fontSize={MAP_FONT.caption}
        fontWeight={700}
        letterSpacing={CAPTION_TRACKING}
        fill={colour}
      >
        {s.caption}
      </text>
      {s.lines.map((line, i) => (
        <text
          key={i}
          x={s.x + STEP_TEXT_X}
          y={textTop + 13 + 3 + (i + 1) * LABEL_LINE - 4}
          fontSize={MAP_FONT.label}
          fontWeight={s.untitled ? 400 : 700}
          fontStyle={s.untitled ? 'italic' : undefined}
          fill={s.untitled ? INK.muted : INK.text}
        >
          {line}
        </text>
      ))}
    </g>
  );
}
