/**
 * Opens the real workspace service on a temporary folder, with a clock that advances one
 * second per call so that "newest first" orders are deterministic.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach } from 'vitest';
import { openWorkspace } from '../../main/service/workspace';
import type { WorkspaceService } from '../../main/service/types';
import { tempDir } from './tempDir';

const opened: WorkspaceService[] = [];

afterEach(() => {
  for (const workspace of opened.splice(0)) workspace.close();
});

export function tickingClock(start = '2026-01-01T00:00:00Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** A workspace closed automatically after the test. */
export function openTestWorkspace(
  dataDir: string = tempDir(),
  now = tickingClock(),
): WorkspaceService {
  const workspace = openWorkspace({ dataDir, now });
  opened.push(workspace);
  return workspace;
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
