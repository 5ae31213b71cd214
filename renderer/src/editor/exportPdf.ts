/**
 * The PDF for sign-off, from the Export dialog. The desktop app prints the print view in a
 * hidden window and saves it (`export:pdf`); a browser cannot print without asking, so
 * there the print view opens in a new tab for the person to print with Save as PDF.
 */
import type { MapId } from '../../../shared/model';
import { printRouteHash, type PrintOptions } from '../../../shared/print/options';
import { api, isDesktopApp } from '../api/client';
import { Refusal } from '../files/refusal';

/** Exports or opens the PDF; resolves to what to tell the person (null: the save was cancelled). */
export async function exportPdf(id: MapId, options: PrintOptions): Promise<string | null> {
  if (isDesktopApp) {
    const result = await api['export:pdf']({ id, ...options, sections: [...options.sections] });
    return 'path' in result ? `Saved ${result.path}` : null;
  }
  // Same origin and no "noopener": the new tab inherits this tab's session, token included.
  const tab = window.open(`${window.location.pathname}${printRouteHash(id, options)}`, '_blank');
  if (!tab) {
    throw new Refusal(
      'The browser blocked the new tab. Allow pop-ups for this page, then try again.',
    );
  }
  return 'The print view opened in a new tab: print it there and choose Save as PDF.';
}
