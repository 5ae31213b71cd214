import { ViewportPortal, useStore, type FitViewOptions, type ReactFlowState } from '@xyflow/react';
import {
  LANE_LABEL_ROOM,
  LANE_NAME_ROOM,
  laneBands,
  type LaneBand,
} from '../../../shared/lanes/lanes';
import type { MapDocument, StepId } from '../../../shared/model';
import type { Rect } from '../../../shared/placement/cards';
import { useAppStore } from '../state/store';
import { STEP_MIN_HEIGHT, STEP_WIDTH } from './flowMapping';

/**
 * Swimlanes: one horizontal band per role that performs steps, behind the steps, spanning
 * the whole map, sized from the steps as drawn (a step made taller by its name stays inside
 * its band). The names stay on screen at the left edge of the canvas in a type that does
 * not shrink with the zoom, so a lane can be told at any zoom and is never cut off.
 */
export function LaneBands({
  names = 'header',
  onShowUnassigned,
}: {
  names?: 'header' | 'in-band';
  /** Takes the person to the steps without a performer (the header's "No performer yet"). */
  onShowUnassigned?: () => void;
}) {
  return (
    <>
      <ViewportPortal>
        <Bands names={names === 'in-band'} />
      </ViewportPortal>
      {names === 'header' && <LaneNames onShowUnassigned={onShowUnassigned} />}
    </>
  );
}

type Sizes = ReadonlyMap<string, { readonly width: number; readonly height: number }>;

/**
 * The steps' drawn sizes, as one value that changes only when a size does (React Flow's
 * store changes in every frame of a pan).
 */
function sizesSelector() {
  let key = '';
  let sizes: Sizes = new Map();
  return (s: ReactFlowState): Sizes => {
    let next = '';
    for (const node of s.nodeLookup.values()) {
      next += `${node.id}:${node.measured.width ?? 0}x${node.measured.height ?? 0};`;
    }
    if (next === key) return sizes;
    key = next;
    const map = new Map<string, { width: number; height: number }>();
    for (const node of s.nodeLookup.values()) {
      map.set(node.id, {
        width: node.measured.width || STEP_WIDTH,
        height: node.measured.height || STEP_MIN_HEIGHT,
      });
    }
    sizes = map;
    return sizes;
  };
}
const selectSizes = sizesSelector();

/** The bands of one version of the map with one set of sizes, worked out once. */
const last: Record<number, { doc: MapDocument; sizes: Sizes; bands: readonly LaneBand[] }> = {};
function bandsOf(doc: MapDocument | null, sizes: Sizes, room: number): readonly LaneBand[] {
  if (!doc) return [];
  const kept = last[room];
  if (kept?.doc === doc && kept.sizes === sizes) return kept.bands;
  const size = (id: StepId) => sizes.get(id) ?? { width: STEP_WIDTH, height: STEP_MIN_HEIGHT };
  const bands = laneBands(doc, size, room);
  last[room] = { doc, sizes, bands };
  return bands;
}

/** The bands, with room on their left for their names when they are drawn in them. */
function useBands(names = false): readonly LaneBand[] {
  const sizes = useStore(selectSizes);
  const doc = useAppStore((s) => s.doc);
  return bandsOf(doc, sizes, names ? LANE_NAME_ROOM : LANE_LABEL_ROOM);
}

/**
 * The bands themselves, in map coordinates: also drawn over the far-out backdrop of a large
 * map (FarDrawing.tsx), which covers the ones behind the steps. With `names` (a picture of
 * the map, which has no header column) each band carries its name in room left for it.
 */
export function Bands({ names = false }: { names?: boolean }) {
  const bands = useBands(names);
  return (
    <>
      {bands.map((band) => (
        <div
          key={band.roleId ?? 'none'}
          className={`lane-band${band.index % 2 ? ' is-odd' : ''}`}
          style={{
            transform: `translate(${band.left}px, ${band.top}px)`,
            width: band.right - band.left,
            height: band.bottom - band.top,
          }}
        >
          {names && <span className="lane-band-name">{band.name}</span>}
        </div>
      ))}
    </>
  );
}

/** Where a picture of the map (PNG, SVG) draws the lane names in their bands (`.lane-band-name`). */
const LANE_NAME = { left: 12, top: 8, width: 170, height: 18 } as const;

/**
 * The lane names' boxes as a picture draws them, in map coordinates: cards keep off them, so
 * the one placement serves the canvas (whose names sit in the header column instead) and
 * the pictures alike. Steps at their unmeasured size: the names sit left of every step.
 */
export function laneLabelBoxes(doc: MapDocument): Rect[] {
  const size = () => ({ width: STEP_WIDTH, height: STEP_MIN_HEIGHT });
  return laneBands(doc, size, LANE_NAME_ROOM).map((band) => ({
    x: band.left + LANE_NAME.left,
    y: band.top + LANE_NAME.top,
    width: LANE_NAME.width,
    height: LANE_NAME.height,
  }));
}

/** The transform, as a string that changes only when the view moves. */
const selectTransform = (s: ReactFlowState) => s.transform.join(',');

/** Width of the lanes' header column, on screen; "fit view" keeps the map clear of it. */
export const LANE_HEADER_WIDTH = 150;

/** What "fit view" leaves around the map: with swimlanes on, the header column too. */
export function fitPadding(lanes: boolean): NonNullable<FitViewOptions['padding']> {
  return lanes ? { top: 0.1, bottom: 0.1, right: 0.05, left: `${LANE_HEADER_WIDTH + 24}px` } : 0.15;
}

/**
 * The lanes' names in a header column at the canvas's left edge, like a spreadsheet's frozen
 * column: each name beside its band wherever the view is, in a type that does not shrink
 * with the zoom, in whole words.
 */
function LaneNames({ onShowUnassigned }: { onShowUnassigned?: (() => void) | undefined }) {
  const bands = useBands();
  const [, y, zoom] = useStore(selectTransform).split(',').map(Number) as [number, number, number];
  return (
    <div
      className="lane-names"
      style={{ width: LANE_HEADER_WIDTH }}
      role="group"
      aria-label="Swimlane names"
    >
      {bands.map((band) => {
        const top = band.top * zoom + y;
        const height = (band.bottom - band.top) * zoom;
        return (
          <div
            key={band.roleId ?? 'none'}
            className={`lane-name${band.index % 2 ? ' is-odd' : ''}`}
            style={{ transform: `translateY(${top}px)`, height }}
          >
            {band.roleId === null && onShowUnassigned ? (
              // The lane that asks for people: its name leads to its steps, first one first.
              <button
                type="button"
                className="is-unassigned lane-name-button"
                title="Show the steps without a performer and name who does the first"
                onClick={onShowUnassigned}
              >
                {band.name}
              </button>
            ) : (
              <span className={band.roleId === null ? 'is-unassigned' : undefined}>
                {band.name}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
