// The same content in plain Starlight: for each guide page type, a page of a plain Starlight site
// whose text is our built page's (its hero, headings and Markdown content; none of our scripts,
// styles, sidebar or header). Lighthouse on it beside ours tells what the content itself costs on a
// phone from what the site adds: the baseline's own doc page has three short paragraphs.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild } from '../tooling/astro';
import { BASELINE_ROOT, ROOT } from '../tooling/paths';
import { fileForPage } from '../tooling/page-js';

/** Generated on each bench run (git-ignored with the rest of bench/.tmp/). */
export const CONTENT_BASELINE_ROOT = join(ROOT, 'bench/.tmp/content-baseline');
export const CONTENT_BASELINE_DIST = join(CONTENT_BASELINE_ROOT, 'dist');

export interface ContentPage {
  title: string;
  /** Starlight's hero, when our page has one: its tagline and its action links. */
  hero: { tagline: string; actions: { text: string; link: string; variant: 'primary' | 'secondary' | 'minimal' }[] } | null;
  tableOfContents: boolean;
  /** Markdown: our page's top-level headings as Markdown headings (so Starlight builds the same table of contents), the rest as raw HTML blocks. */
  body: string;
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;

/** The index just after the element that opens at `start` (which must be an opening tag). */
function elementEnd(html: string, start: number): number {
  let depth = 0;
  TAG.lastIndex = start;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [, closing, name, selfClosing] = m;
    if (VOID.has(name.toLowerCase()) || selfClosing) {
      if (depth === 0) return TAG.lastIndex;
      continue;
    }
    depth += closing ? -1 : 1;
    if (depth === 0) return TAG.lastIndex;
  }
  throw new Error(`content-baseline: the element at ${start} never closes`);
}

/** The top-level elements (and text) between two indexes, in order. */
function children(html: string, from: number, to: number): string[] {
  const out: string[] = [];
  let i = from;
  while (i < to) {
    const open = html.indexOf('<', i);
    if (open === -1 || open >= to) {
      out.push(html.slice(i, to));
      break;
    }
    if (open > i) out.push(html.slice(i, open));
    if (html.startsWith('<!--', open)) {
      i = html.indexOf('-->', open) + 3;
      continue;
    }
    const end = elementEnd(html, open);
    out.push(html.slice(open, end));
    i = end;
  }
  return out.filter((c) => c.trim());
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The content of one built page of ours, as a plain Starlight page would carry it. */
export function contentPage(html: string): ContentPage {
  const markdownAt = html.indexOf('<div class="sl-markdown-content">');
  if (markdownAt === -1) throw new Error('content-baseline: no .sl-markdown-content in the page');
  // A bare <section> (the province pages' topics) is opened up, so that its heading is a top-level one.
  const flat = (parts: string[]): string[] =>
    parts.flatMap((c) => (/^<section>/.test(c) ? flat(children(c, '<section>'.length, c.length - '</section>'.length)) : [c]));
  const inner = flat(children(html, html.indexOf('>', markdownAt) + 1, elementEnd(html, markdownAt) - '</div>'.length));
  const blocks = inner
    .filter((c) => !/^<script\b/.test(c))
    .map((c) => {
      // A heading of Markdown (in Starlight's wrapper) or of an .astro page (bare).
      const heading =
        /^<div class="sl-heading-wrapper level-h([2-6])[^"]*">\s*<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>/.exec(c) ?? /^<h([2-6])\b[^>]*>([\s\S]*?)<\/h[2-6]>$/.exec(c);
      if (heading) return `${'#'.repeat(Number(heading[1]))} ${textOf(heading[2])}`;
      // One line per block, so Markdown passes it through as one raw HTML block.
      return c.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/\s*\n\s*/g, ' ');
    });
  const title = textOf(/<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
  const heroAt = html.search(/<div class="hero\b/);
  let hero: ContentPage['hero'] = null;
  if (heroAt !== -1) {
    const heroHtml = html.slice(heroAt, elementEnd(html, heroAt));
    const tagline = textOf(/<div class="tagline[^"]*">([\s\S]*?)<\/div>/.exec(heroHtml)?.[1] ?? '');
    const actions = [...heroHtml.matchAll(/<a\b([^>]*\bsl-link-button\b[^>]*)>([\s\S]*?)<\/a>/g)].map(([, attrs, inner]) => ({
      text: textOf(inner),
      link: /\bhref="([^"]*)"/.exec(attrs)?.[1] ?? '/',
      variant: (/\b(primary|secondary|minimal)\b/.exec(attrs)?.[1] ?? 'primary') as 'primary' | 'secondary' | 'minimal',
    }));
    hero = { tagline, actions };
  }
  return { title, hero, tableOfContents: html.includes('<starlight-toc'), body: blocks.join('\n\n') };
}

/** The page's Markdown file, frontmatter included (JSON strings are valid YAML). */
export function contentMarkdown(page: ContentPage): string {
  const q = (s: string) => JSON.stringify(s);
  const front = [`title: ${q(page.title)}`, `tableOfContents: ${page.tableOfContents}`];
  if (page.hero) {
    front.push('hero:', `  title: ${q(page.title)}`, `  tagline: ${q(page.hero.tagline)}`, '  actions:');
    for (const a of page.hero.actions) front.push(`    - text: ${q(a.text)}`, `      link: ${q(a.link)}`, `      variant: ${a.variant}`);
  }
  return `---\n${front.join('\n')}\n---\n\n${page.body}\n`;
}

/**
 * Builds the plain Starlight site (tests/fixtures/baseline) with one more page per type, carrying
 * the content of our page of that type; returns where each is.
 */
export async function buildContentBaseline<T extends string>(dist: string, pages: Record<T, string>): Promise<Record<T, string>> {
  rmSync(CONTENT_BASELINE_ROOT, { recursive: true, force: true });
  mkdirSync(CONTENT_BASELINE_ROOT, { recursive: true });
  for (const part of ['astro.config.mjs', 'public', 'src']) cpSync(join(BASELINE_ROOT, part), join(CONTENT_BASELINE_ROOT, part), { recursive: true });
  // Our content draws its icons (asides, links) from our sprite (build/icon-sprite.mjs): serve it too,
  // or the copy would miss them and log a 404 that costs it Lighthouse's best-practices points.
  const assets = join(dist, '_astro');
  for (const name of existsSync(assets) ? readdirSync(assets).filter((n) => /^icons\.[0-9a-f]+\.svg$/.test(n)) : [])
    cpSync(join(assets, name), join(CONTENT_BASELINE_ROOT, 'public/_astro', name));
  const out = {} as Record<T, string>;
  for (const [type, page] of Object.entries(pages) as [T, string][]) {
    const file = fileForPage(dist, page);
    if (!existsSync(file)) continue;
    writeFileSync(join(CONTENT_BASELINE_ROOT, 'src/content/docs', `same-${type}.md`), contentMarkdown(contentPage(readFileSync(file, 'utf8'))));
    out[type] = `/same-${type}/`;
  }
  await astroBuild({ root: CONTENT_BASELINE_ROOT });
  return out;
}
