import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { attr, byTag, find, findAll, parseHtml, text, type HtmlDocument } from './html';
import { DIST, ROOT } from '../../tooling/paths';

/** Every .html file in the built site, as absolute paths, sorted. */
export function htmlFiles(dist: string = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
    }
  };
  walk(dist);
  return out.sort();
}

/** The URL path a static host serves a built file at: `dist/a/index.html` → `/a/`. */
export function urlPathOf(file: string, dist: string = DIST): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return '/' + rel.slice(0, -'index.html'.length);
  return '/' + rel;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The built file a decoded URL path lands on, the way a static host resolves it
 * (`/a/` → `a/index.html`; `/a` → the file `a`, else `a/index.html`), or undefined.
 */
export function fileForUrlPath(pathname: string, dist: string = DIST): string | undefined {
  const candidates = pathname.endsWith('/')
    ? [join(dist, pathname, 'index.html')]
    : [join(dist, pathname), join(dist, pathname, 'index.html')];
  const inside = candidates.filter((c) => c === dist || c.startsWith(dist + sep));
  return inside.find(isFile);
}

const parsed = new Map<string, HtmlDocument>();

/** The parsed built page for a file (cached for the test run). */
export function loadHtmlFile(file: string): HtmlDocument {
  let doc = parsed.get(file);
  if (!doc) {
    doc = parseHtml(readFileSync(file, 'utf8'));
    parsed.set(file, doc);
  }
  return doc;
}

/** The parsed built page served at a URL path such as `/steps/sms-verification/`. */
export function loadPage(pathname: string): HtmlDocument {
  const file = fileForUrlPath(pathname);
  if (!file) throw new Error(`No built page for ${pathname} in ${DIST}`);
  return loadHtmlFile(file);
}

/** The page's title as shown: the text of its first <h1> ('' when it has none). */
export function h1Text(doc: HtmlDocument): string {
  const h1 = find(doc, byTag('h1'));
  return h1 ? text(h1) : '';
}

export interface Step {
  id: string;
  order: number;
  title: string;
  page: string;
}

/** The ten steps, in the order of src/rules/steps.json (sorted by its `order` field). */
export function loadSteps(): Step[] {
  const data = JSON.parse(readFileSync(join(ROOT, 'src/rules/steps.json'), 'utf8')) as { steps: Step[] };
  return [...data.steps].sort((a, b) => a.order - b.order);
}

/** The five prerequisite pages, in the order the guide presents them. */
export const PREREQUISITES = ['account', 'domain', 'server', 'bureau-rules', 'pre-approval'] as const;

export interface SidebarLink {
  href: string;
  label: string;
  current: boolean;
}

/** The links in Starlight's left sidebar (#starlight__sidebar), in document order. */
export function sidebarLinks(doc: HtmlDocument): SidebarLink[] {
  const sidebar = find(doc, (el) => attr(el, 'id') === 'starlight__sidebar');
  if (!sidebar) return [];
  return findAll(sidebar, (el) => el.tagName === 'a' && attr(el, 'href') !== undefined && attr(el, 'data-language-switch') === undefined).map((a) => ({
    href: attr(a, 'href') as string,
    label: text(a),
    current: attr(a, 'aria-current') === 'page',
  }));
}
