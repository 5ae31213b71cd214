/// <reference types="electron-vite/node" />
/**
 * Where the bundled backup worker is at run time. Only the app's entry points import this
 * (main/index.ts, main/web.ts): the `?modulePath` suffix is electron-vite's, which bundles
 * backupWorker.ts as a file of its own (out/main/chunks/backupWorker-<hash>.js) and turns
 * the import into its absolute path beside the importing chunk. Code run from sources
 * (tests, tsx) passes `main/store/backup/backupWorker.ts` instead.
 */
import workerPath from './backupWorker?modulePath';

export const BACKUP_WORKER: string = workerPath;
