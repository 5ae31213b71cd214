/**
 * A step's box on the canvas before the browser has measured it. Its own module, free of
 * React Flow, so the geometry that tests and benchmarks run in Node (card placement, layout
 * measures) does not pull React's types into the Node type-check.
 */

/** Matches `.step` in canvas.css. */
export const STEP_WIDTH = 200;
export const STEP_MIN_HEIGHT = 56;
