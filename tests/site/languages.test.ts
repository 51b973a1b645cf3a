// The English edition against the Chinese one, over the built site: every page exists in both
// languages, with the same heading structure and the same links (internal ones to the twin in the
// other language, external ones identical), and English pages show no Chinese that is not marked
// lang="zh-CN". Applies to every page in dist, so each page added in either language is covered.
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, find, findAll, text, tokens, type HtmlDocument, type HtmlElement } from '../helpers/html';
import { ruleSet } from '../../src/engine/rules';
import { htmlFiles, loadHtmlFile, sidebarLinks, urlPathOf } from '../helpers/site';
import { requireDist } from '../../tooling/paths';
import { zh as chineseWords } from '../../src/i18n/zh-pages';

const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const isEnglish = (path: string) => path === '/en/' || path.startsWith('/en/');
const englishOf = (path: string) => `/en${path}`;
const chineseOf = (path: string) => path.slice('/en'.length);

let pages: Map<string, string>;
beforeAll(() => {
  const dist = requireDist();
  // Starlight's 404 page is one for the whole site (the host serves it for any missing address).
  pages = new Map(htmlFiles(dist).map((f) => [urlPathOf(f, dist), f] as const).filter(([p]) => p.endsWith('/')));
});
const doc = (path: string) => loadHtmlFile(pages.get(path)!);
const mainOf = (d: HtmlDocument) => find(d, (el) => el.tagName === 'main')!;

/**
 * Starlight's stand-in for a page not yet translated: the Chinese page under /en/, with a notice
 * (not on a splash page such as the home page, where its <h1> is the Chinese one).
 */
const h1 = (d: HtmlDocument) => text(find(d, (el) => el.tagName === 'h1') ?? mainOf(d));
const isFallback = (path: string) =>
  text(mainOf(doc(path))).includes('This content is not available in your language yet') || h1(doc(path)) === h1(doc(chineseOf(path)));

/** The h2/h3 of the page's content, as their levels in document order. */
const headingLevels = (d: HtmlDocument) => findAll(mainOf(d), (el) => el.tagName === 'h2' || el.tagName === 'h3').map((el) => el.tagName);

/** A link without the /en of an English page's internal path. */
const shared = (href: string, english: boolean) =>
  english && href.startsWith('/') && !href.startsWith('//') && isEnglish(href.split(/[?#]/)[0]) ? chineseOf(href) : href;
/** A fragment that is a Chinese heading's slug (English headings have their own), not a generated id. */
const headingSlug = (fragment: string) => /[^\x00-\x7f]|%[0-9a-f]{2}/i.test(fragment);
/**
 * Whether an English page's link matches its Chinese twin's link in the same place: the same address
 * (internal ones in their own language), the same fragment when it is a generated id (#rule-…,
 * #ref-3, #topic-…), any fragment where the Chinese one is a heading's slug.
 */
function sameLink(en: string, zh: string): boolean {
  const [a, b] = [shared(en, true), zh];
  if (a === b) return true;
  const [aPath, aFragment] = a.split('#');
  const [bPath, bFragment] = b.split('#');
  return aPath === bPath && aFragment !== undefined && bFragment !== undefined && headingSlug(bFragment);
}
const links = (d: HtmlDocument) => findAll(mainOf(d), (el) => el.tagName === 'a' && attr(el, 'href') !== undefined).map((a) => attr(a, 'href')!);

describe('every page in both languages', () => {
  it('the build has English pages', () => {
    expect([...pages.keys()].filter(isEnglish).length).toBeGreaterThan(30);
  });

  it('each Chinese page has its English twin under /en/, and each English page its Chinese one', () => {
    const paths = [...pages.keys()];
    const noEnglish = paths.filter((p) => !isEnglish(p) && !pages.has(englishOf(p)));
    const noChinese = paths.filter((p) => isEnglish(p) && !pages.has(chineseOf(p)));
    expect(noEnglish, 'Chinese pages without an English twin').toEqual([]);
    expect(noChinese, 'English pages without a Chinese twin').toEqual([]);
  });

  it("the language switch links each page to its twin, so a reader switching language stays on the same page", () => {
    const problems: string[] = [];
    for (const path of pages.keys()) {
      const twin = isEnglish(path) ? chineseOf(path) : englishOf(path);
      const switches = findAll(doc(path), (el) => el.tagName === 'a' && attr(el, 'data-language-switch') !== undefined);
      const targets = [...new Set(switches.map((a) => attr(a, 'href')))];
      if (switches.length === 0 || targets.join() !== twin) problems.push(`${path}: switch leads to ${targets.join(' ') || 'nowhere'}`);
      for (const a of switches) if (attr(a, 'lang') !== (isEnglish(path) ? 'zh-CN' : 'en')) problems.push(`${path}: switch not marked in its language`);
    }
    expect(problems).toEqual([]);
  });

  it('twins have the same h2/h3 structure and the same links (internal ones to the twin in their language)', () => {
    const problems: string[] = [];
    for (const path of pages.keys()) {
      if (!isEnglish(path) || isFallback(path)) continue;
      const en = doc(path);
      const zh = doc(chineseOf(path));
      const [enLevels, zhLevels] = [headingLevels(en), headingLevels(zh)];
      if (enLevels.join() !== zhLevels.join()) problems.push(`${path}: headings ${enLevels.join(' ')} ≠ ${chineseOf(path)}: ${zhLevels.join(' ')}`);
      const enLinks = links(en);
      const zhLinks = links(zh);
      // English pages link to English pages.
      const wrongLanguage = enLinks.filter((h) => h.startsWith('/') && !h.startsWith('//') && !isEnglish(h.split(/[?#]/)[0]));
      if (wrongLanguage.length) problems.push(`${path}: links to Chinese pages: ${wrongLanguage.join(' ')}`);
      const differ = enLinks.flatMap((h, i) => (i < zhLinks.length && !sameLink(h, zhLinks[i]) ? [`${h} ≠ ${zhLinks[i]}`] : []));
      if (enLinks.length !== zhLinks.length || differ.length)
        problems.push(`${path}: ${enLinks.length} links, ${chineseOf(path)}: ${zhLinks.length}; first differences: ${differ.slice(0, 5).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

/** Text and readable attributes of `root` that hold Chinese outside an element marked lang="zh…". */
function unmarkedChinese(root: HtmlElement): string[] {
  const found: string[] = [];
  const walk = (el: HtmlElement, zh: boolean) => {
    const lang = attr(el, 'lang');
    const inZh = lang === undefined ? zh : /^zh\b/i.test(lang);
    if (el.tagName === 'script' || el.tagName === 'style') return;
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const v = attr(el, name);
      if (v && CHINESE.test(v) && !inZh) found.push(`<${el.tagName} ${name}="${v}">`);
    }
    for (const child of el.childNodes) {
      if (child.nodeName === '#text') {
        const v = (child as unknown as { value: string }).value;
        if (CHINESE.test(v) && !inZh) found.push(`<${el.tagName}>${v.trim().slice(0, 60)}`);
      } else if ('tagName' in child) walk(child as HtmlElement, inZh);
    }
  };
  walk(root, false);
  return found;
}

describe('English pages', () => {
  it('gloss each source in a 为什么？ list in English after its original title, as the source lists do', () => {
    const glossOf = new Map(ruleSet.sources.map((s) => [s.title, s.en.title]));
    const problems: string[] = [];
    let checked = 0;
    for (const path of pages.keys()) {
      if (!isEnglish(path) || isFallback(path)) continue;
      for (const line of findAll(mainOf(doc(path)), (el) => el.tagName === 'p' && tokens(el, 'class').includes('why-sources'))) {
        const kids = line.childNodes;
        kids.forEach((node, i) => {
          if (!('tagName' in node) || (node as HtmlElement).tagName !== 'a') return;
          const title = text(node as HtmlElement);
          if (!glossOf.has(title)) return; // a numbered citation "[n]", glossed in the page's source list
          checked++;
          const after = kids[i + 1] as unknown as { value?: string } | undefined;
          if (!after?.value?.startsWith(` — ${glossOf.get(title)}`)) problems.push(`${path}: ${title} → ${after?.value ?? '(nothing)'}`);
        });
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('show Chinese only inside elements marked lang="zh-CN" (their <main> and <title>), and none in the description and social tags, which cannot be marked', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const path of pages.keys()) {
      if (!isEnglish(path)) continue;
      const d = doc(path);
      const html = find(d, (el) => el.tagName === 'html')!;
      if (attr(html, 'lang') !== 'en') problems.push(`${path}: <html lang="${attr(html, 'lang')}">`);
      if (isFallback(path)) continue;
      checked++;
      const title = find(d, (el) => el.tagName === 'title');
      if (title && CHINESE.test(text(title))) problems.push(`${path}: <title>${text(title)}`);
      // Search results and link previews show these: Starlight's site description is Chinese, so a
      // page without its own falls back to it unless src/route-data.ts gives the English one.
      const metas = findAll(d, (el) => el.tagName === 'meta');
      if (!metas.some((m) => attr(m, 'name') === 'description')) problems.push(`${path}: no <meta name="description">`);
      for (const m of metas) {
        const key = attr(m, 'name') ?? attr(m, 'property') ?? '';
        const content = attr(m, 'content') ?? '';
        if (/description|^og:|^twitter:/.test(key) && CHINESE.test(content)) problems.push(`${path}: <meta ${key} content="${content.slice(0, 60)}">`);
      }
      for (const bit of unmarkedChinese(mainOf(d))) problems.push(`${path}: ${bit}`);
    }
    expect(checked, 'no translated English page to check').toBeGreaterThan(30);
    expect(problems.slice(0, 40), `${problems.length} unmarked Chinese text(s)`).toEqual([]);
  });

  it("show none of the Chinese pages' own sentences (a component that forgot the page's language)", () => {
    // Marked Chinese is right for names from the rule data; a sentence of the site's Chinese words is not.
    const sentences: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string' && CHINESE.test(v) && [...v].length >= 6) sentences.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(chineseWords);
    const problems: string[] = [];
    const known = new Set(sentences);
    for (const path of pages.keys()) {
      if (!isEnglish(path) || isFallback(path)) continue;
      // Each run of Chinese on the page is one marked element: one that is a whole sentence of the
      // Chinese pages' words came from a component, not from the data (whose Chinese is names and titles).
      for (const el of findAll(mainOf(doc(path)), (e) => attr(e, 'lang') === 'zh-CN'))
        if (known.has(text(el))) problems.push(`${path}: ${text(el)}`);
    }
    expect(sentences.length).toBeGreaterThan(20);
    expect(problems.slice(0, 20), `${problems.length} Chinese page sentence(s) on English pages`).toEqual([]);
  });

  it('have the sidebar in English, linking to English pages (the same entries as the Chinese sidebar)', () => {
    const en = sidebarLinks(doc('/en/provinces/zj/'));
    const zh = sidebarLinks(doc('/provinces/zj/'));
    expect(en.map((l) => l.label).filter((label) => CHINESE.test(label))).toEqual([]);
    expect(en.map((l) => chineseOf(l.href))).toEqual(zh.map((l) => l.href));
  });

  it('mark every Chinese run they show, and Chinese pages mark none', () => {
    const en = doc('/en/provinces/zj/');
    expect(findAll(mainOf(en), (el) => attr(el, 'lang') === 'zh-CN').length).toBeGreaterThan(0);
    const zh = doc('/provinces/zj/');
    expect(findAll(mainOf(zh), (el) => el.tagName === 'span' && attr(el, 'lang') === 'zh-CN')).toEqual([]);
    expect([...elements(mainOf(zh))].length).toBeGreaterThan(0);
  });
});
