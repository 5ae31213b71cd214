/**
 * Turns the PDF of the bundled example into PNGs to look at: `npx tsx tests/e2e/pdfPages.ts`
 * (after `npm run build`). Starts the built app on a fresh data folder, prints the example
 * as the desktop app would (A4 landscape, every section; pass `A3`, `Letter` or `portrait`
 * to change that), and writes the PDF and one PNG per page into screenshots/pdf/
 * (git-ignored). Pass `300` to print the generated 300-step map as well (its PDF and the
 * PNGs of its first map pages). Run through tsx as a CommonJS script, hence no top-level await.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  DEFAULT_PRINT_OPTIONS,
  PAGE_SIZES,
  type PageSize,
  type PrintOptions,
} from '../../shared/print/options';
import { serializeMapFile } from '../../shared/file-format';
import { generateMap } from '../support/generateMap';
import { launchBrowser, newPage, repoRoot, startApp } from './support';
import { laidOutForDecisions, pdfInfo, printMapPdf } from './support/pdf';

const outDir = join(repoRoot, 'screenshots', 'pdf');

function optionsFrom(args: readonly string[]): PrintOptions {
  const size = PAGE_SIZES.find((s) => args.includes(s));
  return {
    ...DEFAULT_PRINT_OPTIONS,
    size: (size ?? DEFAULT_PRINT_OPTIONS.size) as PageSize,
    orientation: args.includes('portrait') ? 'portrait' : 'landscape',
  };
}

/** Writes the PDF and PNGs of its pages (the first `pages`, or all). */
async function save(bytes: Uint8Array, name: string, pages?: number): Promise<void> {
  const pdf = join(outDir, `${name}.pdf`);
  await writeFile(pdf, bytes);
  const info = await pdfInfo(pdf);
  const range = pages === undefined ? [] : ['-l', String(pages)];
  await promisify(execFile)('pdftoppm', ['-png', '-r', '60', ...range, pdf, join(outDir, name)]);
  console.log(
    `saved ${pdf}: ${info.pages} pages of ${info.width} x ${info.height} pt, PNGs beside it`,
  );
}

async function main(): Promise<void> {
  const options = optionsFrom(process.argv.slice(2));
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const { page, problems, close } = await newPage(browser);
    const { id } = await app.call('maps:createFromExample', { example: 'campaign-launch' });
    await save(await printMapPdf(page, app, id, options), 'example');
    if (process.argv.includes('300')) {
      const text = serializeMapFile(laidOutForDecisions(generateMap(300)));
      const big = await app.call('maps:import', { text });
      await save(await printMapPdf(page, app, big.id, options), 'generated-300', 6);
    }
    await close();
    if (problems.length > 0) console.error('Page problems:', problems);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
