/**
 * `npm run screenshots`: starts the built app on a fresh data folder, adds a few sample maps,
 * and saves PNGs of what a person sees into screenshots/ (git-ignored). Look at them after a
 * change to the UI. Run through tsx as a CommonJS script, hence no top-level await.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, repoRoot, seedMaps, startApp, type RunningApp } from './support';

const outDir = join(repoRoot, 'screenshots');

async function shoot(browser: Browser, app: RunningApp, colorScheme: 'light' | 'dark') {
  const { page, problems, close } = await newPage(browser, { colorScheme });
  try {
    await page.goto(app.url);
    await page.waitForLoadState('networkidle');
    // Let fonts settle and transitions finish before the picture.
    await page.evaluate('document.fonts.ready');
    await page.waitForTimeout(300);
    const file = join(outDir, `home-${colorScheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`saved ${file}`);
    for (const problem of problems) console.warn(`page ${problem.kind}: ${problem.text}`);
    return problems.length;
  } finally {
    await close();
  }
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const app = await startApp();
  let browser: Browser | undefined;
  try {
    await seedMaps(app);
    browser = await launchBrowser();
    let problems = 0;
    for (const scheme of ['light', 'dark'] as const) problems += await shoot(browser, app, scheme);
    if (problems > 0) process.exitCode = 1;
  } finally {
    await browser?.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
