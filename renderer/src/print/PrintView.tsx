/**
 * The print view: the route `#/print/MAP_ID?size=…&orientation=…&sections=…` renders a map as
 * a paper document (static HTML and SVG, no React Flow). Electron prints it in a hidden
 * window, the tests with Chromium's page.pdf(), a person from a browser tab. When everything
 * has rendered it sets `document.body.dataset.printReady = 'true'` ('error' if the map could
 * not be loaded, with the message in `printError`), which is what printers wait for.
 */
import { useEffect, useMemo, useState } from 'react';
import { analyzeMap, type Analysis } from '../../../shared/analysis';
import type { MapDocument, MapId } from '../../../shared/model';
import {
  contentBoxPx,
  orderedSections,
  PAGE_MARGIN_MM,
  type PrintRoute,
} from '../../../shared/print/options';
import { registerRows } from '../../../shared/export/register';
import { api, messageOf } from '../api/client';
import { FindingsSection } from './FindingsSection';
import { PRINT_FONT_FAMILY } from './geometry';
import { MapSection } from './MapSection';
import { ParkingSection } from './ParkingSection';
import { RegisterSection } from './RegisterSection';
import { SummarySection } from './SummarySection';
import './print.css';
import './printSections.css';

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly doc: MapDocument; readonly analysis: Analysis }
  | { readonly state: 'error'; readonly message: string };

export function PrintView({ route }: { route: PrintRoute }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('print-mode');
    let live = true;
    api['map:open']({ id: route.mapId as MapId }).then(
      ({ doc }) => live && setLoaded({ state: 'ready', doc, analysis: analyzeMap(doc) }),
      (error: unknown) => live && setLoaded({ state: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
      root.classList.remove('print-mode');
      delete document.body.dataset.printReady;
    };
  }, [route.mapId]);

  useEffect(() => {
    const body = document.body;
    if (loaded.state === 'loading') return;
    if (loaded.state === 'error') {
      body.dataset.printError = loaded.message;
      body.dataset.printReady = 'error';
      return;
    }
    document.title = loaded.doc.info.name;
    let live = true;
    // The effect runs after React committed the document; once the fonts are in, a task
    // later the layout is settled. (Not requestAnimationFrame: a hidden window — the desktop
    // app prints in one — may never paint a frame.)
    void document.fonts.ready.then(() =>
      setTimeout(() => {
        if (live) body.dataset.printReady = 'true';
      }, 0),
    );
    return () => {
      live = false;
    };
  }, [loaded]);

  if (loaded.state === 'loading') {
    return <p className="print-status">Preparing the document…</p>;
  }
  if (loaded.state === 'error') {
    return (
      <p className="print-status" role="alert">
        {loaded.message}
      </p>
    );
  }
  return <PrintDocument route={route} doc={loaded.doc} analysis={loaded.analysis} />;
}

/**
 * The footer as CSS page-margin boxes, for a person printing from a browser tab: the same
 * words as the printers' footer template (main/pdf/attachment.ts).
 */
function marginBoxes(mapName: string): string {
  // A CSS string: backslashes and quotes escaped, line breaks dropped.
  const name = mapName.replace(/[\r\n]+/g, ' ').replace(/["\\]/g, (c) => `\\${c}`);
  const style = `font-size: 8px; color: #5b6675; font-family: ${PRINT_FONT_FAMILY};`;
  return (
    `@bottom-left { content: "${name}"; ${style} } ` +
    `@bottom-right { content: "Page " counter(page) " of " counter(pages); ${style} } `
  );
}

function PrintDocument({
  route,
  doc,
  analysis,
}: {
  route: PrintRoute;
  doc: MapDocument;
  analysis: Analysis;
}) {
  const page = contentBoxPx(route.size, route.orientation);
  const rows = useMemo(() => registerRows(doc, analysis), [doc, analysis]);
  const [date] = useState(() => new Date());
  const m = PAGE_MARGIN_MM;
  const pageCss =
    `@page { size: ${route.size} ${route.orientation}; ` +
    `margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; ` +
    (route.cssFooter ? marginBoxes(doc.info.name) : '') +
    `}\n:root { --print-page-width: ${page.width}px; --print-page-height: ${page.height}px; }`;
  const sections = orderedSections(route.sections).filter(
    (s) => s !== 'parking' || doc.parkingLot.length > 0,
  );
  return (
    <div className={`print-doc pv-orientation-${route.orientation}`}>
      <style>{pageCss}</style>
      <div className="print-toolbar">
        <a href={`#/map/${encodeURIComponent(doc.info.id)}`}>← Back to the map</a>
        <button type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      {sections.map((section) => {
        switch (section) {
          case 'summary':
            return <SummarySection key={section} doc={doc} analysis={analysis} date={date} />;
          case 'map':
            return <MapSection key={section} doc={doc} analysis={analysis} page={page} />;
          case 'register':
            return <RegisterSection key={section} doc={doc} rows={rows} />;
          case 'findings':
            return <FindingsSection key={section} findings={analysis.findings} />;
          case 'parking':
            return <ParkingSection key={section} doc={doc} />;
        }
      })}
    </div>
  );
}
