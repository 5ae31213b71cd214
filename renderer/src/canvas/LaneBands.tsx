import { ViewportPortal } from '@xyflow/react';
import { lanesOf } from '../../../shared/lanes/lanes';
import type { MapDocument } from '../../../shared/model';
import type { Rect } from '../../../shared/placement/cards';
import { useAppStore } from '../state/store';
import { STEP_MIN_HEIGHT, STEP_WIDTH } from './flowMapping';

const PAD = 28;
const LABEL_ROOM = 200;

/**
 * Swimlanes: one horizontal band per role that performs steps, behind the steps, spanning
 * the whole map. The bands follow where the steps are; auto-layout with lanes on puts each
 * step in its role's band, so arrows that cross bands are the handoffs.
 */
export function LaneBands() {
  return (
    <ViewportPortal>
      <Bands />
    </ViewportPortal>
  );
}

interface Band {
  readonly key: string;
  readonly name: string;
  readonly index: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The bands of each version of the map, worked out once for both places they are drawn. */
const bandsByDoc = new WeakMap<MapDocument, readonly Band[]>();

function bandsOf(doc: MapDocument | null): readonly Band[] {
  if (!doc || doc.stepOrder.length === 0) return [];
  let bands = bandsByDoc.get(doc);
  if (!bands) {
    const steps = Object.values(doc.steps);
    const left = Math.min(...steps.map((s) => s.position.x)) - LABEL_ROOM;
    const right = Math.max(...steps.map((s) => s.position.x)) + STEP_WIDTH + PAD;
    bands = lanesOf(doc).map((lane, index) => {
      const ys = lane.stepIds.map((id) => doc.steps[id]!.position.y);
      const top = Math.min(...ys) - PAD;
      const bottom = Math.max(...ys) + STEP_MIN_HEIGHT + PAD;
      return { key: lane.roleId ?? 'none', name: lane.name, index, left, right, top, bottom };
    });
    bandsByDoc.set(doc, bands);
  }
  return bands;
}

/** Where the lane names are drawn (.lane-name in editor.css): cards keep off them. */
export function laneLabelBoxes(doc: MapDocument): Rect[] {
  return bandsOf(doc).map((band) => ({
    x: band.left + LANE_NAME.left,
    y: band.top + LANE_NAME.top,
    width: LANE_NAME.width,
    height: LANE_NAME.height,
  }));
}

/** The lane name's place in its band and its largest size: one line of 13 px capitals. */
const LANE_NAME = { left: 12, top: 8, width: 170, height: 18 } as const;

/**
 * The bands themselves, in map coordinates: also drawn over the far-out backdrop of a large
 * map (FarDrawing.tsx), which covers the ones behind the steps.
 */
export function Bands() {
  const bands = useAppStore((s) => bandsOf(s.doc));
  return (
    <>
      {bands.map((band) => (
        <div
          key={band.key}
          className={`lane-band${band.index % 2 ? ' is-odd' : ''}`}
          style={{
            transform: `translate(${band.left}px, ${band.top}px)`,
            width: band.right - band.left,
            height: band.bottom - band.top,
          }}
        >
          <span className="lane-name">{band.name}</span>
        </div>
      ))}
    </>
  );
}
