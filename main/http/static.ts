/**
 * Serving the built renderer: only regular files under the static folder, resolved and
 * checked after decoding, so no spelling of `..` (plain, encoded, backslashed) or symlink
 * can reach outside it.
 */
import { realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function isHtml(file: string): boolean {
  return extname(file).toLowerCase() === '.html';
}

/**
 * Maps a request path (still percent-encoded, no query) to a file inside `root`, or null.
 * `root` must already be a real path (see realRoot).
 */
export function resolveStaticFile(root: string, rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = resolve(root, relative);
  if (!isInside(root, candidate)) return null;
  try {
    // Follow symlinks, then check again: a link inside the folder must not lead out of it.
    const real = realpathSync(candidate);
    if (!isInside(root, real) || !statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

export function realRoot(dir: string): string {
  return realpathSync(resolve(dir));
}

function isInside(root: string, path: string): boolean {
  return path.startsWith(root.endsWith(sep) ? root : root + sep);
}
