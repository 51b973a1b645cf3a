// The bench's "same content in plain Starlight" pages (bench/content-baseline.ts) carry what our built
// pages carry: the title, the hero, every top-level heading (so the same table of contents) and the
// text, and none of our scripts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentMarkdown, contentPage } from '../../bench/content-baseline';
import { fileForPage } from '../../tooling/page-js';
import { DIST } from '../../tooling/paths';
import { findAll, parseHtml, text } from '../helpers/html';
import { h1Text, loadPage } from '../helpers/site';

const built = (path: string) => readFileSync(fileForPage(DIST, path), 'utf8');
const tocEntries = (path: string) =>
  findAll(loadPage(path), (el) => el.tagName === 'starlight-toc').flatMap((toc) => findAll(toc, (el) => el.tagName === 'a')).length;

describe('the same content in plain Starlight (bench)', () => {
  it('keeps the home page hero: its title, tagline and both actions', () => {
    const page = contentPage(built('/'));
    expect(page.title).toBe(h1Text(loadPage('/')));
    expect(page.hero?.tagline.length).toBeGreaterThan(20);
    expect(page.hero?.actions.map((a) => a.link)).toEqual(['/#今天怎么办理', '/checker/']);
    expect(page.tableOfContents).toBe(false);
  });

  it.each(['/steps/sms-verification/', '/provinces/zj/'])('%s keeps every heading of its table of contents and all of its text, without scripts', (path) => {
    const page = contentPage(built(path));
    const headings = page.body.split('\n').filter((l) => /^#{2,6} /.test(l));
    // Starlight's table of contents adds its "Overview" link to the page's headings.
    expect(headings.length + 1).toBe(tocEntries(path));
    expect(page.body).not.toMatch(/<script\b/);
    // Our text: the Markdown content without its scripts and without the headings' anchor links
    // (which plain Starlight adds to the Markdown headings again).
    const html = built(path);
    const from = html.indexOf('<div class="sl-markdown-content">');
    const ours = text(parseHtml(html.slice(from, html.indexOf('<footer', from)).replace(/<script\b[\s\S]*?<\/script>|<a class="sl-anchor-link"[\s\S]*?<\/a>/g, '')));
    const theirs = text(parseHtml(page.body.replace(/^#+ (.*)$/gm, '<h2>$1</h2>')));
    expect(theirs.replace(/\s+/g, '')).toBe(ours.replace(/\s+/g, ''));
    expect(contentMarkdown(page)).toMatch(/^---\ntitle: "/);
  });
});
