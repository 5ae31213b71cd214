/**
 * `npm run screenshots`: starts the built app on a fresh data folder, adds a few sample maps,
 * and saves PNGs of what a person sees into screenshots/ (git-ignored). Look at them after a
 * change to the UI. Run through tsx as a CommonJS script, hence no top-level await.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  CAMPAIGN_20,
  SAMPLE_MAPS,
  launchBrowser,
  newPage,
  repoRoot,
  seedMaps,
  startApp,
  type RunningApp,
} from './support';

const outDir = join(repoRoot, 'screenshots');

async function save(page: Page, name: string) {
  const file = join(outDir, name);
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
}

async function shoot(browser: Browser, app: RunningApp, colorScheme: 'light' | 'dark') {
  const { page, problems, close } = await newPage(browser, { colorScheme });
  try {
    await page.goto(app.url);
    await page.waitForLoadState('networkidle');
    // Let fonts settle and transitions finish before the picture.
    await page.evaluate('document.fonts.ready');
    await page.waitForTimeout(300);
    await save(page, `home-${colorScheme}.png`);

    // The 20-step map, laid out automatically, as a facilitator would show it.
    await page.getByRole('button', { name: `Open ${CAMPAIGN_20.name}`, exact: true }).click();
    await page.getByRole('group', { name: /^Campaign live,/ }).waitFor();
    await page.keyboard.press('l');
    await page.waitForTimeout(600);
    await save(page, `map-20-steps-${colorScheme}.png`);
    await page.getByRole('group', { name: /^Legal review,/ }).click();
    await page.waitForTimeout(200);
    await save(page, `map-20-steps-selected-${colorScheme}.png`);

    // The bundled example in the decision view with the analysis pane, as a new user sees it.
    await page.getByRole('button', { name: 'Back to maps' }).click();
    await page.getByRole('button', { name: 'Open Campaign launch (as-is)' }).first().click();
    await page.getByRole('group', { name: /^Campaign live,/ }).waitFor();
    await page.waitForTimeout(700);
    await save(page, `example-decisions-${colorScheme}.png`);
    await page.locator('.analysis-pane button.finding').nth(1).click();
    await page.waitForTimeout(500);
    await save(page, `example-finding-${colorScheme}.png`);
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
    await seedMaps(app, [...SAMPLE_MAPS, CAMPAIGN_20]);
    await app.call('maps:createFromExample', { example: 'campaign-launch' });
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
