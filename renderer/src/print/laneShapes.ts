/**
 * Swimlanes on paper: the same bands as the canvas (shared/lanes), sized from the steps as
 * the print view draws them, each with its name in the room left of the first steps, where
 * the PNG and SVG pictures put it too (LaneBands.tsx, `.lane-band-name`). Pure, like the rest
 * of the print geometry: the measuring function is passed in.
 */
import { LANE_NAME_ROOM, laneBands } from '../../../shared/lanes/lanes';
import type { MapDocument } from '../../../shared/model';
import type { Box } from './boxes';
import { fitLine, type Measure } from './textWrap';

/** Where a lane's name sits in its band: the pictures' place for it (LaneBands.tsx). */
const NAME = { left: 12, top: 8, width: 170, height: 18 } as const;
export const LANE_NAME_FONT_SIZE = 12;

export interface LaneShape extends Box {
  readonly id: string;
  /** The name as drawn: cut with an ellipsis where it would not fit its room. */
  readonly name: string;
  /** The lane of steps without a performer ("No performer yet"), drawn muted. */
  readonly unassigned: boolean;
  /** Every other band is shaded, so neighbouring lanes can be told apart. */
  readonly odd: boolean;
  /** The box the name is drawn in: decision cards keep off it. */
  readonly label: Box;
}

/** The lanes' bands around steps of the given boxes, with their names fitted to their room. */
export function laneShapes(
  doc: MapDocument,
  stepBox: (id: string) => Box | undefined,
  font: string,
  measure: Measure,
): LaneShape[] {
  const size = (id: string) => stepBox(id) ?? { width: 200, height: 56 };
  return laneBands(doc, size, LANE_NAME_ROOM).map((band) => ({
    id: band.roleId ?? 'no-performer',
    name: fitLine(band.name, NAME.width, font, measure),
    unassigned: band.roleId === null,
    odd: band.index % 2 === 1,
    x: band.left,
    y: band.top,
    width: band.right - band.left,
    height: band.bottom - band.top,
    label: {
      x: band.left + NAME.left,
      y: band.top + NAME.top,
      width: NAME.width,
      height: NAME.height,
    },
  }));
}
