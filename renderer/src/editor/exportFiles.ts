/**
 * The files the Export dialog offers, made from the map as it is on screen (every edit is
 * in it, saved or still on its way to disk).
 */
import { decisionsDmn } from '../../../shared/export/dmn';
import { fileNameFor } from '../../../shared/export/fileKinds';
import { mapToBpmn } from '../../../shared/export/bpmn';
import { matrixCsv } from '../../../shared/export/matrixCsv';
import { registerCsv } from '../../../shared/export/registerCsv';
import { serializeMapFile } from '../../../shared/file-format/export';
import type { MapDocument } from '../../../shared/model';
import type { CanvasPicture } from '../files/canvasPicture';
import type { FileToSave } from '../files/saveFile';

export function mapFile(doc: MapDocument): FileToSave {
  return {
    name: fileNameFor(doc.info.name, 'map'),
    kind: 'map',
    content: { text: serializeMapFile(doc) },
  };
}

export function registerFile(doc: MapDocument): FileToSave {
  return {
    name: fileNameFor(doc.info.name, 'csv', 'decision register'),
    kind: 'csv',
    content: { text: registerCsv(doc) },
  };
}

/** The decision-rights matrix in the map's notation (RACI, RAPID or DACI). */
export function matrixFile(doc: MapDocument): FileToSave {
  return {
    name: fileNameFor(doc.info.name, 'csv', 'decision rights'),
    kind: 'csv',
    content: { text: matrixCsv(doc) },
  };
}

/** The map as BPMN 2.0, for Camunda Modeler, bpmn.io and the people who implement it. */
export function bpmnFile(doc: MapDocument): FileToSave {
  return {
    name: fileNameFor(doc.info.name, 'bpmn'),
    kind: 'bpmn',
    content: { text: mapToBpmn(doc) },
  };
}

/** The decisions as a DMN 1.3 decision requirements diagram, for Camunda Modeler or dmn-js. */
export function dmnFile(doc: MapDocument): FileToSave {
  return {
    name: fileNameFor(doc.info.name, 'dmn', 'decisions'),
    kind: 'dmn',
    content: { text: decisionsDmn(doc) },
  };
}

export function pictureFile(
  doc: MapDocument,
  picture: CanvasPicture,
  format: 'png' | 'svg',
): FileToSave {
  return { name: fileNameFor(doc.info.name, format), kind: format, content: picture.content };
}
