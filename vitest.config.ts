import { configDefaults, defineConfig } from 'vitest/config';

// Three projects in two groups (sequence.groupOrder), each group two files at a time:
//   unit – everything under tests/ except site/ and e2e/; needs no build.
//   site – reads the built site in dist/ (links, pages, province pages, budgets) and builds broken
//          copies of it; runs beside unit.
//   e2e  – the built site served locally and driven in headless Chromium (one per file), after the
//          others, so a browser never competes with a build for the two cores.
// `npm test` builds first and runs `astro check` as its own step (see package.json), so site and
// e2e always see a fresh dist/. Vitest's default on a 2-core machine is one file at a time; most
// of these files wait on a browser or a child process, so two at a time halves the wall time.
const builtSite = ['tests/site/**', 'tests/e2e/**'];
const WORKERS = 2;

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...builtSite],
          // Vitest's 5 s default is tight for tests that spawn node/tsx on a loaded 2-core machine.
          testTimeout: 20_000,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 30_000,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: WORKERS,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
