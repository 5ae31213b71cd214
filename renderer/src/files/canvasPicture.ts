/**
 * Pictures of the whole map, framed with React Flow's getNodesBounds + getViewportForBounds
 * and drawn at their natural size (zoom 1) unless that would exceed MAX_SIDE, so labels are
 * as legible as on screen.
 *
 * The drawing is an SVG whose <foreignObject> holds a copy of the flow's DOM together with
 * the app's own style sheets; a PNG is that SVG painted on a canvas at twice the size. That
 * is how html-to-image (React Flow's suggestion) works too, except that it copies every
 * computed style property onto every element: some 400 per element, which took 17 s at 150
 * steps and ran the tab out of memory at 300. Carrying the style sheet once instead keeps a
 * 300-step picture to a few megabytes and about a second.
 */
import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';
import type { FileContent } from './saveFile';
import { PICTURE_CSS } from './pictureCss';
import { bytesToBase64 } from './base64';

/** Room around the steps for arrows that loop past them and chips at the edges. */
const PADDING = 64;
/** Longest side of a picture in CSS pixels; a PNG is twice this at most. */
const MAX_SIDE = 4096;
/** PNGs are drawn at twice the picture's size: sharp on high-density screens and in slides. */
export const PNG_PIXEL_RATIO = 2;
/** The zoom range a picture may need (React Flow clamps any viewport to its zoom range). */
export const PICTURE_ZOOM = { min: 0.01, max: 1 } as const;

export interface PictureFrame {
  /** The picture's size in CSS pixels (a PNG's pixels are PNG_PIXEL_RATIO times this). */
  readonly width: number;
  readonly height: number;
  /** The viewport that shows every step inside that size, with PADDING around them. */
  readonly viewport: Viewport;
}

export interface CanvasPicture {
  readonly content: FileContent;
  readonly width: number;
  readonly height: number;
}

/** The picture's size and viewport for steps covering `bounds` (from getNodesBounds). */
export function pictureFrame(bounds: Rect): PictureFrame {
  const longest = Math.max(bounds.width, bounds.height, 1);
  const scale = Math.min(1, (MAX_SIDE - 2 * PADDING) / longest);
  const width = Math.ceil(bounds.width * scale) + 2 * PADDING;
  const height = Math.ceil(bounds.height * scale) + 2 * PADDING;
  const viewport = getViewportForBounds(
    bounds,
    width,
    height,
    PICTURE_ZOOM.min,
    PICTURE_ZOOM.max,
    `${PADDING}px`,
  );
  return { width, height, viewport };
}

/** The style sheet as SVG text: inside CDATA only its terminator may not appear. */
const pictureStyle = (): string => PICTURE_CSS.replaceAll(']]>', ']]\\>');

/**
 * An SVG document showing `stage` as it is drawn on the page. The style sheets' `:root` rules
 * (the colour tokens, light or dark by `data-theme`) match the SVG's root element, so the
 * copy is styled by the same rules as the original, whose ancestors are only html and body.
 */
export function stageSvg(stage: HTMLElement, width: number, height: number): string {
  const copy = stage.cloneNode(true) as HTMLElement;
  const body = getComputedStyle(document.body);
  // The stage is moved off screen by a transform; the copy goes where it belongs. It takes
  // what it would inherit from <body>, which the picture does not have.
  copy.style.transform = 'none';
  copy.style.fontFamily = body.fontFamily;
  copy.style.fontSize = body.fontSize;
  copy.style.lineHeight = body.lineHeight;
  copy.style.color = body.color;
  copy.removeAttribute('inert');
  const html = new XMLSerializer().serializeToString(copy);
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" data-theme="${theme}">` +
    `<style><![CDATA[\n${pictureStyle()}\n]]></style>` +
    `<foreignObject x="0" y="0" width="${width}" height="${height}">${html}</foreignObject></svg>`
  );
}

/** Paints an SVG document on a canvas at PNG_PIXEL_RATIO and encodes it as PNG. */
async function svgToPng(svg: string, width: number, height: number, background: string) {
  const image = new Image();
  // A data: URL (not a blob: one): a canvas that draws it can still be read back.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_PIXEL_RATIO;
  canvas.height = height * PNG_PIXEL_RATIO;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to draw the picture on.');
  context.scale(PNG_PIXEL_RATIO, PNG_PIXEL_RATIO);
  context.fillStyle = background;
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be encoded as PNG.');
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Draws `stage` (an element exactly `frame` in size holding a framed flow and its arrowhead
 * markers) as a PNG or an SVG.
 */
export async function capturePicture(
  stage: HTMLElement,
  frame: PictureFrame,
  format: 'png' | 'svg',
): Promise<CanvasPicture> {
  const { width, height } = frame;
  const svg = stageSvg(stage, width, height);
  if (format === 'svg') return { content: { text: svg }, width, height };
  const background = getComputedStyle(stage).backgroundColor || '#ffffff';
  const png = await svgToPng(svg, width, height, background);
  return { content: { base64: bytesToBase64(png) }, width, height };
}
