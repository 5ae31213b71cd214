/**
 * Importing a 1,000-task BPMN file (target: median at most 1 s): detection and refusal
 * checks, bpmn-moddle in the untrusted-file worker as the app runs it, and the pure
 * mapping; and the same without the worker's start-up, to see where the time goes. The
 * file is a generated map's BPMN export with our own extension elements taken out, so the
 * whole mapping runs as for a file from another tool: lanes, gateways, diagram.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importProcessFile, PROCESS_LIMITS } from '../../main/import';
import { readBpmn } from '../../main/import/bpmnParser';
import { parseUntrusted } from '../../main/untrusted/run';
import { mapToBpmn } from '../../shared/export/bpmn';
import { generateMap } from '../support/generateMap';
import { bench } from './types';

const ROOT = path.resolve(__dirname, '../..');

/** The built worker when `npm run bench` has built the app, else the source through tsx. */
function workerFile(): string {
  const chunks = path.join(ROOT, 'out/main/chunks');
  const built = fs.existsSync(chunks)
    ? fs.readdirSync(chunks).find((f) => /^untrustedWorker-.*\.js$/.test(f))
    : undefined;
  return built ? path.join(chunks, built) : path.join(ROOT, 'main/untrusted/untrustedWorker.ts');
}
const WORKER = workerFile();

const TASKS = 1000;
const xml = mapToBpmn(generateMap(TASKS, 11)).replace(
  /<bpmn:extensionElements>[\s\S]*?<\/bpmn:extensionElements>/g,
  '',
);
const bytes = new TextEncoder().encode(xml);

async function importWith(parseBpmn: (b: Uint8Array) => Promise<unknown>) {
  const { doc } = await importProcessFile('bench.bpmn', bytes, {
    parseBpmn: parseBpmn as never,
    parseDrawio: () => Promise.reject(new Error('a BPMN file')),
    newMapId: () => 'bench',
  });
  if (doc.stepOrder.length < TASKS) throw new Error('not every task was imported');
}

export default [
  bench({
    name: 'bpmnImport.worker',
    n: TASKS,
    iterations: 10,
    warmup: 2,
    run: () => importWith((b) => parseUntrusted(WORKER, 'bpmn-model', b, PROCESS_LIMITS)),
  }),
  bench({
    name: 'bpmnImport.inProcess',
    n: TASKS,
    iterations: 10,
    warmup: 2,
    run: () => importWith((b) => readBpmn(b, PROCESS_LIMITS)),
  }),
];
