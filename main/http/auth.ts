/**
 * The browser-mode access rules, as pure functions of request headers: a random token
 * per start, and Host/Origin checks that stop DNS rebinding and cross-site requests.
 *
 * Two secrets per start, for two jobs. The API token drives the API and travels only in a
 * header, which the page keeps in sessionStorage. The page key only lets the page load its
 * own files (scripts, styles, fonts, and `/` again after a reload) and travels in a cookie.
 * Cookies are not separated by port: every server on 127.0.0.1 that the browser visits
 * receives ours, whatever its name, so a cookie must never hold anything that drives the
 * API. Captured, the page key opens nothing but the app's own public code.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const PAGE_COOKIE = 'dm_page';
export const TOKEN_HEADER = 'x-decision-map-token';

/** A fresh random secret: the API token, or the page key. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison. Both sides are hashed first so the buffers always have the
 * same length (timingSafeEqual requires it) and the length of the token is not leaked.
 */
export function tokenMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given === '') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/** The hosts a page on our port may be reached by. Anything else may be a rebound DNS name. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const value = host.toLowerCase();
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`;
}

/** No Origin is fine (plain navigations); a present one must be our own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const value = origin.toLowerCase();
  return value === `http://127.0.0.1:${port}` || value === `http://localhost:${port}`;
}

/** Reads one cookie's value from a Cookie header; undefined when absent or malformed. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The cookie that remembers the page key; never the API token (see the header comment). */
export function pageCookie(pageKey: string): string {
  // HttpOnly: page scripts never read it (they get the token from the URL instead).
  // SameSite=Strict: another site's links and forms never carry it.
  return `${PAGE_COOKIE}=${pageKey}; HttpOnly; SameSite=Strict; Path=/`;
}
