import { configDefaults, defineConfig } from 'vitest/config';

// Three projects, run one group after the other (sequence.groupOrder):
//   unit – everything under tests/ except site/ and e2e/; needs no build.
//   site – reads the built site in dist/ (links, page structure) and runs `astro check`.
//   e2e  – the built site served locally and driven in headless Chromium.
// `npm test` builds first (see package.json), so site and e2e always see a fresh dist/.
const builtSite = ['tests/site/**', 'tests/e2e/**'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...builtSite],
          // Vitest's 5 s default is tight for tests that spawn node/tsx on a loaded 2-core machine.
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 30_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: each file launches its own, and CI has 2 cores.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
