/**
 * How each kind of step and arrow looks, wherever the map is drawn: the canvas, the far
 * picture (a bitmap when zoomed out), the PNG and SVG pictures, the PDF's drawing and its
 * legend. One table each, so a kind never looks one way on screen and another on paper.
 */
import type { StepKind, TransitionKind } from '../../../shared/model';
import type { IconName } from './Icon';

/** The icon of each step kind, beside its caption (never colour alone). */
export const STEP_KIND_ICONS: Readonly<Record<StepKind, IconName>> = {
  start: 'play',
  task: 'task',
  review: 'eye',
  approval: 'check',
  handoff: 'handoff',
  wait: 'hourglass',
  external: 'building',
  end: 'stop',
};

/** The theme tokens (tokens.css) arrows are coloured with. */
export type ArrowToken = '--edge' | '--sendback' | '--escalation' | '--accent';

export interface ArrowStyle {
  /** The colour, as a theme token: screens read it from the theme, paper from its palette. */
  readonly colour: ArrowToken;
  /** The line's pattern in map units (empty: solid), so the kind shows in the line itself. */
  readonly dash: readonly number[];
  /** Line width on screen, in map units (paper draws thinner: print/palette.ts). */
  readonly width: number;
  readonly cap: 'butt' | 'round';
  /** The word on the arrow ("Send back"); none on a forward arrow. */
  readonly caption: string | null;
  /** The icon beside the caption. */
  readonly icon: IconName | null;
}

export const ARROW_STYLE: Readonly<Record<TransitionKind, ArrowStyle>> = {
  forward: { colour: '--edge', dash: [], width: 1.75, cap: 'butt', caption: null, icon: null },
  'send-back': {
    colour: '--sendback',
    dash: [7, 5],
    width: 1.75,
    cap: 'butt',
    caption: 'Send back',
    icon: 'sendBack',
  },
  escalation: {
    colour: '--escalation',
    dash: [2, 4],
    width: 2.5,
    cap: 'round',
    caption: 'Escalation',
    icon: 'warning',
  },
};

/** The selected arrow on screen: the accent colour, a little heavier, its kind's pattern kept. */
export const CHOSEN_ARROW = { colour: '--accent', width: 2.75 } as const;

/** The pattern as SVG writes it ("7 5"); undefined for a solid line. */
export function dashArray(kind: TransitionKind): string | undefined {
  const { dash } = ARROW_STYLE[kind];
  return dash.length > 0 ? dash.join(' ') : undefined;
}

/** The id of the canvas's arrowhead for a kind of arrow (drawn once by ArrowMarkers). */
export function markerId(kind: TransitionKind, selected: boolean): string {
  return `dm-arrow-${kind}${selected ? '-selected' : ''}`;
}
