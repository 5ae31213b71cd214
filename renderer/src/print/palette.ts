/**
 * The print palette: the light theme's colours (renderer/src/styles/tokens.css), fixed here
 * because paper is always light, whatever theme the app is showing.
 */
import type { Readiness } from '../../../shared/analysis';
import type { StepKind, TransitionKind } from '../../../shared/model';
import { ARROW_STYLE, dashArray, type ArrowToken } from '../ui/kinds';

export const INK = {
  text: '#18212d',
  muted: '#5b6675',
  border: '#c3cad3',
  hairline: '#dfe3e8',
  paper: '#ffffff',
  wash: '#f4f6f8',
  edge: '#7b8594',
} as const;

export const KIND_COLOUR: Record<StepKind, string> = {
  start: '#1f7a4d',
  task: '#5b6675',
  review: '#2f6fb3',
  approval: '#6d4bc2',
  handoff: '#0e7c86',
  wait: '#a16207',
  external: '#9d3f74',
  end: '#18212d',
};

/** The arrow tokens of the light theme (tokens.css): paper is always light. */
export const PAPER_TOKEN: Record<ArrowToken, string> = {
  '--edge': INK.edge,
  '--sendback': '#c2410c',
  '--escalation': '#b91c1c',
  '--accent': '#3657d6',
};

const byKind = <T>(of: (kind: TransitionKind) => T): Record<TransitionKind, T> => ({
  forward: of('forward'),
  'send-back': of('send-back'),
  escalation: of('escalation'),
});

/** The arrow-style table's colours and patterns (ui/kinds.ts), as paper draws them. */
export const ARROW_COLOUR = byKind((kind) => PAPER_TOKEN[ARROW_STYLE[kind].colour]);
export const ARROW_DASH = byKind(dashArray);
export const ARROW_CAP = byKind((kind) => ARROW_STYLE[kind].cap);

/** Paper draws arrows thinner than the screen: they are read at arm's length, not zoomed. */
export const ARROW_WIDTH: Record<TransitionKind, number> = {
  forward: 1.5,
  'send-back': 1.5,
  escalation: 2.2,
};

export const READINESS_COLOUR: Record<Readiness | 'automatic', string> = {
  ready: '#1f7a4d',
  'at-risk': '#b45309',
  blocked: '#c0362c',
  automatic: '#8a94a3',
};
