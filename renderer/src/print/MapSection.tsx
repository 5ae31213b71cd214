import { useMemo } from 'react';
import type { Analysis } from '../../../shared/analysis';
import type { MapDocument } from '../../../shared/model';
import { buildGeometry, SMALLEST_MAP_FONT, type MapGeometry } from './geometry';
import { Legend } from './Legend';
import { MapDrawing } from './MapDrawing';
import { browserMeasure } from './textWrap';
import { planMap, type Area, type Tile } from './tiling';

/** Room taken on a page by the section heading and by the legend (CSS pixels, print.css). */
const HEADING_HEIGHT = 56;
const LEGEND_HEIGHT = 64;
const TILE_HEADING_HEIGHT = 30;

let measure: ReturnType<typeof browserMeasure> | null = null;

interface Props {
  readonly doc: MapDocument;
  readonly analysis: Analysis;
  /** The printable area of one page. */
  readonly page: Area;
  /** Swimlanes behind the map (as the canvas showed them). */
  readonly lanes?: boolean;
}

/** The map section: one fitted page, or an overview page followed by numbered tiles. */
export function MapSection({ doc, analysis, page, lanes = false }: Props) {
  const geometry = useMemo(
    () => buildGeometry(doc, analysis, (measure ??= browserMeasure()), { lanes }),
    [doc, analysis, lanes],
  );
  const fitArea = { width: page.width, height: page.height - HEADING_HEIGHT - LEGEND_HEIGHT };
  const tileArea = { width: page.width, height: page.height - TILE_HEADING_HEIGHT };
  const plan = planMap(geometry, fitArea, tileArea, SMALLEST_MAP_FONT);

  if (geometry.steps.length === 0) {
    return (
      <section className="print-page">
        <Heading title="The map" note="This map has no steps yet." />
      </section>
    );
  }
  if (plan.mode === 'fit') {
    return (
      <section className="print-page pv-map-page">
        <Heading
          title="The map"
          note="Decision view: every arrow carries its decision, who makes it, and how ready it is."
        />
        <div className="pv-map-frame" style={{ height: fitArea.height }}>
          <MapDrawing
            geometry={geometry}
            window={plan.window}
            scale={plan.scale}
            idPrefix="fit"
            label={`The map ${doc.info.name} in decision view`}
          />
        </div>
        <Legend />
      </section>
    );
  }
  const { tiles } = plan;
  return (
    <>
      <section className="print-page pv-map-page">
        <Heading
          title="The map: overview"
          note={`Too large to read on one page, so it is printed across ${tiles.length} pages at a legible size, left to right and top to bottom. Numbers show which part is on which page.`}
        />
        <div className="pv-map-frame" style={{ height: fitArea.height }}>
          <Overview geometry={geometry} tiles={tiles} area={fitArea} />
        </div>
        <Legend />
      </section>
      {tiles.map((tile) => (
        <section key={tile.number} className="print-page pv-map-page pv-map-tile">
          <div className="pv-tile-heading">
            <h2>
              Map, part {tile.number} of {tiles.length}
            </h2>
            <span className="pv-muted">{neighbours(tile, tiles)}</span>
          </div>
          <MapDrawing
            geometry={geometry}
            window={tile.window}
            scale={plan.scale}
            idPrefix={`tile${tile.number}`}
            label={`Part ${tile.number} of ${tiles.length} of the map ${doc.info.name}`}
          />
        </section>
      ))}
    </>
  );
}

function Heading({ title, note }: { title: string; note: string }) {
  return (
    <header className="pv-section-heading">
      <h2>{title}</h2>
      <p className="pv-muted">{note}</p>
    </header>
  );
}

/** The whole map, small, without chips, with the tile grid numbered on top. */
function Overview({
  geometry,
  tiles,
  area,
}: {
  geometry: MapGeometry;
  tiles: readonly Tile[];
  area: Area;
}) {
  const { bounds } = geometry;
  const scale = Math.min(area.width / bounds.width, area.height / bounds.height);
  // Numbers and lines keep their size on paper whatever the map's scale.
  const unit = 1 / scale;
  return (
    <MapDrawing
      geometry={geometry}
      window={bounds}
      scale={scale}
      idPrefix="overview"
      chips={false}
      label="Overview of the whole map with the numbered parts"
    >
      {tiles.map(({ number, window: w }) => (
        <g key={number}>
          <rect
            x={w.x}
            y={w.y}
            width={w.width}
            height={w.height}
            fill="rgb(54 87 214 / 0.04)"
            stroke="#3657d6"
            strokeWidth={1.2 * unit}
            strokeDasharray={`${6 * unit} ${4 * unit}`}
          />
          <text
            x={w.x + w.width / 2}
            y={w.y + w.height / 2}
            fontSize={26 * unit}
            fontWeight={700}
            textAnchor="middle"
            dominantBaseline="central"
            fill="#3657d6"
            stroke="#ffffff"
            strokeWidth={5 * unit}
            paintOrder="stroke"
          >
            {number}
          </text>
        </g>
      ))}
    </MapDrawing>
  );
}

/** "Continues on part 1 (left), part 3 (right), part 5 (below)". */
function neighbours(tile: Tile, tiles: readonly Tile[]): string {
  const at = (row: number, column: number) =>
    tiles.find((t) => t.row === row && t.column === column)?.number;
  const sides: [number | undefined, string][] = [
    [at(tile.row - 1, tile.column), 'above'],
    [at(tile.row, tile.column - 1), 'left'],
    [at(tile.row, tile.column + 1), 'right'],
    [at(tile.row + 1, tile.column), 'below'],
  ];
  const named = sides.filter(([n]) => n !== undefined).map(([n, side]) => `part ${n} (${side})`);
  return named.length > 0 ? `Continues on ${named.join(', ')}` : '';
}
