/**
 * The content security policy of every page the app shows: only our own scripts, no
 * inline script, no eval, no plugins, no frames, and requests only back to where the page
 * came from (the browser-mode host, or nothing at all in Electron).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // React Flow positions elements with inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
