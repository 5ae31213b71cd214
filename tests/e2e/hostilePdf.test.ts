/**
 * Issue 12's hostile PDFs against the built browser-mode server (out/main/web.js), so the
 * bundled untrusted-file worker is what reads them: each is refused with FILE_OVER_LIMIT,
 * the server answers other calls while the file is read and after, and it still stops
 * cleanly on SIGTERM (the 1.3 KB PDF of the issue once made it ignore SIGTERM for good).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attachmentBomb, objectStreamBomb, revisitingNameTree } from '../support/hostilePdfs';
import { startApp, type RunningApp } from './support';

let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
  await app.call('maps:createFromExample', { example: 'campaign-launch' });
});

afterAll(async () => {
  const stopped = await app.stop();
  expect(stopped).toEqual({ code: 0, signal: null });
});

describe('hostile PDFs in browser mode', () => {
  test.each([
    ['a name tree that lists one node twice, 33 levels deep', () => revisitingNameTree(33)],
    ['an attachment that unpacks to 1 GB', () => attachmentBomb(1024)],
    ['an object stream that unpacks to 1 GB, compressed twice', () => objectStreamBomb(1024)],
  ])('%s: refused, and the server answers meanwhile and after', async (_name, make) => {
    const base64 = Buffer.from(await make()).toString('base64');
    let settled = false;
    const importing = app.call('maps:importPdf', { base64 }).then(
      () => 'imported',
      (error: Error) => error.message,
    );
    void importing.finally(() => (settled = true));
    // Answers that arrive while the file is still being read: none could while it held
    // the server's thread.
    let answeredWhileReading = 0;
    while (!settled) {
      expect(await app.call('maps:list', {})).toHaveLength(1);
      if (!settled) answeredWhileReading++;
    }
    expect(answeredWhileReading).toBeGreaterThan(0);
    expect(await importing).toMatch(/FILE_OVER_LIMIT: This file was not imported/);
    expect(await app.call('maps:list', {})).toHaveLength(1);
  });
});
