/**
 * Import cycles among the project's own modules. A cycle makes the order in which modules
 * start depend on which one is imported first (a value read at load time may still be
 * undefined), and it ties modules together that the architecture keeps apart. Static
 * imports and re-exports of values count. Imports of types only do not: they are erased
 * before anything runs, and zustand's slice pattern types each slice against the whole
 * store on purpose. Nor does `import()`: loading on first use keeps a module apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(?:ts|tsx)$/;
const CANDIDATES = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Whether an import or export statement brings in types only (erased when compiled). */
function typesOnly(statement: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(statement)) {
    if (statement.isTypeOnly) return true;
    const clause = statement.exportClause;
    return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0
      ? clause.elements.every((e) => e.isTypeOnly)
      : false;
  }
  const clause = statement.importClause;
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || !ts.isNamedImports(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** The relative module specifiers a file imports or re-exports values from, statically. */
export function relativeImports(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    if (!typesOnly(statement)) found.push(specifier.text);
  }
  return found;
}

/**
 * The file an import names, among `files` (paths relative to the root, with `/`), or null
 * for a style sheet, an asset or anything outside the set.
 */
function resolve(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), bare));
  if (files.has(base)) return base;
  for (const ending of CANDIDATES) if (files.has(base + ending)) return base + ending;
  // `./x.js` written for a `.ts` file.
  const js = base.replace(/\.js$/, '');
  if (js !== base) for (const ending of CANDIDATES) if (files.has(js + ending)) return js + ending;
  return null;
}

/** Files that import each other in a cycle. */
export interface ImportCycle {
  /** Every file of the knot (a strongly connected group), sorted. */
  readonly files: readonly string[];
  /** One way round it, from its first file: each imports the next, the last the first. */
  readonly way: readonly string[];
}

/**
 * Every knot of imports among `sources` (path → text), smallest first. Tarjan's algorithm,
 * iterative: O(files + imports).
 */
export function importCycles(sources: ReadonlyMap<string, string>): ImportCycle[] {
  const names = [...sources.keys()].sort();
  const files = new Set(names);
  const edges = names.map((name) => {
    const targets = relativeImports(name, sources.get(name)!)
      .map((s) => resolve(name, s, files))
      .filter((t): t is string => t !== null);
    return [...new Set(targets)].map((t) => names.indexOf(t)).sort((a, b) => a - b);
  });
  const index = new Int32Array(names.length).fill(-1);
  const low = new Int32Array(names.length);
  const onStack = new Uint8Array(names.length);
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let root = 0; root < names.length; root++) {
    if (index[root] !== -1) continue;
    const work: { v: number; next: number }[] = [{ v: root, next: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const out = edges[top.v]!;
      if (top.next < out.length) {
        const w = out[top.next++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push({ v: w, next: 0 });
        } else if (onStack[w]) low[top.v] = Math.min(low[top.v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]!.v;
        low[parent] = Math.min(low[parent]!, low[top.v]!);
      }
      if (low[top.v] !== index[top.v]) continue;
      const group: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = 0;
        group.push(w);
      } while (w !== top.v);
      if (group.length > 1 || edges[top.v]!.includes(top.v)) groups.push(group);
    }
  }
  return groups
    .map((group) => ({
      files: group.map((i) => names[i]!).sort(),
      way: wayRound(group, edges).map((i) => names[i]!),
    }))
    .sort((a, b) => a.files.length - b.files.length || (a.files[0]! < b.files[0]! ? -1 : 1));
}

/** One way round a group: from its first file, the shortest path back to it. */
function wayRound(group: readonly number[], edges: readonly (readonly number[])[]): number[] {
  const inGroup = new Set(group);
  const start = Math.min(...group);
  const previous = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (const w of edges[v]!) {
      if (w === start) {
        const path = [v];
        for (let u = previous.get(v)!; u !== -1; u = previous.get(u)!) path.push(u);
        return path.reverse();
      }
      if (!inGroup.has(w) || previous.has(w)) continue;
      previous.set(w, v);
      queue.push(w);
    }
  }
  return [...group].sort((a, b) => a - b);
}

/** The TypeScript sources under `dirs` of `root`, by path relative to the root. */
export function readSources(root: string, dirs: readonly string[]): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(rel);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        sources.set(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
      }
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(root, dir))) walk(dir);
  return sources;
}
