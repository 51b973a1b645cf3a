// Decorative icons are drawn from one cached file (build/icon-sprite.mjs): every reference must land
// on a drawing, and the file must be there offline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, closest, findAll, parseHtml } from '../helpers/html';
import { htmlFiles, loadHtmlFile, urlPathOf } from '../helpers/site';
import { requireDist } from '../../tooling/paths';

let dist: string;
beforeAll(() => {
  dist = requireDist();
});

describe('icons from the sprite', () => {
  it('every <use> on every page points to a drawing its file defines', () => {
    const defined = new Map<string, Set<string>>();
    const idsIn = (path: string) => {
      if (!defined.has(path)) {
        const doc = parseHtml(readFileSync(join(dist, path), 'utf8'));
        defined.set(path, new Set(findAll(doc, (el) => el.tagName === 'g').map((g) => attr(g, 'id')!)));
      }
      return defined.get(path)!;
    };
    const broken: string[] = [];
    let uses = 0;
    for (const file of htmlFiles(dist))
      for (const use of findAll(loadHtmlFile(file), (el) => el.tagName === 'use')) {
        uses++;
        const [path, id] = (attr(use, 'href') ?? '').split('#');
        let ok = false;
        try {
          ok = path.startsWith('/_astro/icons.') && idsIn(path).has(id);
        } catch {
          ok = false;
        }
        if (!ok) broken.push(`${urlPathOf(file, dist)}: ${attr(use, 'href')}`);
      }
    expect(uses, 'the pages draw their icons from the sprite').toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('leaves no decorative drawing inline, so a new Starlight icon does not weigh on every page again', () => {
    const inline: string[] = [];
    for (const file of htmlFiles(dist))
      for (const svg of findAll(loadHtmlFile(file), (el) => el.tagName === 'svg'))
        if ((attr(svg, 'aria-hidden') === 'true' || closest(svg, (el) => attr(el, 'aria-hidden') === 'true')) && !findAll(svg, (el) => el.tagName === 'use').length)
          inline.push(`${urlPathOf(file, dist)}: <svg class="${attr(svg, 'class') ?? ''}">`);
    expect(inline).toEqual([]);
  });

  it('is precached by both service workers', () => {
    const sprite = readFileSync(join(dist, 'index.html'), 'utf8').match(/\/_astro\/icons\.[0-9a-f]+\.svg/)?.[0];
    expect(sprite).toBeDefined();
    for (const worker of ['sw.js', 'en/sw.js']) expect(readFileSync(join(dist, worker), 'utf8'), worker).toContain(sprite!.slice(1));
  });
});
