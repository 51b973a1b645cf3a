// @ts-check
// Decorative icons from one cached file instead of inline in every page.
//
// Starlight draws its icons (theme and language pickers, menu, search, carets, asides, the anchor of
// every heading) as inline <svg> paths: 1.6–2 KB of gzip per page, paid again on every page. Lighthouse
// starts a connection with 10 packets (about 14.6 KB); our home and SMS step pages were just over, so
// their HTML took a second round trip. This step moves the drawing of each decorative icon, one whose
// <svg> or parent is aria-hidden, into /_astro/icons.<hash>.svg and leaves the <svg> element itself
// in place (its classes, size, style and aria-hidden unchanged) with a <use> pointing there. The file
// is named by its content, so hosts cache it like the other /_astro/ files, and the service worker
// precaches it with them (this step runs before the worker is generated).
// Anything with a title, an id or a nested <svg> stays inline: it may name or be referred to.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from './module-graph.mjs';

/** An inline <svg> with no <svg> inside it: its start tag and its drawing. */
const INLINE_SVG = /(<svg\b[^>]*>)((?:(?!<svg\b)[\s\S])*?)<\/svg>/g;
/** Drawings shorter than this cost less inline than as a reference. */
const MIN_BYTES = 120;

/**
 * Whether the <svg> at `index` of `html` is decorative: aria-hidden itself, or the first child of an
 * element that is.
 * @param {string} html @param {number} index @param {string} startTag
 */
function decorative(html, index, startTag) {
  if (/\baria-hidden="true"/.test(startTag)) return true;
  return /<[a-z]+\b[^<>]*\baria-hidden="true"[^<>]*>\s*$/.test(html.slice(Math.max(0, index - 200), index));
}

/** @param {string} drawing */
const movable = (drawing) => drawing.length >= MIN_BYTES && !/<title\b|\bid=/.test(drawing);

/** @param {string} text */
const shortHash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/**
 * Rewrites the pages' decorative icons to references into one sprite; returns the sprite (to be
 * written under `spritePath`) and the number of icons moved. Pure: the build and the tests share it.
 * @param {Map<string, string>} pages page file → HTML
 * @returns {{ pages: Map<string, string>, sprite: string, spritePath: string, moved: number }}
 */
export function spriteIcons(pages) {
  /** @type {Map<string, string>} */
  const drawings = new Map();
  const idOf = (/** @type {string} */ drawing) => {
    const id = `i${shortHash(drawing)}`;
    drawings.set(id, drawing);
    return id;
  };
  // First pass: which drawings move, so the sprite (and its name) is known before any page is written.
  for (const html of pages.values())
    for (const m of html.matchAll(INLINE_SVG)) if (decorative(html, m.index, m[1]) && movable(m[2])) idOf(m[2]);
  const ids = [...drawings.keys()].sort();
  const sprite =
    '<svg xmlns="http://www.w3.org/2000/svg"><defs>' + ids.map((id) => `<g id="${id}">${drawings.get(id)}</g>`).join('') + '</defs></svg>\n';
  const spritePath = `/_astro/icons.${shortHash(sprite)}.svg`;
  let moved = 0;
  const out = new Map();
  for (const [file, html] of pages)
    out.set(
      file,
      html.replace(INLINE_SVG, (whole, startTag, drawing, index) => {
        if (!decorative(html, index, startTag) || !movable(drawing)) return whole;
        moved++;
        return `${startTag}<use href="${spritePath}#${idOf(drawing)}"></use></svg>`;
      }),
    );
  return { pages: out, sprite, spritePath, moved };
}

/** @returns {import('astro').AstroIntegration} */
export default function iconSprite() {
  return {
    name: 'icp-icon-sprite',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const files = await htmlFilesIn(distDir);
        const pages = new Map(await Promise.all(files.map(async (f) => /** @type {const} */ ([f, await readFile(f, 'utf8')]))));
        const { pages: rewritten, sprite, spritePath, moved } = spriteIcons(pages);
        if (!moved) return;
        await writeFile(join(distDir, spritePath), sprite);
        await Promise.all([...rewritten].filter(([f, html]) => html !== pages.get(f)).map(([f, html]) => writeFile(f, html)));
        logger.info(`${moved} decorative icons on ${files.length} pages now drawn from ${spritePath} (${sprite.length} bytes)`);
      },
    },
  };
}
