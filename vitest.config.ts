import { defineConfig, type Plugin } from 'vitest/config';

/**
 * electron-vite's `?modulePath` import (a file bundled on its own, e.g. the backup worker,
 * imported as its built path). Under Vitest it gives the source file's path instead, which
 * the worker runner starts through tsx.
 */
function modulePath(): Plugin {
  const PREFIX = '\0module-path:';
  return {
    name: 'decision-map:module-path',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith('?modulePath')) return null;
      const resolved = await this.resolve(id.slice(0, -'?modulePath'.length), importer);
      return resolved ? PREFIX + resolved.id : null;
    },
    load(id) {
      return id.startsWith(PREFIX)
        ? `export default ${JSON.stringify(id.slice(PREFIX.length))};`
        : null;
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [modulePath()],
        test: {
          name: 'unit',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/main/**/*.test.ts',
            'tests/renderer/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/docs/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
