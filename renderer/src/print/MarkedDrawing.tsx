import type { Mark, MapMarks } from '../../../shared/compare';
import { PRINT_FONT_FAMILY, type Box, type MapGeometry } from './geometry';
import { MapDrawing } from './MapDrawing';
import { browserMeasure } from './textWrap';

/**
 * A mark in three signals, so colour is never the only one: a colour, a line pattern, and a
 * tag in words with a sign ("+ ADDED").
 */
export const MARK_STYLE: Record<
  Mark,
  { readonly colour: string; readonly dash: string | undefined; readonly words: string }
> = {
  added: { colour: '#1f7a4d', dash: undefined, words: '+ ADDED' },
  removed: { colour: '#c0362c', dash: '6 4', words: '− REMOVED' },
  changed: { colour: '#3657d6', dash: '2 3', words: '~ CHANGED' },
};

/** The tags' text on the page, whatever the map's scale (CSS pixels). */
const TAG_FONT = 11;

let measure: ReturnType<typeof browserMeasure> | null = null;

/**
 * A map drawn as on paper (`MapDrawing`) with what a redesign changed marked on it: the
 * arrow's line traced in the mark's colour, and an outline with its tag around the step or
 * the decision chip. Compare shows it on screen; the PDF's comparison prints it.
 */
export function MarkedDrawing({
  geometry,
  marks,
  scale,
  idPrefix,
  label,
}: {
  geometry: MapGeometry;
  marks: MapMarks;
  /** CSS pixels per map unit: lines and tags keep their size whatever the map's. */
  scale: number;
  idPrefix: string;
  label: string;
}) {
  return (
    <MapDrawing
      geometry={geometry}
      window={geometry.bounds}
      scale={scale}
      idPrefix={idPrefix}
      label={label}
    >
      {geometry.arrows.map((a) => {
        const mark = marks.transitions.get(a.id);
        return mark ? (
          <path
            key={`line-${a.id}`}
            d={a.path}
            fill="none"
            stroke={MARK_STYLE[mark].colour}
            strokeOpacity={0.55}
            strokeWidth={4 / Math.max(scale, 0.25)}
            strokeDasharray={mark === 'removed' ? '10 6' : undefined}
          />
        ) : null;
      })}
      {geometry.steps.map((s) => {
        const mark = marks.steps.get(s.id);
        return mark ? <MarkBox key={s.id} box={s} mark={mark} scale={scale} /> : null;
      })}
      {geometry.chips.map((c) => {
        const mark = marks.transitions.get(c.id);
        return mark ? <MarkBox key={c.id} box={c} mark={mark} scale={scale} below /> : null;
      })}
    </MapDrawing>
  );
}

/**
 * An outline around a step or a decision chip, with its tag in words on an edge: a step's
 * on its top, a chip's under it, so a step and the chip beside it do not hide each other's.
 */
function MarkBox({
  box,
  mark,
  scale,
  below = false,
}: {
  box: Box;
  mark: Mark;
  scale: number;
  below?: boolean;
}) {
  const style = MARK_STYLE[mark];
  const unit = 1 / scale;
  const pad = 4 * unit;
  const font = `700 ${TAG_FONT}px ${PRINT_FONT_FAMILY}`;
  const textWidth = (measure ??= browserMeasure())(style.words, font) * unit;
  const tagHeight = (TAG_FONT + 6) * unit;
  const tagX = box.x - pad;
  const tagY = below ? box.y + box.height + pad - tagHeight / 2 : box.y - pad - tagHeight / 2;
  return (
    <g>
      <rect
        x={box.x - pad}
        y={box.y - pad}
        width={box.width + 2 * pad}
        height={box.height + 2 * pad}
        rx={8}
        fill="none"
        stroke={style.colour}
        strokeWidth={2.5 * unit}
        strokeDasharray={style.dash
          ?.split(' ')
          .map((n) => Number(n) * unit)
          .join(' ')}
      />
      <rect
        x={tagX}
        y={tagY}
        width={textWidth + 10 * unit}
        height={tagHeight}
        rx={3 * unit}
        fill={style.colour}
      />
      <text
        x={tagX + 5 * unit}
        y={tagY + tagHeight / 2}
        dominantBaseline="central"
        fontSize={TAG_FONT * unit}
        fontWeight={700}
        fill="#ffffff"
      >
        {style.words}
      </text>
    </g>
  );
}
