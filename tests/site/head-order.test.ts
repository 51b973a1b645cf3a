// The order of what a page's <head> holds decides how a phone's main thread is split while it reads
// the page: Chromium's parser breaks the <head> only where it must wait (a script behind a stylesheet
// still loading), never on its time budget (build/styles-first.mjs, build/island-preload.mjs).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, urlPathOf } from '../helpers/site';
import { fileForPage, PAGE_TYPES } from '../../tooling/page-js';
import { requireDist } from '../../tooling/paths';

let dist: string;
beforeAll(() => {
  dist = requireDist();
});

const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

describe('the head, in the order a phone reads it', () => {
  it('every page asks for its stylesheets before its first inline script', () => {
    const late: string[] = [];
    let withLinks = 0;
    for (const file of htmlFiles(dist)) {
      const head = headOf(readFileSync(file, 'utf8'));
      const links = [...head.matchAll(STYLESHEET)];
      if (!links.length) continue;
      withLinks++;
      const firstScript = [...head.matchAll(INLINE_SCRIPT)][0];
      if (firstScript && links.some((l) => l.index > firstScript.index)) late.push(urlPathOf(file, dist));
    }
    expect(withLinks, 'the pages link their stylesheets').toBeGreaterThan(50);
    expect(late).toEqual([]);
  });

  it("the checker starts its worker and requests its modules from the start of <body>, not from <head>", () => {
    for (const page of [PAGE_TYPES.checker.page, '/en/checker/']) {
      const html = readFileSync(fileForPage(dist, page), 'utf8');
      expect(headOf(html), page).not.toContain('new Worker');
      expect(headOf(html), page).not.toContain('modulepreload');
      expect(html, page).toMatch(/<body\b[^>]*><script>[^<]*new Worker[^<]*<\/script>(<link rel="modulepreload" href="[^"]+">){4,}/);
    }
  });
});
