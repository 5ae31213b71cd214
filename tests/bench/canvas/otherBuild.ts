/**
 * Serves another build's renderer (its `out/renderer` folder) to a page, in place of the one
 * the running server has, so two builds can be measured against the same server and data,
 * one after the other under the same load: CANVAS_BENCH_RENDERER=/path/to/out/renderer.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export async function serveRendererFrom(page: Page, origin: string, dir: string): Promise<void> {
  await page.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/api/')) return route.continue();
    // The server's answer, for its headers (the token cookie, the security policy).
    const response = await route.fetch();
    const file = url.pathname === '/' ? '/index.html' : url.pathname;
    const body = await readFile(join(dir, file)).catch(() => null);
    if (!body) return route.fulfill({ response });
    const headers = { ...response.headers(), 'content-type': TYPES[extname(file)] ?? '' };
    return route.fulfill({ status: 200, headers, body });
  });
}
