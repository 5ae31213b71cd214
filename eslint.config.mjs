// ESLint flat config. Besides the usual checks it enforces the import direction between the
// zones (see docs/architecture.md): shared/ runs anywhere, renderer/ never reaches
// Node, Electron or main/, main/ never reaches React or renderer/, and only a few files in
// main/ touch Electron. A slip fails `npm run lint`, so it fails CI.
//
// ESLint gives a file the `no-restricted-imports` options of the LAST config object that
// matches it; options are not merged. So every source file below matches exactly one of the
// zone blocks, and each block lists all of its zone's restrictions.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/** Escapes a module name for use inside a regular expression. */
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source matching exactly these module names, or any of their subpaths. */
const modules = (names) => `^(?:${names.map(escape).join('|')})(?:/|$)`;

// `fs`, `path`, `child_process`, ... (their subpaths too) and anything written `node:...`.
const nodeBuiltins = builtinModules.filter(
  (name) => !name.startsWith('node:') && !name.includes('/'),
);
const NODE = `^node:|${modules(nodeBuiltins)}`;
const ELECTRON = modules(['electron']);
const SQLITE = modules(['better-sqlite3']);
const UI = `${modules(['react', 'react-dom', 'zustand'])}|^@xyflow/`;
// A relative path that climbs to the project root and enters another zone.
const intoZone = (zone) => `^(?:\\.\\./)+${zone}(?:/|$)`;

const rule = (regex, message) => ({ regex, message });

const noNode = (zone) =>
  rule(NODE, `${zone} must not use Node built-ins; file and process work belongs in main/.`);
const noElectron = (where) =>
  rule(
    ELECTRON,
    `${where} must not import electron. Only main/index.ts, window.ts, menu.ts, ipc.ts, ` +
      `saveDialog.ts, closing.ts, pageFailures.ts, contextMenu.ts, pdf/printToPdf.ts, ` +
      `security/guards.ts and main/preload/ may; keep the rest runnable in plain Node.`,
  );
const noSqlite = (zone) =>
  rule(SQLITE, `${zone} must not import better-sqlite3; the store lives in main/.`);
const noUi = (zone) =>
  rule(UI, `${zone} must not import React, React Flow or zustand; UI code lives in renderer/.`);
const noPathInto = (zone, target) =>
  rule(intoZone(target), `${zone} must not import from ${target}/ (see the architecture).`);

const sharedRestrictions = [
  noElectron('shared/'),
  noSqlite('shared/'),
  noUi('shared/'),
  noNode('shared/'),
  noPathInto('shared/', 'main'),
  noPathInto('shared/', 'renderer'),
  rule(
    intoZone('(?:tests|assets|bin)'),
    'shared/ may import only shared/ and zod; it must not reach tests/, assets/ or bin/.',
  ),
  // Every other package: shared/ may import only itself and zod. The look-aheads keep this
  // from repeating the errors above. Allow a pure library here on purpose, not by accident.
  rule(
    `^(?!\\.{1,2}(?:/|$))(?!${modules(['zod'])})(?!${[ELECTRON, SQLITE, UI, NODE].join('|')})`,
    'shared/ may import only shared/ and zod (add a pure library to eslint.config.js on purpose).',
  ),
];

const rendererRestrictions = [
  noElectron('renderer/'),
  noSqlite('renderer/'),
  noNode('renderer/'),
  rule(
    intoZone('main'),
    'renderer/ must not import from main/; talk to main through the typed API client (shared/api).',
  ),
];

const mainRestrictions = [noUi('main/'), noPathInto('main/', 'renderer')];

// The thin Electron layer: the only files in main/ that may import `electron`.
const electronFiles = [
  'main/index.ts',
  'main/window.ts',
  'main/menu.ts',
  'main/ipc.ts',
  'main/closing.ts',
  'main/pageFailures.ts',
  'main/contextMenu.ts',
  'main/security/guards.ts',
  'main/saveDialog.ts',
  'main/pdf/printToPdf.ts',
  'main/preload/**',
];

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig([
  globalIgnores([
    'out/',
    'node_modules/',
    'dist/',
    'release/',
    'coverage/',
    'screenshots/',
    'test-results/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Same convention as tsc's noUnusedParameters: a leading underscore marks "unused on purpose".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },

  // Environments. (In .ts files tsc checks names itself; globals matter for .js files.)
  {
    files: ['main/**', 'tests/**', 'bin/**', '*.config.{js,ts,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**', 'tests/renderer/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },

  // package.json has no "type": "module", so plain .js files (bin/) are CommonJS scripts.
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // React: hooks rules for the UI code and its tests.
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },

  // Zones (see the header: one block per file).
  { files: ['shared/**'], rules: restrict(sharedRestrictions) },
  { files: ['renderer/**'], rules: restrict(rendererRestrictions) },
  {
    files: ['main/**'],
    ignores: electronFiles,
    rules: restrict([
      ...mainRestrictions,
      noElectron('This file (main/ outside the thin Electron layer)'),
    ]),
  },
  { files: electronFiles, rules: restrict(mainRestrictions) },
]);
