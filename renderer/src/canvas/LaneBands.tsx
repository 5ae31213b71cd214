import { ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { lanesOf } from '../../../shared/lanes/lanes';
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

/**
 * The bands themselves, in map coordinates: also drawn over the far-out backdrop of a large
 * map (FarDrawing.tsx), which covers the ones behind the steps.
 */
export function Bands() {
  const doc = useAppStore((s) => s.doc);
  const bands = useMemo(() => {
    if (!doc || doc.stepOrder.length === 0) return [];
    const steps = Object.values(doc.steps);
    const left = Math.min(...steps.map((s) => s.position.x)) - LABEL_ROOM;
    const right = Math.max(...steps.map((s) => s.position.x)) + STEP_WIDTH + PAD;
    return lanesOf(doc).map((lane, index) => {
      const ys = lane.stepIds.map((id) => doc.steps[id]!.position.y);
      const top = Math.min(...ys) - PAD;
      const bottom = Math.max(...ys) + STEP_MIN_HEIGHT + PAD;
      return { key: lane.roleId ?? 'none', name: lane.name, index, left, right, top, bottom };
    });
  }, [doc]);
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
