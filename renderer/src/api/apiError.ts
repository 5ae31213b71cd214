/**
 * How a failed call reaches the page: an `ApiError` carrying the coded, user-facing message
 * (shared/errors.ts). Apart from the client (client.ts), which reads `window` as it loads, so
 * that the store can be built and tested without a page.
 */

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A message a person can read, whatever was thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Nothing was changed.';
}

/**
 * Chromium refuses a keepalive request (it fails as if the app were not running) once the
 * bodies of all keepalive requests in flight would pass 64 KiB. Staying a little under it
 * leaves room for the headers Chromium may count. Only requests that must outlive the page
 * are sent with keepalive, and never past this budget: a body that does not fit goes as an
 * ordinary request, which still arrives unless the page closes first.
 */
export const KEEPALIVE_BUDGET_BYTES = 60 * 1024;
