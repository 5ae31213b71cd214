/**
 * Refusing each hostile PDF of issue 12 (tests/support/hostilePdfs.ts) as the app does it:
 * in the untrusted-file worker, within the default budgets. One line per file with the time
 * from handing over the bytes to the refusal (worker start included) and the process's
 * memory meanwhile (`peak_rss_mb`, `rss_growth_mb`); `n` is the file's size in KB. Uses
 * the built worker when `npm run bench` has built the app, else the source through tsx.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FileRefused } from '../../main/untrusted/limits';
import { parseUntrusted } from '../../main/untrusted/run';
import { HOSTILE_PDFS } from '../support/hostilePdfs';
import { bench } from './types';

const ROOT = path.resolve(__dirname, '../..');

function workerFile(): string {
  const chunks = path.join(ROOT, 'out/main/chunks');
  const built = fs.existsSync(chunks)
    ? fs.readdirSync(chunks).find((f) => /^untrustedWorker-.*\.js$/.test(f))
    : undefined;
  return built ? path.join(chunks, built) : path.join(ROOT, 'main/untrusted/untrustedWorker.ts');
}

interface Hostile {
  readonly worker: string;
  readonly bytes: Uint8Array;
}

export default HOSTILE_PDFS.map((hostile) => {
  // The size is known only once the file is made; the name says which file it is.
  let size = 0;
  return bench<Hostile>({
    name: `pdf.refuse-${hostile.name}`,
    get n() {
      return Math.round(size / 1024);
    },
    iterations: 5,
    warmup: 1,
    memory: true,
    setup: async () => {
      const bytes = await hostile.make();
      size = bytes.length;
      return { worker: workerFile(), bytes };
    },
    run: async ({ worker, bytes }) => {
      const outcome = await parseUntrusted(worker, 'pdf-map-file', bytes).then(
        () => null,
        (error: unknown) => error,
      );
      // A bench of a refusal that did not happen would measure the wrong thing.
      if (!(outcome instanceof FileRefused) || outcome.reason !== hostile.reason) {
        throw new Error(`${hostile.name} was not refused over ${hostile.reason}`, {
          cause: outcome,
        });
      }
    },
  });
});
