import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { contentSecurityPolicy } from './main/security/csp';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // bpmn-moddle ships only as an ES module; bundled, the CommonJS main needs no require(esm).
      externalizeDeps: { exclude: ['bpmn-moddle'] },
      rollupOptions: {
        input: {
          // The Electron main process.
          index: resolve(root, 'main/index.ts'),
          // Browser mode: the same service over HTTP on 127.0.0.1, no Electron.
          web: resolve(root, 'main/web.ts'),
          // The `decision-map` command line (bin/decision-map.js loads it); plain Node.
          cli: resolve(root, 'main/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'main/preload/index.ts') },
        // A sandboxed preload must be a CommonJS script.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default: 1.9 MB of script to parse
      // before the first map is drawn, against about 0.7 MB minified.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(root, 'renderer/index.html'),
          // The room's participant page (main/room serves it alone): no React, no app code.
          room: resolve(root, 'renderer/room.html'),
        },
        output: {
          codeSplitting: {
            // zod and the module that turns its JIT off share one chunk, so the switch runs
            // before any chunk builds a schema (renderer/src/zodConfig.ts; the page's CSP
            // refuses zod's eval probe). Split apart, a chunk of schemas could run first.
            groups: [
              { name: 'zod', test: /node_modules[\\/]zod[\\/]|renderer[\\/]src[\\/]zodConfig/ },
            ],
          },
        },
      },
    },
    plugins: [
      react(),
      {
        // The built page carries a strict CSP; the dev server needs its inline HMR client.
        name: 'decision-map-csp',
        apply: 'build',
        transformIndexHtml: (html) =>
          html.replace(
            '<head>',
            `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
          ),
      },
    ],
  },
});
