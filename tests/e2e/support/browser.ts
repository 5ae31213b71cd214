/**
 * The system Chromium, driven by playwright-core (its own browser download does not work on
 * our machines). Each `newPage` gets its own context, and records every console error and
 * uncaught page error so a test can assert that none happened.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** `/usr/bin/chromium` from Debian's `chromium` package; CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Chromium. launch() (unlike launchPersistentContext) gives every browser a
 * fresh temporary --user-data-dir of its own and deletes it on close(), so nothing carries
 * over between runs.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}

export interface PageProblem {
  readonly kind: 'console' | 'pageerror';
  readonly text: string;
}

export interface PageOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly deviceScaleFactor?: number;
}

export interface OpenPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught errors, in order; `expect(problems).toEqual([])`. */
  readonly problems: PageProblem[];
  close(): Promise<void>;
}

export const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const;

export async function newPage(browser: Browser, options: PageOptions = {}): Promise<OpenPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const problems: PageProblem[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    // Chromium asks for /favicon.ico by itself when a page declares no icon; the missing file
    // is not an error of the app. (The app icon comes with the icons issue.)
    if (new URL(url || 'about:blank').pathname === '/favicon.ico') return;
    const where = url ? ` (${url}:${lineNumber})` : '';
    problems.push({ kind: 'console', text: `${message.text()}${where}` });
  });
  page.on('pageerror', (error) => {
    problems.push({ kind: 'pageerror', text: error.stack ?? String(error) });
  });
  return { page, context, problems, close: () => context.close() };
}
