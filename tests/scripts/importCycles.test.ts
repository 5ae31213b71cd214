/** The import-cycle check that `npm run lint` runs (scripts/checkCycles.ts). */
import { describe, expect, it } from 'vitest';
import { importCycles, relativeImports } from '../../scripts/cycles/importCycles';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('importCycles', () => {
  it('finds a knot of value imports and one way round it', () => {
    const cycles = importCycles(
      files({
        'shared/a.ts': "import { b } from './b';\nexport const a = 1;",
        'shared/b.ts': "import { c } from './dir';\nexport const b = 2;",
        'shared/dir/index.ts': "export { a as c } from '../a';",
        'shared/free.ts': "import { a } from './a';",
      }),
    );
    expect(cycles).toEqual([
      {
        files: ['shared/a.ts', 'shared/b.ts', 'shared/dir/index.ts'],
        way: ['shared/a.ts', 'shared/b.ts', 'shared/dir/index.ts'],
      },
    ]);
  });

  it('leaves out imports of types only, loading on first use, style sheets and packages', () => {
    const cycles = importCycles(
      files({
        'renderer/store.ts': "import type { View } from './view';\nimport 'zustand';",
        'renderer/view.tsx': [
          "import { type Store } from './store';",
          "import './view.css';",
          "const lazy = () => import('./store');",
        ].join('\n'),
      }),
    );
    expect(cycles).toEqual([]);
  });

  it('reads side-effect imports and value re-exports, not type re-exports', () => {
    expect(
      relativeImports(
        'x.ts',
        [
          "import './setup';",
          "export * from './all';",
          "export type { T } from './types';",
          "export { type U, v } from './mixed';",
          "import def, { type W } from './default';",
        ].join('\n'),
      ),
    ).toEqual(['./setup', './all', './mixed', './default']);
  });
});
