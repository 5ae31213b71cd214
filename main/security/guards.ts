/**
 * Guards applied to every web contents the app ever creates (the main window, and anything
 * a bug or a hostile page might open): no navigation away from our page, no new windows,
 * no <webview>, no permissions. Links to https sites open in the user's browser instead.
 */
import { app, shell, type WebContents } from 'electron';
import { logWarn } from '../log';

/** Only plain https links leave the app; file:, javascript:, http: and custom schemes never do. */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Credentials in a link are a classic way to disguise where it really goes.
  return (
    parsed.protocol === 'https:' && parsed.hostname !== '' && !parsed.username && !parsed.password
  );
}

/** Installs the guards on every web contents created from now on. Call before the first window. */
export function installSecurityGuards(isAppPage: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppPage));
}

export function guardWebContents(contents: WebContents, isAppPage: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isAppPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Electronegativity asks for a review of every openExternal: only https links get here.
    // Reviewed and allowed in scripts/security/electronegativity.ts.
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => {
        logWarn('guards', 'could not open a link in the browser', error);
      });
    }
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The app needs no camera, notifications, geolocation, or any other permission.
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
}
