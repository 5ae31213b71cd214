import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron'));

import { isAppPage, resolveAppLocation } from '../../../main/appLocation';
import { installSecurityGuards, isSafeExternalUrl } from '../../../main/security/guards';
import { FakeWebContents, app, resetFakeElectron, shell } from '../../fakes/electron';

const location = resolveAppLocation('/app/out/main', undefined);
const appPage = pathToFileURL(location.indexHtml).href;

function guardedContents(): FakeWebContents {
  installSecurityGuards((url) => isAppPage(url, location));
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  return contents;
}

beforeEach(() => resetFakeElectron());

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://example.com/docs', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['http://example.com', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['decision-map://open', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['smb://host/share', false],
    ['https://user:pass@evil.example', false],
    ['not a url', false],
    ['', false],
  ])('%s -> %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});

describe('guards on every web contents', () => {
  it('prevents navigation away from the app page, allows the page itself', () => {
    const contents = guardedContents();
    expect(contents.emitCancellable('will-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(contents.emitCancellable('will-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(contents.emitCancellable('will-navigate', { url: `${appPage}#/print` })).toBe(false);
    expect(contents.emitCancellable('will-redirect', { url: 'https://evil.example/' })).toBe(true);
  });

  it('in dev, allows only the dev server origin', () => {
    const dev = resolveAppLocation('/app/out/main', 'http://localhost:5173');
    installSecurityGuards((url) => isAppPage(url, dev));
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.emitCancellable('will-navigate', { url: 'http://localhost:5173/' })).toBe(
      false,
    );
    expect(contents.emitCancellable('will-navigate', { url: 'http://127.0.0.1:5173/' })).toBe(true);
  });

  it('denies every new window and opens only https links externally', () => {
    const contents = guardedContents();
    const open = (url: string) => contents.windowOpenHandler!({ url });
    for (const url of [
      'https://example.com/help',
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'decision-map://x',
      appPage,
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/help']]);
  });

  it('prevents attaching a webview', () => {
    expect(guardedContents().emitCancellable('will-attach-webview')).toBe(true);
  });

  it('denies every permission request and check', () => {
    const contents = guardedContents();
    const callback = vi.fn();
    contents.session.permissionRequestHandler!(contents, 'media', callback, {});
    contents.session.permissionRequestHandler!(contents, 'notifications', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(contents.session.permissionCheckHandler!(contents, 'geolocation', 'file://', {})).toBe(
      false,
    );
  });
});
