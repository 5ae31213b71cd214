/**
 * Reads electron-builder.yml the way electron-builder does, and answers "would this file
 * end up in the package?" with its own matching rules, so the packaging tests can check the
 * configuration against the real tree without downloading Electron to run a build.
 *
 * The YAML parser, the glob matcher and the schema check are electron-builder's own copies
 * (app-builder-lib's dependencies, resolved from it), not new dependencies of this project:
 * the tests then read the file exactly as `npm run dist` will.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration, FileSet, TargetConfiguration } from 'electron-builder';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const CONFIG_FILE = path.join(ROOT, 'electron-builder.yml');

const fromRoot = createRequire(path.join(ROOT, 'package.json'));
const fromElectronBuilder = createRequire(fromRoot.resolve('electron-builder/package.json'));
const appBuilderPackage = fromElectronBuilder.resolve('app-builder-lib/package.json');
const fromAppBuilder = createRequire(appBuilderPackage);

const yaml = fromAppBuilder('js-yaml') as { load(text: string): unknown };
const { minimatch } = fromAppBuilder('minimatch') as {
  minimatch(file: string, pattern: string, options: { dot: boolean }): boolean;
};
const { validateConfiguration } = fromAppBuilder(
  path.join(path.dirname(appBuilderPackage), 'out/util/config/config.js'),
) as {
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
};
const { DebugLogger } = fromAppBuilder('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

export function loadConfig(): Configuration {
  const config = yaml.load(fs.readFileSync(CONFIG_FILE, 'utf8'));
  if (config === null || typeof config !== 'object')
    throw new Error('electron-builder.yml is empty');
  return config as Configuration;
}

/** Rejects what electron-builder itself would reject (unknown keys, wrong types, typos). */
export function validate(config: Configuration): Promise<void> {
  return validateConfiguration(config, new DebugLogger(false));
}

export type PlatformKey = 'linux' | 'mac' | 'win';

/** What the package.json of the project says (the app's name, entry and dependencies). */
export const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  productName: string;
  /** The Linux .desktop file Electron links windows to (electron-builder.yml, syncDesktopName). */
  desktopName?: string;
  main: string;
  homepage?: string;
  repository?: string | { url: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function patternList(value: Array<FileSet | string> | FileSet | string | null | undefined) {
  const list = value == null ? [] : Array.isArray(value) ? value : [value];
  return list.map((item) => {
    if (typeof item !== 'string')
      throw new Error('These tests read plain glob strings in `files`, not { from, to } sets');
    return item;
  });
}

/**
 * The `files` patterns. Only the shared list: a linux:/mac:/win: list is refused by
 * config.test.ts, because electron-builder 26 does not add it to the shared one (it would
 * become the main matcher on its own).
 */
export function filePatterns(config: Configuration): string[] {
  return patternList(config.files);
}

/**
 * electron-builder's rule (app-builder-lib util/filter.ts, minimatchAll): patterns apply in
 * order; an including pattern can add a file not yet matched, a `!pattern` can drop one
 * that is. Dotfiles match too (`dot: true`), as there.
 */
export function matchesInOrder(file: string, patterns: readonly string[]): boolean {
  let matched = false;
  for (const pattern of patterns) {
    const negate = pattern.startsWith('!');
    if (matched !== negate) continue;
    const hit = minimatch(file, negate ? pattern.slice(1) : pattern, { dot: true });
    if (hit) matched = !negate;
  }
  return matched;
}

/**
 * Whether a project file (path relative to the root, `/`-separated) goes into app.asar. electron-builder always adds package.json, and takes node_modules from
 * the production dependencies separately (see `packagedModuleFile`).
 */
export function packagedAppFile(config: Configuration, file: string): boolean {
  if (file.startsWith('node_modules/')) return false;
  return matchesInOrder(file, [...filePatterns(config), 'package.json']);
}

/** Whether a file of a production dependency is kept: only the `!` patterns apply there. */
export function packagedModuleFile(config: Configuration, file: string): boolean {
  const excludes = filePatterns(config).filter((pattern) => pattern.startsWith('!'));
  return matchesInOrder(file, ['**/*', ...excludes]);
}

/** Whether a packaged file is put beside app.asar (app.asar.unpacked/) instead of inside it. */
export function unpacked(config: Configuration, file: string): boolean {
  return matchesInOrder(file, patternList(config.asarUnpack));
}

export interface Target {
  readonly target: string;
  readonly arch: readonly string[];
}

/** A platform's targets in one shape; an unspecified arch means the build machine's. */
export function targetsOf(config: Configuration, platform: PlatformKey): Target[] {
  const raw = config[platform]?.target;
  const list = raw == null ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((entry: string | TargetConfiguration) => {
    if (typeof entry === 'string') return { target: entry, arch: [] };
    const arch = entry.arch == null ? [] : Array.isArray(entry.arch) ? entry.arch : [entry.arch];
    return { target: entry.target, arch };
  });
}

/** Every file below `dir`, as paths relative to ROOT with `/` separators. */
export function filesUnder(dir: string): string[] {
  return (
    fs.readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true }) as fs.Dirent[]
  )
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}
