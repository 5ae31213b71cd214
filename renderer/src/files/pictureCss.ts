/**
 * The style sheets the canvas is drawn with, as written, for pictures of the map (see
 * canvasPicture.ts). Not read back from the page's CSSOM: Chromium writes a shorthand that
 * uses var() and is partly overridden (`border: 1.5px solid var(--x)` then `border-left`)
 * as longhands with empty values, and the picture would lose those borders.
 */
import flowCss from '@xyflow/react/dist/style.css?inline';
import appCss from '../styles/app.css?inline';
import canvasCss from '../styles/canvas.css?inline';
import cardsCss from '../styles/cards.css?inline';
import editorCss from '../styles/editor.css?inline';
import lanesCss from '../styles/lanes.css?inline';
import tokensCss from '../styles/tokens.css?inline';

/** In the order main.tsx loads them, so later rules win as they do on screen. */
export const PICTURE_CSS = [
  flowCss,
  tokensCss,
  appCss,
  editorCss,
  canvasCss,
  cardsCss,
  lanesCss,
].join('\n');
