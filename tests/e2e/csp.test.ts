/**
 * The page under its own content security policy, in real Chromium.
 *
 * 1. No CSP violation while the app starts, opens a map from the example and edits it:
 *    zod 4 probes `new Function("")` when it builds its first object schema, which the
 *    policy (no 'unsafe-eval') refuses and reports as a `securitypolicyviolation` even
 *    though zod catches the throw. renderer/src/zodConfig.ts turns that off
 *    (`z.config({ jitless: true })`) before any schema is built. Every violation is
 *    recorded from the first line of the page on (an init script), so the test fails
 *    for the probe as well as for anything else the policy refuses.
 * 2. The built page opened from disk (`file:`, as the desktop app loads it) with no
 *    preload bridge: the desktop app's preload failed. It says so plainly and never falls
 *    back to HTTP ("not reachable"). Plain Chromium refuses module scripts on file: pages
 *    unless `--allow-file-access-from-files` (Electron grants file: pages the same through
 *    its grantFileProtocolExtraPrivileges fuse, see electron-builder.yml), so this test
 *    launches its own Chromium with that flag.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/errors';
import {
  chromiumPath,
  launchBrowser,
  newPage,
  repoRoot,
  startApp,
  type RunningApp,
} from './support';

/** Runs in the page before its own scripts (strings: these tests compile without the DOM lib). */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ': ' + event.blockedURI);
  });
`;

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the content security policy', () => {
  test('is never violated while the app starts, opens the example and edits it', async () => {
    const open = await newPage(browser);
    const { page } = open;
    await page.addInitScript(RECORD_VIOLATIONS);
    await page.goto(app.url);
    await page
      .getByRole('button', { name: /example/i })
      .first()
      .click();
    const name = page.getByLabel('Map name');
    await expect.poll(() => name.inputValue()).toMatch(/Campaign launch/);
    await name.fill('Campaign launch, checked');
    await name.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/saved/i);

    expect(await page.evaluate('window.__cspViolations')).toEqual([]);
    expect(open.problems).toEqual([]);
    await open.close();
  });
});

describe('the built page from disk without the desktop bridge', () => {
  let fileBrowser: Browser;
  beforeAll(async () => {
    fileBrowser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
    });
  });
  afterAll(() => fileBrowser?.close());

  test('says the window could not connect, and asks nothing of HTTP', async () => {
    const page = await fileBrowser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(join(repoRoot, 'out/renderer/index.html')).href);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(ERROR_MESSAGES.BRIDGE_MISSING);
    expect(await page.getByText(/not reachable/).count()).toBe(0);
    expect(requests).toEqual([]);
    await page.close();
  });
});
