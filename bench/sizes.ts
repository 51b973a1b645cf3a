// Sizes read from the built files: province pages against the baseline doc page, the change log and
// who links to it, and what the service worker precaches.
//
// "Transferred" means what a static host that compresses would send: gzip (level 9, as
// tooling/page-js.ts measures JavaScript) for text and wasm; files that are compressed already
// (Pagefind's .pf_* blobs are gzip, images, fonts) as stored. The bench's own server
// (tooling/static-server.ts) gzips the same types at zlib's default level, so Chromium's transfer
// sizes come within a few per cent of these.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { fileForPage, gzipSize } from '../tooling/page-js';
import { median } from './lighthouse';

/** File endings a compressing host gzips. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.wasm', '.pagefind', '.webmanifest', '.ico', '.map']);
export const TRANSFER_ENCODING = 'gzip -9 for .html .js .css .json .svg .txt .xml .wasm .pagefind; .pf_* (gzip already), images and fonts as stored';

const sizeCache = new Map<string, { raw: number; gzip: number }>();

/** Stored and transferred bytes of one file of the built site (`path` a URL path); zeros when absent. */
export function wireBytes(dist: string, path: string): { raw: number; gzip: number } {
  const file = path.endsWith('/') ? fileForPage(dist, path) : join(dist, decodeURIComponent(path));
  let sizes = sizeCache.get(file);
  if (!sizes) {
    if (!existsSync(file) || !statSync(file).isFile()) return { raw: 0, gzip: 0 };
    const body = readFileSync(file);
    sizes = { raw: body.length, gzip: COMPRESSIBLE.has(extname(file).toLowerCase()) ? gzipSize(body) : body.length };
    sizeCache.set(file, sizes);
  }
  return sizes;
}

export interface PageSize {
  page: string;
  bytes: number;
  gzipBytes: number;
}

export interface HtmlSizes {
  provinces: {
    count: number;
    maxBytes: number;
    maxPage: string;
    medianBytes: number;
    maxGzipBytes: number;
    medianGzipBytes: number;
    /** Largest province page ÷ the baseline doc page, raw bytes (the target) and gzip. */
    ratio: number;
    gzipRatio: number;
    pages: PageSize[];
  };
  baselineDoc: PageSize;
  /** The other page types, for scale. */
  others: PageSize[];
  changeLog: PageSize | null;
  /** Pages a first visitor lands on (home, steps, provinces) that ask the browser to fetch the change log early. */
  changeLogEarlyFetch: {
    pagesChecked: number;
    /** <link rel=prefetch|preload|prerender|modulepreload> or speculation rules naming it. */
    prefetchedBy: string[];
    /** Anchors to it marked data-astro-prefetch (load or viewport fetches it without a hover). */
    eagerAnchorsOn: string[];
    /** Pages with a plain link to it (Starlight's sidebar): fetched only on hover, focus or tap (Astro's prefetch). */
    plainLinkPages: number;
    /** Requested while the pages loaded in Chromium (service worker blocked), or null when not checked. */
    requestedOnLoad: string[] | null;
    /** The service worker's precache holds it: fetched in the background after a first visit. */
    inPrecache: boolean;
  };
}

const rounded = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function pageSize(dist: string, page: string): PageSize {
  const { raw, gzip } = wireBytes(dist, page);
  return { page, bytes: raw, gzipBytes: gzip };
}

/** URL paths of the built pages under a folder: `/provinces/zj/` … (one level deep). */
function pagesUnder(dist: string, folder: string): string[] {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => `/${folder}/${e.name}/`)
    .sort();
}

/** The change log's URL path: /changes/ as built today, or a page whose path names changes. */
export function changeLogPage(dist: string): string | null {
  for (const candidate of ['/changes/', '/changelog/', '/change-log/']) if (existsSync(fileForPage(dist, candidate))) return candidate;
  return null;
}

/** The pages a first visit lands on: home, every step, every province page (and their index). */
export function firstVisitPages(dist: string): string[] {
  return ['/', ...pagesUnder(dist, 'steps'), '/provinces/', ...pagesUnder(dist, 'provinces')].filter((p) => existsSync(fileForPage(dist, p)));
}

function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
  }
  if ('content' in node && node.content) yield* elements(node.content as T.ParentNode);
}

const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/**
 * `provinceCodes`: the data's province codes; /provinces/<code>/ pages for them are the province
 * pages, any other page under /provinces/ (the nationwide overview) is listed with `otherPages`.
 */
export function htmlSizes(dist: string, baselineDist: string, baselineDocPage: string, otherPages: string[], precached: string[], provinceCodes: string[]): HtmlSizes {
  const under = pagesUnder(dist, 'provinces');
  const isProvince = (p: string) => provinceCodes.includes(p.split('/')[2]);
  const pages = under.filter(isProvince).map((p) => pageSize(dist, p));
  otherPages = [...otherPages, ...under.filter((p) => !isProvince(p))];
  const baselineDoc = pageSize(baselineDist, baselineDocPage);
  const max = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a), pages[0] ?? { page: '', bytes: 0, gzipBytes: 0 });
  const maxGzip = Math.max(0, ...pages.map((p) => p.gzipBytes));
  const log = changeLogPage(dist);

  const prefetchedBy: string[] = [];
  const eagerAnchorsOn: string[] = [];
  let plainLinkPages = 0;
  const checked = firstVisitPages(dist);
  if (log)
    for (const page of checked) {
      const html = readFileSync(fileForPage(dist, page), 'utf8');
      const targetsLog = (href: string | undefined) => !!href && new URL(href, `http://x${page}`).pathname === log;
      let plain = false;
      for (const el of elements(parse(html))) {
        const rel = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
        if (el.tagName === 'link' && rel.some((r) => ['prefetch', 'preload', 'prerender', 'modulepreload'].includes(r)) && targetsLog(attr(el, 'href')))
          prefetchedBy.push(page);
        else if (el.tagName === 'script' && attr(el, 'type') === 'speculationrules' && html.includes(log)) prefetchedBy.push(page);
        else if (el.tagName === 'a' && targetsLog(attr(el, 'href'))) {
          const mode = attr(el, 'data-astro-prefetch');
          if (mode !== undefined && mode !== 'false' && mode !== 'hover' && mode !== 'tap') eagerAnchorsOn.push(page);
          else plain = true;
        }
      }
      if (plain) plainLinkPages++;
    }

  const otherSizes = otherPages.filter((p) => existsSync(fileForPage(dist, p))).map((p) => pageSize(dist, p));
  return {
    provinces: {
      count: pages.length,
      maxBytes: max.bytes,
      maxPage: max.page,
      medianBytes: Math.round(median(pages.map((p) => p.bytes))),
      maxGzipBytes: maxGzip,
      medianGzipBytes: Math.round(median(pages.map((p) => p.gzipBytes))),
      ratio: rounded(max.bytes / baselineDoc.bytes),
      gzipRatio: rounded(maxGzip / baselineDoc.gzipBytes),
      pages,
    },
    baselineDoc,
    others: otherSizes,
    changeLog: log ? pageSize(dist, log) : null,
    changeLogEarlyFetch: {
      pagesChecked: checked.length,
      prefetchedBy: [...new Set(prefetchedBy)],
      eagerAnchorsOn: [...new Set(eagerAnchorsOn)],
      plainLinkPages,
      requestedOnLoad: null,
      inPrecache: !!log && precached.some((u) => `/${u}` === `${log}index.html` || `/${u}` === log),
    },
  };
}

export interface PrecacheSize {
  entries: number;
  /** Bytes as Cache Storage holds them (the files as built). */
  storedBytes: number;
  /** Bytes as a compressing host sends them: see TRANSFER_ENCODING. */
  transferBytes: number;
  transferEncoding: string;
  /** Per kind of file: entries, stored and transferred bytes. */
  byKind: Record<string, { entries: number; storedBytes: number; transferBytes: number }>;
  largest: { url: string; storedBytes: number; transferBytes: number }[];
  /** Manifest entries with no file in dist (should be none). */
  missing: string[];
}

/** The URLs in the Workbox precache manifest that build/service-worker.mjs writes into dist/sw.js. */
export function precacheUrls(dist: string): string[] {
  const file = join(dist, 'sw.js');
  if (!existsSync(file)) return [];
  const code = readFileSync(file, 'utf8');
  // Site-root URLs without their leading slash (the worker lists them from the root: /index.html).
  return [...code.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:/g)].map((m) => m[1].replace(/^\//, ''));
}

function kindOf(url: string): string {
  if (url.startsWith('pagefind/')) return 'pagefind';
  const ext = extname(url).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.json') return 'json';
  return 'other';
}

export function precacheSize(dist: string): PrecacheSize | null {
  const urls = precacheUrls(dist);
  if (!urls.length) return null;
  const byKind: PrecacheSize['byKind'] = {};
  const files = urls.map((url) => ({ url, ...wireBytes(dist, `/${url}`) }));
  for (const f of files) {
    const k = (byKind[kindOf(f.url)] ??= { entries: 0, storedBytes: 0, transferBytes: 0 });
    k.entries++;
    k.storedBytes += f.raw;
    k.transferBytes += f.gzip;
  }
  return {
    entries: urls.length,
    storedBytes: files.reduce((s, f) => s + f.raw, 0),
    transferBytes: files.reduce((s, f) => s + f.gzip, 0),
    transferEncoding: TRANSFER_ENCODING,
    byKind,
    largest: [...files]
      .sort((a, b) => b.raw - a.raw)
      .slice(0, 10)
      .map((f) => ({ url: `/${f.url}`, storedBytes: f.raw, transferBytes: f.gzip })),
    missing: files.filter((f) => f.raw === 0).map((f) => f.url),
  };
}
