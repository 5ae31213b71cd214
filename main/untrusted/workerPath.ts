/// <reference types="electron-vite/node" />
/**
 * Where the bundled untrusted-file worker is at run time. Only the app's entry points
 * import this (main/index.ts, main/web.ts), and tests under Vitest: the `?modulePath` suffix
 * is electron-vite's, which bundles untrustedWorker.ts as a file of its own and turns the import into
 * its path; vitest.config.ts gives the source file's path instead, which runs through tsx.
 */
import workerPath from './untrustedWorker?modulePath';

export const UNTRUSTED_WORKER: string = workerPath;
