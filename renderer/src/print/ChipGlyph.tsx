import { READINESS } from '../analysis/readinessText';
import { Icon } from '../ui/Icon';
import { ARROW_STYLE } from '../ui/kinds';
import type { Box } from './boxes';
import {
  CAPTION_TRACKING,
  CHIP_PAD,
  MAP_FONT,
  QUESTION_LINE,
  tagWords,
  type ChipShape,
} from './geometry';
import { ARROW_COLOUR, INK, READINESS_COLOUR } from './palette';

/**
 * An arrow's decision chip on paper, as the canvas draws it in decision view: readiness in
 * words and an icon (not colour alone), how many of the five questions are answered, the
 * question, and the decider; above it, for rework and escalation, the arrow's kind in words.
 */
export function ChipGlyph({ chip: c }: { chip: ChipShape }) {
  const tone = READINESS_COLOUR[c.readiness];
  const state = READINESS[c.readiness];
  const left = c.x + CHIP_PAD;
  const headY = c.y + 3 + 6 + 11;
  const questionTop = c.y + 3 + 6 + 14 + 4;
  const deciderY = questionTop + c.questionLines.length * QUESTION_LINE + 12;
  return (
    <g>
      {c.tag && <KindTag chip={c} tag={c.tag} />}
      <rect
        x={c.x}
        y={c.y}
        width={c.width}
        height={c.height}
        rx={5}
        fill={INK.paper}
        stroke={INK.hairline}
      />
      <path
        d={`M ${c.x + 0.5},${c.y + 4} a 4 4 0 0 1 4,-4 h ${c.width - 9} a 4 4 0 0 1 4,4`}
        fill="none"
        stroke={tone}
        strokeWidth={3}
      />
      <g transform={`translate(${left} ${headY - 10})`} color={tone}>
        <Icon name={state.icon} size={12} />
      </g>
      <text
        x={left + 16}
        y={headY}
        fontSize={MAP_FONT.head}
        fontWeight={700}
        letterSpacing={CAPTION_TRACKING}
        fill={tone}
      >
        {state.label.toUpperCase()}
      </text>
      {c.score && (
        <text
          x={c.x + c.width - CHIP_PAD}
          y={headY}
          fontSize={MAP_FONT.head}
          textAnchor="end"
          fill={INK.muted}
        >
          {c.score}
        </text>
      )}
      {c.questionLines.map((line, i) => (
        <text
          key={i}
          x={left}
          y={questionTop + (i + 1) * QUESTION_LINE - 4}
          fontSize={MAP_FONT.question}
          fontStyle={c.questionMissing ? 'italic' : undefined}
          fontWeight={c.questionMissing ? 400 : 600}
          fill={c.questionMissing ? INK.muted : INK.text}
        >
          {line}
        </text>
      ))}
      {c.decider !== null && (
        <>
          <g transform={`translate(${left} ${deciderY - 10})`} color={INK.muted}>
            <Icon name="person" size={12} />
          </g>
          <text
            x={left + 16}
            y={deciderY}
            fontSize={MAP_FONT.decider}
            fontWeight={c.deciderMissing ? 400 : 600}
            fontStyle={c.deciderMissing ? 'italic' : undefined}
            fill={c.deciderMissing ? READINESS_COLOUR.blocked : INK.muted}
          >
            {c.decider}
          </text>
        </>
      )}
    </g>
  );
}

function KindTag({ chip, tag }: { chip: ChipShape; tag: Box }) {
  const colour = ARROW_COLOUR[chip.kind];
  const words = tagWords(chip.kind);
  const icon = ARROW_STYLE[chip.kind].icon;
  return (
    <g>
      <rect
        x={tag.x}
        y={tag.y}
        width={tag.width}
        height={tag.height}
        rx={4}
        fill={INK.paper}
        stroke={colour}
        strokeWidth={0.8}
      />
      <g transform={`translate(${tag.x + 6} ${tag.y + 3})`} color={colour}>
        {icon && <Icon name={icon} size={12} />}
      </g>
      <text
        x={tag.x + 22}
        y={tag.y + 13}
        fontSize={MAP_FONT.caption}
        fontWeight={700}
        letterSpacing={CAPTION_TRACKING}
        fill={colour}
      >
        {words}
      </text>
    </g>
  );
}
