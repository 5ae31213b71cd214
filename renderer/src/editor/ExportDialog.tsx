import { useCallback, useState } from 'react';
import type { MapDocument } from '../../../shared/model';
import {
  comparesWithAsIs,
  DEFAULT_PRINT_OPTIONS,
  type PrintOptions,
} from '../../../shared/print/options';
import { isDesktopApp } from '../api/client';
import type { CanvasPicture } from '../files/canvasPicture';
import { JobStatus } from '../files/JobStatus';
import { PictureStage } from '../files/PictureStage';
import { saveFile, type FileToSave, type SaveOutcome } from '../files/saveFile';
import { useFileJob } from '../files/useFileJob';
import { useAppStore } from '../state/store';
import { Dialog } from '../ui/Dialog';
import { Icon, type IconName } from '../ui/Icon';
import { bpmnFile, dmnFile, mapFile, matrixFile, pictureFile, registerFile } from './exportFiles';
import { PdfOptions } from './PdfOptions';

/** What a finished save says: where the file is, or that the browser downloaded it. */
function savedMessage(outcome: SaveOutcome, name: string): string | null {
  if (!outcome.saved) return null;
  return outcome.path ? `Saved ${outcome.path}` : `Downloaded ${name}`;
}

interface Picturing {
  readonly format: 'png' | 'svg';
  readonly done: (result: CanvasPicture | Error) => void;
}

interface Choice {
  readonly id: string;
  readonly icon: IconName;
  readonly title: string;
  readonly detail: string;
  readonly action: string;
  /** What the status line says while it is made: "Drawing the canvas as PNG…". */
  readonly working: string;
  readonly needsSteps: boolean;
  readonly make: () => FileToSave | Promise<FileToSave>;
}

/**
 * Everything a map can leave the app as: its portable file, the decision register as a
 * spreadsheet, the decisions as DMN, pictures of the canvas, and the PDF people sign off.
 */
export function ExportDialog({
  doc,
  onClose,
  exportPdf,
}: {
  doc: MapDocument;
  onClose: () => void;
  /**
   * Makes the PDF (see `exportPdf.ts`); resolves to what to tell the person, or null when
   * the save was cancelled. Without it the PDF part says it is not available.
   */
  exportPdf?: (options: PrintOptions) => Promise<string | null>;
}) {
  const { job, run, busy } = useFileJob();
  const [picturing, setPicturing] = useState<Picturing | null>(null);
  const [pdf, setPdf] = useState<PrintOptions>(DEFAULT_PRINT_OPTIONS);
  const hasSteps = doc.stepOrder.length > 0;
  const verb = isDesktopApp ? 'Save' : 'Download';

  // A picture is drawn by an off-screen copy of the canvas, mounted only while it draws.
  const picture = (format: 'png' | 'svg') => () =>
    new Promise<FileToSave>((resolve, reject) =>
      setPicturing({
        format,
        done: (result) => {
          setPicturing(null);
          if (result instanceof Error) reject(result);
          else resolve(pictureFile(doc, result, format));
        },
      }),
    );
  const onPictureDone = useCallback(
    (result: CanvasPicture | Error) => picturing?.done(result),
    [picturing],
  );
  const choices: Choice[] = [
    {
      id: 'map',
      icon: 'map',
      title: 'Portable map file',
      detail: '.decisionmap.json — the whole map, to open on another computer or keep in git.',
      action: `${verb} map file`,
      working: 'Writing the map file…',
      needsSteps: false,
      make: () => mapFile(doc),
    },
    {
      id: 'csv',
      icon: 'document',
      title: 'Decision register (CSV)',
      detail: 'One row per arrow with its decision, for Excel, Numbers or Google Sheets.',
      action: `${verb} CSV`,
      working: 'Writing the decision register…',
      needsSteps: false,
      make: () => registerFile(doc),
    },
    {
      id: 'matrix',
      icon: 'document',
      title: `Decision rights (${doc.info.notation} CSV)`,
      detail: 'The matrix: one row per decision, one column per role, the letters in the cells.',
      action: `${verb} matrix CSV`,
      working: 'Writing the decision-rights matrix…',
      needsSteps: false,
      make: () => matrixFile(doc),
    },
    {
      id: 'bpmn',
      icon: 'layout',
      title: 'BPMN 2.0 process model',
      detail:
        '.bpmn — lanes per role, steps and arrows for Camunda Modeler or bpmn.io; the decisions travel with it and import back.',
      action: `${verb} BPMN`,
      working: 'Writing the BPMN file…',
      needsSteps: true,
      make: () => bpmnFile(doc),
    },
    {
      id: 'dmn',
      icon: 'decision',
      title: 'DMN (decisions)',
      detail:
        '.dmn — the decisions and what they require, for Camunda Modeler and other DMN tools.',
      action: `${verb} DMN`,
      working: 'Writing the decisions as DMN…',
      needsSteps: false,
      make: () => dmnFile(doc),
    },
    {
      id: 'png',
      icon: 'eye',
      title: 'Canvas as PNG',
      detail: 'A picture of the whole map at twice screen resolution, for slides and chat.',
      action: `${verb} PNG`,
      working: 'Drawing the canvas as PNG…',
      needsSteps: true,
      make: picture('png'),
    },
    {
      id: 'svg',
      icon: 'layout',
      title: 'Canvas as SVG',
      detail: 'The whole map as a scalable picture, sharp at any size in a browser.',
      action: `${verb} SVG`,
      working: 'Drawing the canvas as SVG…',
      needsSteps: true,
      make: picture('svg'),
    },
  ];

  const exportChoice = (choice: Choice) =>
    run(
      choice.working,
      async () => {
        const file = await choice.make();
        return savedMessage(await saveFile(file), file.name);
      },
      `The ${choice.title} could not be made. Nothing was saved.`,
    );

  const runPdf = () => {
    if (!exportPdf) return;
    void run(
      'Laying out and printing the PDF…',
      // Swimlanes on paper as on screen, like the PNG and SVG.
      () => exportPdf({ ...pdf, lanes: useAppStore.getState().lanes }),
      'The PDF could not be made. Nothing was saved.',
    );
  };

  return (
    <Dialog title={`Export “${doc.info.name}”`} onClose={onClose} className="export-dialog">
      <ul className="export-list" aria-label="Export as">
        {choices.map((choice) => (
          <li key={choice.id} className="export-choice">
            <span className="export-icon" aria-hidden="true">
              <Icon name={choice.icon} />
            </span>
            <div className="export-text">
              <strong>{choice.title}</strong>
              <span className="muted">
                {choice.needsSteps && !hasSteps
                  ? 'Add a step first: the canvas is empty.'
                  : choice.detail}
              </span>
            </div>
            <button
              className="button small"
              disabled={busy || (choice.needsSteps && !hasSteps)}
              onClick={() => void exportChoice(choice)}
            >
              {choice.action}
            </button>
          </li>
        ))}
      </ul>
      <section className="export-pdf" aria-labelledby="export-pdf-title">
        <div className="export-pdf-head">
          <span className="export-icon" aria-hidden="true">
            <Icon name="document" />
          </span>
          <div className="export-text">
            <strong id="export-pdf-title">PDF for sign-off</strong>
            <span className="muted">
              {!exportPdf
                ? 'PDF export is not available in this version of Decision Map.'
                : isDesktopApp
                  ? 'The document to circulate and sign off: summary, map, register, findings.'
                  : 'Opens the print view in a new tab; print it there with Save as PDF.'}
            </span>
          </div>
        </div>
        <PdfOptions
          value={pdf}
          onChange={setPdf}
          emptyParkingLot={doc.parkingLot.length === 0}
          comparable={comparesWithAsIs(doc.info)}
          disabled={busy || !exportPdf}
        />
      </section>
      <JobStatus job={job} />
      {picturing && <PictureStage doc={doc} format={picturing.format} onDone={onPictureDone} />}
      <div className="dialog-actions">
        <button className="button" onClick={onClose}>
          Close
        </button>
        <button className="button primary" disabled={busy || !exportPdf} onClick={runPdf}>
          {isDesktopApp ? 'Save PDF' : 'Open print view'}
        </button>
      </div>
    </Dialog>
  );
}
