import { attr, elements, find, tokens, type HtmlDocument, type HtmlElement } from './html';
import { DIST } from '../../tooling/paths';
import { fileForUrlPath, htmlFiles, loadHtmlFile, urlPathOf } from './site';

// Pages are resolved against this stand-in origin. Links to the site's own `site` URL
// (canonical links, og:url) count as internal too: see siteOrigins().
const LOCAL = 'http://site.invalid';

/** The URLs in a srcset attribute, parsed per the HTML standard's candidate rules. */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i])) i++;
    if (i >= value.length) break;
    let end = i;
    while (end < value.length && !/\s/.test(value[end])) end++;
    let url = value.slice(i, end);
    i = end;
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors up to the next comma outside parentheses.
      let depth = 0;
      while (i < value.length && !(value[i] === ',' && depth === 0)) {
        if (value[i] === '(') depth++;
        else if (value[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

export interface Reference {
  /** e.g. `a[href]` */
  where: string;
  raw: string;
  /** undefined when the value is not a valid URL at all. */
  url: URL | undefined;
  /** From an <a>/<area>: a link a reader follows, whose #fragment must land somewhere. */
  navigational: boolean;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

function parseUrl(raw: string, base: URL): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

/** Every URL an element of the page refers to through href, src, poster or srcset. */
export function references(doc: HtmlDocument, pageUrl: URL): Reference[] {
  const isNotFoundPage = pageUrl.pathname === '/404.html';
  const baseEl = find(doc, (el) => el.tagName === 'base' && attr(el, 'href') !== undefined);
  const base = (baseEl && parseUrl(attr(baseEl, 'href') as string, pageUrl)) || pageUrl;
  const refs: Reference[] = [];
  const add = (el: HtmlElement, name: string, raw: string) => {
    const trimmed = raw.trim();
    const navigational = (el.tagName === 'a' || el.tagName === 'area') && name === 'href';
    refs.push({ where: `${el.tagName}[${name}]`, raw: trimmed, url: parseUrl(trimmed, base), navigational });
  };
  for (const el of elements(doc)) {
    if (el.tagName === 'base') continue;
    // 404.html is served in place of any missing URL, so its canonical link names no real page
    // (Starlight points it at /404/); search engines never index a 404 response.
    if (isNotFoundPage && el.tagName === 'link' && tokens(el, 'rel').includes('canonical')) continue;
    for (const name of URL_ATTRIBUTES) {
      const value = attr(el, name);
      if (value !== undefined) add(el, name, value);
    }
    const srcset = attr(el, 'srcset');
    if (srcset !== undefined) for (const url of srcsetUrls(srcset)) add(el, 'srcset', url);
  }
  return refs;
}

function fragmentTargets(doc: HtmlDocument): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(doc)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    const name = el.tagName === 'a' ? attr(el, 'name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

/** Per the HTML standard, an empty fragment or `#top` scrolls to the top without an element. */
function fragmentResolves(fragment: string, ids: Set<string>): boolean {
  if (fragment === '' || ids.has(fragment)) return true;
  return fragment.toLowerCase() === 'top';
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The origins that mean "this site": the stand-in one, plus the home page's canonical origin. */
function siteOrigins(files: string[], dist: string): Set<string> {
  const origins = new Set([LOCAL]);
  const homeFile = files.find((f) => urlPathOf(f, dist) === '/');
  if (!homeFile) return origins;
  const home = loadHtmlFile(homeFile);
  const canonical = find(home, (el) => el.tagName === 'link' && tokens(el, 'rel').includes('canonical'));
  const href = canonical && attr(canonical, 'href');
  const url = href ? parseUrl(href, new URL(LOCAL)) : undefined;
  if (url) origins.add(url.origin);
  return origins;
}

export interface LinkReport {
  pages: number;
  /** Internal references checked. */
  checked: number;
  /** One line per problem: `source page → target (why)`, with ` ×N` when a page repeats it. */
  broken: string[];
}

/** The distinct lines in first-seen order, a repeated one marked ` ×N`. */
function tally(lines: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, n]) => (n > 1 ? `${line} ×${n}` : line));
}

/**
 * Checks every internal href/src/poster/srcset of every page in a built site: the target must be
 * a file in `dist` (or a folder with index.html), and a link's #fragment must name an element
 * (id, or <a name>) in the target page. External, mailto:, tel:, data: … references are skipped.
 */
export function checkInternalLinks(dist: string = DIST): LinkReport {
  const files = htmlFiles(dist);
  const internal = siteOrigins(files, dist);
  const idsByFile = new Map<string, Set<string>>();
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const path = urlPathOf(file, dist);
    for (const ref of references(loadHtmlFile(file), new URL(path, LOCAL))) {
      if (!ref.url) {
        broken.push(`${path} → ${ref.raw} (${ref.where}: not a valid URL)`);
        continue;
      }
      if (!internal.has(ref.url.origin)) continue;
      checked++;
      const target = fileForUrlPath(decode(ref.url.pathname), dist);
      if (!target) {
        broken.push(`${path} → ${ref.raw} (${ref.where}: no such file in dist)`);
        continue;
      }
      const fragment = decode(ref.url.hash.slice(1));
      if (!ref.navigational || !fragment || !target.endsWith('.html')) continue;
      let ids = idsByFile.get(target);
      if (!ids) {
        ids = fragmentTargets(loadHtmlFile(target));
        idsByFile.set(target, ids);
      }
      if (!fragmentResolves(fragment, ids)) {
        broken.push(
          `${path} → ${ref.raw} (${ref.where}: no element with id "${fragment}" in ${urlPathOf(target, dist)})`,
        );
      }
    }
  }
  return { pages: files.length, checked, broken: tally(broken) };
}

export interface GovLinkReport {
  /** Links to *.gov.cn found. */
  links: number;
  /** One line per link lacking noopener or noreferrer. */
  missingRel: string[];
}

/** Finds <a>/<area> links to government hosts (gov.cn and *.gov.cn) and checks their rel. */
export function checkGovLinks(dist: string = DIST): GovLinkReport {
  const missingRel: string[] = [];
  let links = 0;
  for (const file of htmlFiles(dist)) {
    const path = urlPathOf(file, dist);
    for (const el of elements(loadHtmlFile(file))) {
      const href = (el.tagName === 'a' || el.tagName === 'area') && attr(el, 'href');
      if (!href) continue;
      const url = parseUrl(href.trim(), new URL(path, LOCAL));
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
      const host = url.hostname.toLowerCase();
      if (host !== 'gov.cn' && !host.endsWith('.gov.cn')) continue;
      links++;
      const rel = tokens(el, 'rel');
      const lacking = ['noopener', 'noreferrer'].filter((t) => !rel.includes(t));
      if (lacking.length) {
        missingRel.push(`${path} → ${href} (rel="${attr(el, 'rel') ?? ''}" lacks ${lacking.join(', ')})`);
      }
    }
  }
  return { links, missingRel: tally(missingRel) };
}
