import { describe, expect, it } from 'vitest';
import { eagerChunks } from '../../build/compile-hints.mjs';

// A chunk graph as Rolldown hands it to the plugin: file name → the module a chunk is the entry of
// (if any) and the files it imports statically. Dynamic imports are not in `imports`.
const chunk = (facadeModuleId: string | null, imports: string[] = []) => ({ facadeModuleId, imports });

describe('eagerChunks (build/compile-hints.mjs)', () => {
  const graph = {
    'Checker.js': chunk('/site/src/components/checker/Checker.tsx', ['preact.js', 'helper.js', 'shared.js']),
    'CheckerEn.js': chunk('/site/src/components/checker/CheckerEn.tsx', ['Checker.js', 'en.js']),
    'client.js': chunk('/site/node_modules/@astrojs/preact/dist/client.js', ['preact.js']),
    'preact.js': chunk(null),
    'helper.js': chunk(null),
    'shared.js': chunk(null, ['helper.js']),
    'en.js': chunk(null),
    // Loaded by the island with import(), so not listed among its imports.
    'decide.js': chunk('/site/src/components/checker/decide.ts', ['shared.js']),
    'places.js': chunk('/site/src/rules/places.json'),
    // Another page's script.
    'Search.js': chunk('/site/node_modules/@astrojs/starlight/dist/components/Search.astro?astro&type=script&index=0&lang.ts', ['ui.js']),
    'ui.js': chunk(null),
  };

  it('takes the checker islands, the Preact renderer and everything they import statically', () => {
    expect([...eagerChunks(graph)].sort()).toEqual(['Checker.js', 'CheckerEn.js', 'client.js', 'en.js', 'helper.js', 'preact.js', 'shared.js']);
  });

  it('leaves out what the islands load on demand and the scripts of other pages', () => {
    const eager = eagerChunks(graph);
    for (const lazy of ['decide.js', 'places.js', 'Search.js', 'ui.js']) expect(eager.has(lazy), lazy).toBe(false);
  });

  it('finds the islands by their module also in Windows paths, and ignores imports of files it was not given', () => {
    const windows = { 'Checker.js': chunk('C:\\site\\src\\components\\checker\\Checker.tsx', ['gone.js']) };
    expect([...eagerChunks(windows)]).toEqual(['Checker.js']);
  });
});
