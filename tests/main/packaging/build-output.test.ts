/**
 * The build in out/ as the packaged app will find it. In a package, the `files` of
 * electron-builder.yml sit inside resources/app.asar with the same relative paths, so every
 * path the code computes from out/main must point at a file that is built AND packaged.
 * `npm test` builds first; these tests fail (they do not skip) when out/ is missing.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';
import { resolveAppLocation } from '../../../main/appLocation';
import { MIGRATIONS } from '../../../main/store/migrations';
import { loadConfig, PACKAGE, packagedAppFile, ROOT } from './builder';

const OUT = path.join(ROOT, 'out');
const MAIN_DIR = path.join(OUT, 'main');
const MIGRATIONS_DIR = path.join(ROOT, 'main/store/migrations');

/** Project-relative, `/`-separated: the form electron-builder matches `files` against. */
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

let config: Configuration;
beforeAll(() => {
  if (!fs.existsSync(path.join(MAIN_DIR, 'index.js')))
    throw new Error('out/ is not built: run `npm run build` first (`npm test` does it).');
  config = loadConfig();
});

function expectPackaged(file: string) {
  expect(fs.existsSync(file), `${rel(file)} exists`).toBe(true);
  expect(packagedAppFile(config, rel(file)), `${rel(file)} packaged`).toBe(true);
}

/**
 * Every file main can load, from out/main/index.js: its relative require()s (electron-vite
 * writes CommonJS) and any other relative path to a script in the code, such as a worker
 * started with `new Worker(path.join(__dirname, "./chunks/worker-<hash>.js"))`. Both are
 * relative to the file they appear in. Also every bare module name those files require.
 */
function mainRequireGraph() {
  const files: string[] = [];
  const modules = new Set<string>();
  const queue = [path.join(MAIN_DIR, 'index.js')];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g))
      if (specifier !== undefined && !specifier.startsWith('.')) modules.add(specifier);
    // Not `import('./x.js')`: in CommonJS output that is only ever a JSDoc type in a bundled
    // library's comments (bpmn-moddle's `@typedef {import('./ns.js').Namespace}`).
    for (const [, relative] of code.matchAll(/(?<!import\()["'`](\.\.?\/[^"'`\s]+?\.c?js)["'`]/g))
      if (relative !== undefined) queue.push(path.resolve(path.dirname(file), relative));
  }
  return {
    files,
    modules: [...modules],
    code: files.map((file) => fs.readFileSync(file, 'utf8')).join('\n'),
  };
}

/** The package a module specifier names: `pdf-lib/x` -> `pdf-lib`, `@a/b/c` -> `@a/b`. */
const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('the packaged main process', () => {
  it('starts from package.json "main", which is built and packaged', () => {
    expect(PACKAGE.main).toBe('out/main/index.js');
    expectPackaged(path.join(ROOT, PACKAGE.main));
  });

  it('finds every file it requires inside the package', () => {
    const { files } = mainRequireGraph();
    expect(files.length).toBeGreaterThan(1); // index.js and its chunks
    for (const file of files) expectPackaged(file);
  });

  it('requires only Node built-ins, electron and production dependencies', () => {
    // electron-builder packs "dependencies" only: a devDependency required here would be
    // missing from the installed app.
    const { modules } = mainRequireGraph();
    expect(modules).toContain('electron');
    expect(modules).toContain('better-sqlite3');
    for (const specifier of modules) {
      if (specifier === 'electron' || specifier.startsWith('node:')) continue;
      if (builtinModules.includes(specifier)) continue;
      const name = packageName(specifier);
      expect(
        Object.keys(PACKAGE.dependencies),
        `${specifier} is a production dependency`,
      ).toContain(name);
    }
  });

  it('carries the store’s migrations compiled in: there are no migration files to ship', () => {
    const { code } = mainRequireGraph();
    expect(MIGRATIONS.length).toBeGreaterThan(0);
    // Compared line by line with the bundle. A line holding an interpolated value (the
    // application id) is not in the source as it is in the SQL, and the bundle keeps the
    // ${...} placeholder: only the lines written out in the source are compared.
    const source = fs
      .readdirSync(MIGRATIONS_DIR)
      .map((name) => fs.readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8'))
      .join('\n');
    for (const migration of MIGRATIONS) {
      const lines = migration.sql
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0 && source.includes(line));
      expect(lines.length, `migration ${migration.version} has literal lines`).toBeGreaterThan(0);
      for (const line of lines)
        expect(code.includes(line), `migration ${migration.version}: ${line}`).toBe(true);
    }
    const sqlFiles = fs
      .readdirSync(path.join(ROOT, 'main'), { recursive: true })
      .map(String)
      .filter((name) => /\.(sql|db)$/i.test(name));
    expect(sqlFiles, 'SQL files in main/ would have to be listed in `files`').toEqual([]);
  });

  it('carries every bundled example map compiled in (main/service/examples.ts imports them)', () => {
    const { code } = mainRequireGraph();
    const dir = path.join(ROOT, 'assets/examples');
    const examples = fs.readdirSync(dir).filter((name) => name.endsWith('.decisionmap.json'));
    expect(examples.length).toBeGreaterThan(0);
    for (const name of examples) {
      const { map } = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as {
        map: { id: string; purpose: string };
      };
      // Embedded as an object literal or as JSON.parse("..."): quoted once or twice.
      for (const value of [map.id, map.purpose]) {
        const once = JSON.stringify(value);
        const twice = JSON.stringify(once).slice(1, -1);
        expect(code.includes(once) || code.includes(twice), `${name}: ${value}`).toBe(true);
      }
    }
  });
});

describe('the preload and the page, where main/appLocation.ts looks for them', () => {
  const location = resolveAppLocation(MAIN_DIR, undefined);

  it('loads the built page, not a dev server', () => {
    expect(location.devServerUrl).toBeNull();
  });

  it('finds the preload script', () => {
    expect(rel(location.preloadPath)).toBe('out/preload/index.cjs');
    expectPackaged(location.preloadPath);
  });

  it('finds index.html', () => {
    expect(rel(location.indexHtml)).toBe('out/renderer/index.html');
    expectPackaged(location.indexHtml);
  });

  it('finds every script, stylesheet and icon index.html links, and what those import', () => {
    const html = fs.readFileSync(location.indexHtml, 'utf8');
    const linked = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(([, link]) => link ?? '');
    expect(linked.some((link) => link.endsWith('.js'))).toBe(true);
    expect(linked.some((link) => link.endsWith('.css'))).toBe(true);

    const seen = new Set<string>();
    const queue = linked.map((link) => {
      // Relative links only: an absolute "/assets/..." would resolve to the disk's root
      // under file://, and a remote URL would break the CSP and offline use.
      expect(link, 'a relative link').toMatch(/^\.\.?\//);
      return path.resolve(path.dirname(location.indexHtml), link);
    });
    while (queue.length > 0) {
      const file = queue.shift() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      expectPackaged(file);
      const text = /\.(js|css)$/.test(file) ? fs.readFileSync(file, 'utf8') : '';
      const references = [
        ...text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g), // dynamic imports
        ...text.matchAll(/\bfrom\s*["'](\.[^"']+)["']/g), // static imports between chunks
        ...text.matchAll(/\burl\(\s*["']?(\.[^"')]+)["']?\s*\)/g), // CSS fonts and images
      ].map(([, reference]) => reference ?? '');
      for (const reference of references.filter((r) => r.startsWith('.')))
        queue.push(path.resolve(path.dirname(file), reference.split(/[?#]/)[0] ?? reference));
    }
  });
});
