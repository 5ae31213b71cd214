/**
 * `maps:importPdf` of a hostile PDF through the workspace service, with the untrusted-file
 * worker as the app runs it: refused with FILE_OVER_LIMIT, nothing imported, and the service
 * keeps answering other calls on its own thread while the file is being read and after.
 */
import { describe, expect, test } from 'vitest';
import { openWorkspace } from '../../../main/service/workspace';
import type { WorkspaceService } from '../../../main/service/types';
import { UNTRUSTED_WORKER } from '../../../main/untrusted/workerPath';
import { dispatch } from '../../../shared/api/dispatch';
import { HOSTILE_PDFS } from '../../support/hostilePdfs';
import { tempDir } from '../../support/tempDir';

const call = (service: WorkspaceService, channel: string, args: unknown) =>
  dispatch(service.handlers, channel, args);

async function mapCount(service: WorkspaceService): Promise<number> {
  const reply = await call(service, 'maps:list', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.value as unknown[]).length;
}

/** One turn of the event loop: a thread busy parsing would not give it. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('maps:importPdf of a hostile PDF', () => {
  test.each(HOSTILE_PDFS.filter((h) => h.reason !== 'encrypted'))(
    '$name: refused, and maps:list answers while it is read and after',
    async ({ make }) => {
      const service = openWorkspace({ dataDir: tempDir(), untrustedWorker: UNTRUSTED_WORKER });
      await call(service, 'maps:createFromExample', { example: 'campaign-launch' });
      const base64 = Buffer.from(await make()).toString('base64');

      let settled = false;
      const importing = call(service, 'maps:importPdf', { base64 }).finally(() => {
        settled = true;
      });
      // The list is asked for on later turns of the event loop, with the file still being
      // read in the worker: the service's own thread is free.
      await turn();
      expect(settled).toBe(false);
      expect(await mapCount(service)).toBe(1);
      let answeredWhileReading = 0;
      while (!settled) {
        await turn();
        if (!settled && (await mapCount(service)) === 1) answeredWhileReading++;
      }
      expect(answeredWhileReading).toBeGreaterThan(0);

      const reply = await importing;
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error.code).toBe('FILE_OVER_LIMIT');
      expect(await mapCount(service)).toBe(1);
      service.close();
    },
  );

  test('an encrypted PDF is refused in plain words, and nothing is imported', async () => {
    const service = openWorkspace({ dataDir: tempDir(), untrustedWorker: UNTRUSTED_WORKER });
    const encrypted = HOSTILE_PDFS.find((h) => h.reason === 'encrypted')!;
    const base64 = Buffer.from(await encrypted.make()).toString('base64');
    const reply = await call(service, 'maps:importPdf', { base64 });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringMatching(/locked with a password or encrypted/),
    });
    expect(await mapCount(service)).toBe(0);
    service.close();
  });
});
