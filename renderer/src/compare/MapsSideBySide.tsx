import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Analysis } from '../../../shared/analysis';
import { comparisonMarks, type Comparison, type MapMarks } from '../../../shared/compare';
import type { MapDocument } from '../../../shared/model';
import { buildGeometry, type MapGeometry } from '../print/geometry';
import { MARK_STYLE, MarkedDrawing } from '../print/MarkedDrawing';
import { browserMeasure } from '../print/textWrap';

type Arrangement = 'side' | 'stacked';

/** The drawings are never taller than this on screen (CSS pixels). */
const MAX_HEIGHT = 520;
let measure: ReturnType<typeof browserMeasure> | null = null;

/** The width of an element, kept up to date as the window is resized. */
function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/**
 * The as-is and the to-be map side by side, drawn as the PDF draws a map (decision view,
 * static SVG) at one scale, so sizes compare: what the redesign removed is marked on the
 * as-is map, what it added on the to-be map, and what it changed on both.
 */
export function MapsSideBySide({
  asIs,
  toBe,
  analyses,
  comparison,
}: {
  asIs: MapDocument;
  toBe: MapDocument;
  analyses: { readonly asIs: Analysis; readonly toBe: Analysis };
  comparison: Comparison;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [chosen, setChosen] = useState<Arrangement | null>(null);
  const geometries = useMemo(() => {
    measure ??= browserMeasure();
    return {
      asIs: buildGeometry(asIs, analyses.asIs, measure),
      toBe: buildGeometry(toBe, analyses.toBe, measure),
    };
  }, [asIs, toBe, analyses]);
  const marks = useMemo(() => comparisonMarks(comparison), [comparison]);
  const bounds = [geometries.asIs.bounds, geometries.toBe.bounds];
  const scaleFor = (arrangement: Arrangement) => {
    // Side by side, each drawing takes half the row, less the gap and the paper's padding.
    const column = arrangement === 'side' ? (width - 16) / 2 - 26 : width - 26;
    return Math.min(
      Math.max(column, 120) / Math.max(...bounds.map((b) => b.width)),
      MAX_HEIGHT / Math.max(...bounds.map((b) => b.height)),
      1,
    );
  };
  // A wide map is legible only when the two are stacked: then that is where it starts.
  const arrangement = chosen ?? (scaleFor('stacked') > 1.3 * scaleFor('side') ? 'stacked' : 'side');
  const scale = scaleFor(arrangement);
  return (
    <section className="compare-maps" aria-label="The two maps">
      <div className="compare-maps-head">
        <h2 className="compare-section-title">The two maps</h2>
        <div className="segmented" role="group" aria-label="Arrange the maps">
          {(['side', 'stacked'] as const).map((a) => (
            <button
              key={a}
              type="button"
              aria-pressed={arrangement === a}
              onClick={() => setChosen(a)}
            >
              {a === 'side' ? 'Side by side' : 'One above the other'}
            </button>
          ))}
        </div>
      </div>
      <MarkLegend />
      <div className={`compare-maps-row is-${arrangement}`} ref={ref}>
        {width > 0 && (
          <>
            <MarkedMap
              title={`As-is: ${asIs.info.name}`}
              geometry={geometries.asIs}
              marks={marks.asIs}
              scale={scale}
              idPrefix="compare-as-is"
            />
            <MarkedMap
              title={`To-be: ${toBe.info.name}`}
              geometry={geometries.toBe}
              marks={marks.toBe}
              scale={scale}
              idPrefix="compare-to-be"
            />
          </>
        )}
      </div>
    </section>
  );
}

function MarkLegend() {
  return (
    <ul className="compare-legend" aria-label="Marks">
      {(['removed', 'added', 'changed'] as const).map((mark) => (
        <li key={mark} className={`mark-${mark}`}>
          <svg width="30" height="16" aria-hidden="true">
            <rect
              x="2"
              y="2"
              width="26"
              height="12"
              rx="3"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeDasharray={MARK_STYLE[mark].dash}
            />
          </svg>
          <span className="compare-legend-words">{MARK_STYLE[mark].words}</span>
          <span className="muted">
            {mark === 'removed'
              ? 'on the as-is map: not in the redesign'
              : mark === 'added'
                ? 'on the to-be map: new in the redesign'
                : 'on both: label, kind, performer or decision edited'}
          </span>
        </li>
      ))}
    </ul>
  );
}

function MarkedMap({
  title,
  geometry,
  marks,
  scale,
  idPrefix,
}: {
  title: string;
  geometry: MapGeometry;
  marks: MapMarks;
  scale: number;
  idPrefix: string;
}) {
  const count = marks.steps.size + marks.transitions.size;
  return (
    <figure className="compare-map">
      <figcaption>
        <strong>{title}</strong>
        <span className="muted"> · {count === 0 ? 'nothing marked' : `${count} marked`}</span>
      </figcaption>
      <div className="compare-paper">
        {geometry.steps.length === 0 ? (
          <p className="muted">This map has no steps.</p>
        ) : (
          <MarkedDrawing
            geometry={geometry}
            marks={marks}
            scale={scale}
            idPrefix={idPrefix}
            label={`${title}, with ${count} ${count === 1 ? 'element' : 'elements'} marked`}
          />
        )}
      </div>
    </figure>
  );
}
