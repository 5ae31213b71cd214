import { useMemo } from 'react';
import { analyzeMap, type Analysis } from '../../../shared/analysis';
import { comparisonMarks, type Comparison, type MapMarks } from '../../../shared/compare';
import type { MapDocument } from '../../../shared/model';
import { buildGeometry, type MapGeometry } from './geometry';
import { MARK_STYLE, MarkedDrawing } from './MarkedDrawing';
import { browserMeasure } from './textWrap';
import type { Area } from './tiling';

/** Room on the page taken by the heading, the legend and the two captions (CSS pixels). */
const HEADING_HEIGHT = 56;
const LEGEND_HEIGHT = 26;
const CAPTION_HEIGHT = 24;

let measure: ReturnType<typeof browserMeasure> | null = null;

/**
 * The comparison's second page: the as-is map above the to-be map, at one scale, with what
 * the redesign removed, added and changed marked — the table's counts, where they happened.
 * An overview: the map pages that follow print the to-be map at a readable size.
 */
export function ComparisonMapsSection({
  asIs,
  toBe,
  analysis,
  comparison,
  page,
}: {
  asIs: MapDocument;
  toBe: MapDocument;
  /** The to-be map's analysis (the as-is map's is made here, for its chips). */
  analysis: Analysis;
  comparison: Comparison;
  page: Area;
}) {
  const geometries = useMemo(() => {
    measure ??= browserMeasure();
    return {
      asIs: buildGeometry(asIs, analyzeMap(asIs), measure),
      toBe: buildGeometry(toBe, analysis, measure),
    };
  }, [asIs, toBe, analysis]);
  const marks = useMemo(() => comparisonMarks(comparison), [comparison]);
  const bounds = [geometries.asIs.bounds, geometries.toBe.bounds];
  const height = (page.height - HEADING_HEIGHT - LEGEND_HEIGHT) / 2 - CAPTION_HEIGHT;
  const scale = Math.min(
    page.width / Math.max(...bounds.map((b) => b.width)),
    height / Math.max(...bounds.map((b) => b.height)),
    1,
  );
  return (
    <section className="print-page pv-compare-maps-page">
      <header className="pv-section-heading">
        <h2>The redesign on the map</h2>
        <p className="pv-muted">
          The as-is map above the to-be map, at one scale: what the redesign removed, added and
          changed is marked.
        </p>
      </header>
      <ul className="pv-compare-legend">
        {(['removed', 'added', 'changed'] as const).map((mark) => (
          <li key={mark} style={{ color: MARK_STYLE[mark].colour }}>
            <b>{MARK_STYLE[mark].words}</b>{' '}
            <span className="pv-muted">
              {mark === 'removed'
                ? 'on the as-is map'
                : mark === 'added'
                  ? 'on the to-be map'
                  : 'on both: label, kind, performer or decision'}
            </span>
          </li>
        ))}
      </ul>
      <Drawing
        title={`As-is: ${asIs.info.name}`}
        geometry={geometries.asIs}
        marks={marks.asIs}
        scale={scale}
        height={height}
        idPrefix="compare-as-is"
      />
      <Drawing
        title={`To-be: ${toBe.info.name}`}
        geometry={geometries.toBe}
        marks={marks.toBe}
        scale={scale}
        height={height}
        idPrefix="compare-to-be"
      />
    </section>
  );
}

function Drawing({
  title,
  geometry,
  marks,
  scale,
  height,
  idPrefix,
}: {
  title: string;
  geometry: MapGeometry;
  marks: MapMarks;
  scale: number;
  height: number;
  idPrefix: string;
}) {
  const count = marks.steps.size + marks.transitions.size;
  return (
    <figure className="pv-compare-map">
      <figcaption>
        <b>{title}</b>
        <span className="pv-muted"> · {count === 0 ? 'nothing marked' : `${count} marked`}</span>
      </figcaption>
      <div className="pv-map-frame" style={{ height }}>
        {geometry.steps.length === 0 ? (
          <p className="pv-muted">This map has no steps.</p>
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
