/**
 * The print view: the route `#/print/MAP_ID?size=…&orientation=…&sections=…` renders a map as
 * a paper document (static HTML and SVG, no React Flow). Electron prints it in a hidden
 * window, the tests with Chromium's page.pdf(), a person from a browser tab. When everything
 * has rendered it sets `document.body.dataset.printReady = 'true'` ('error' if the map could
 * not be loaded, with the message in `printError`), which is what printers wait for.
 * A to-be map asked for its comparison also loads its as-is map (`derivedFrom`) first.
 */
import { Fragment, useEffect, useMemo, useState } from 'react';
import { analyzeMap, type Analysis } from '../../../shared/analysis';
import { compareMaps, type Comparison } from '../../../shared/compare';
import type { MapDocument, MapId } from '../../../shared/model';
import {
  comparesWithAsIs,
  contentBoxPx,
  orderedSections,
  PAGE_MARGIN_MM,
  type PrintRoute,
} from '../../../shared/print/options';
import { registerRows } from '../../../shared/export/register';
import { api, ApiError, isDesktopApp, messageOf } from '../api/client';
import { mapFile } from '../editor/exportFiles';
import { saveFile } from '../files/saveFile';
import { ComparisonMapsSection } from './ComparisonMapsSection';
import { ComparisonSection } from './ComparisonSection';
import { FindingsSection } from './FindingsSection';
import { PRINT_FONT_FAMILY } from './geometry';
import { MapSection } from './MapSection';
import { ParkingSection } from './ParkingSection';
import { MatrixSection } from './MatrixSection';
import { RegisterSection } from './RegisterSection';
import { SummarySection } from './SummarySection';
import './print.css';
import './printSections.css';

/** The as-is map a to-be map is compared with, and the comparison. */
interface AgainstAsIs {
  readonly asIs: MapDocument;
  readonly comparison: Comparison;
}

type Loaded =
  | { readonly state: 'loading' }
  | {
      readonly state: 'ready';
      readonly doc: MapDocument;
      readonly analysis: Analysis;
      /** Null when the comparison is not asked for, or the map has no as-is map to open. */
      readonly against: AgainstAsIs | null;
    }
  | { readonly state: 'error'; readonly message: string };

/**
 * The map, its analysis and, when asked for and there is one, the comparison with its as-is
 * map. An as-is map that is gone (deleted, or in the trash) leaves the comparison out, as
 * for an as-is map; any other failure to open it fails the document.
 */
async function load(id: MapId, wantsComparison: boolean): Promise<Loaded> {
  const { doc } = await api['map:open']({ id });
  const analysis = analyzeMap(doc);
  let against: AgainstAsIs | null = null;
  if (wantsComparison && comparesWithAsIs(doc.info)) {
    const asIs = await api['map:open']({ id: doc.info.derivedFrom! }).then(
      (opened) => opened.doc,
      (error: unknown) => {
        if (error instanceof ApiError && error.code === 'MAP_NOT_FOUND') return null;
        throw error;
      },
    );
    if (asIs) against = { asIs, comparison: compareMaps(asIs, doc, { toBe: analysis }) };
  }
  return { state: 'ready', doc, analysis, against };
}

export function PrintView({ route }: { route: PrintRoute }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const wantsComparison = route.sections.includes('comparison');

  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('print-mode');
    let live = true;
    load(route.mapId as MapId, wantsComparison).then(
      (ready) => live && setLoaded(ready),
      (error: unknown) => live && setLoaded({ state: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
      root.classList.remove('print-mode');
      delete document.body.dataset.printReady;
    };
  }, [route.mapId, wantsComparison]);

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
  return (
    <PrintDocument
      route={route}
      doc={loaded.doc}
      analysis={loaded.analysis}
      against={loaded.against}
    />
  );
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
  against,
}: {
  route: PrintRoute;
  doc: MapDocument;
  analysis: Analysis;
  against: AgainstAsIs | null;
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
  // Sections with nothing to say are left out rather than printed empty.
  const sections = orderedSections(route.sections).filter(
    (s) =>
      (s !== 'parking' || doc.parkingLot.length > 0) && (s !== 'comparison' || against !== null),
  );
  return (
    <div className={`print-doc pv-orientation-${route.orientation}`}>
      <style>{pageCss}</style>
      <div className="print-toolbar">
        <a href={`#/map/${encodeURIComponent(doc.info.id)}`}>← Back to the map</a>
        <BrowserPrintActions doc={doc} />
      </div>
      {sections.length === 0 && (
        <section className="print-page">
          <p>Nothing to print: the sections asked for have nothing in them for this map.</p>
        </section>
      )}
      {sections.map((section) => {
        switch (section) {
          case 'summary':
            return <SummarySection key={section} doc={doc} analysis={analysis} date={date} />;
          case 'comparison':
            return (
              against && (
                <Fragment key={section}>
                  <ComparisonSection
                    asIs={against.asIs}
                    toBe={doc}
                    comparison={against.comparison}
                    pageHeight={page.height}
                  />
                  <ComparisonMapsSection
                    asIs={against.asIs}
                    toBe={doc}
                    analysis={analysis}
                    comparison={against.comparison}
                    page={page}
                  />
                </Fragment>
              )
            );
          case 'map':
            return (
              <MapSection
                key={section}
                doc={doc}
                analysis={analysis}
                page={page}
                lanes={route.lanes ?? false}
              />
            );
          case 'register':
            return <RegisterSection key={section} rows={rows} />;
          case 'matrix':
            return <MatrixSection key={section} doc={doc} />;
          case 'findings':
            return (
              <FindingsSection
                key={section}
                findings={analysis.findings}
                decisions={analysis.health.decisions}
                votes={doc.votes}
              />
            );
          case 'parking':
            return <ParkingSection key={section} doc={doc} />;
        }
      })}
    </div>
  );
}

/**
 * Print, and in a browser the map file beside it: a PDF a browser prints cannot carry the
 * map file (the desktop app's Export → PDF attaches it), so it cannot be imported again.
 */
function BrowserPrintActions({ doc }: { doc: MapDocument }) {
  return (
    <div className="print-toolbar-actions">
      {!isDesktopApp && (
        <>
          <span className="print-toolbar-note">
            A PDF printed by the browser holds no map. To import it again later, keep the map file.
          </span>
          <button type="button" className="secondary" onClick={() => void saveFile(mapFile(doc))}>
            Download map file (.decisionmap.json)
          </button>
        </>
      )}
      <button type="button" onClick={() => window.print()}>
        Print or save as PDF
      </button>
    </div>
  );
}
