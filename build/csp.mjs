// @ts-check
// Content-Security-Policy for a static site: after the build (and after Starlight's Pagefind
// indexing, which runs in Starlight's own astro:build:done hook earlier in the integration list),
// every HTML file in the output gets a <meta http-equiv="Content-Security-Policy"> whose script and
// style hashes are computed from that very page. A static host cannot send per-page headers, so
// the meta tag is the one mechanism that travels with the files (frame-ancestors, report-uri and
// sandbox are ignored in a meta policy, so they are left out).
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';

/** Script types a browser executes (others, e.g. application/ld+json, are data and need no hash). */
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * @typedef {{ nodeName: string, tagName?: string, attrs?: { name: string, value: string }[],
 *   childNodes?: Node[], content?: Node, value?: string }} Node
 */

/** @param {Node} el @param {string} name */
const attr = (el, name) => el.attrs?.find((a) => a.name === name)?.value;

/** @param {Node} el */
const textOf = (el) => (el.childNodes ?? []).map((c) => (c.nodeName === '#text' ? (c.value ?? '') : '')).join('');

/**
 * What a page needs allowed inline: the text of every executable inline <script>, of every
 * <style> element and of every style="" attribute (after the HTML parser decoded entities, which is
 * what the browser hashes).
 * @param {string} html
 */
export function inlineContent(html) {
  /** @type {{ scripts: string[], styles: string[], styleAttributes: string[], eventHandlers: string[] }} */
  const found = { scripts: [], styles: [], styleAttributes: [], eventHandlers: [] };
  /** @param {Node} node */
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      if (child.tagName === 'script' && attr(child, 'src') === undefined) {
        const type = (attr(child, 'type') ?? '').trim().toLowerCase();
        if (EXECUTABLE_SCRIPT_TYPES.has(type)) found.scripts.push(textOf(child));
      }
      if (child.tagName === 'style') found.styles.push(textOf(child));
      const style = attr(child, 'style');
      if (style !== undefined) found.styleAttributes.push(style);
      for (const a of child.attrs ?? []) if (/^on[a-z]+$/.test(a.name)) found.eventHandlers.push(`${a.name}=${a.value}`);
      walk(child);
      if (child.content) walk(child.content); // <template> content
    }
  };
  walk(/** @type {Node} */ (/** @type {unknown} */ (parse(html))));
  return found;
}

/** @param {string[]} texts */
const hashes = (texts) => [...new Set(texts.map(sha256))].sort();

/**
 * The policy for one page.
 * - script-src: the site's own files, the page's inline scripts by hash, and 'wasm-unsafe-eval'
 *   because Pagefind compiles its search index reader from WebAssembly (no JS eval is allowed).
 * - style-src: the site's own files and the page's <style> elements by hash. Starlight and Astro
 *   also render style="" attributes (icon sizes, sidebar depth, display:none); those are allowed
 *   by hash too, which CSP 3 spells 'unsafe-hashes' — only those exact attribute values, never
 *   arbitrary inline styles, so no 'unsafe-inline'. Styles set from script through the CSSOM
 *   (element.style.x = …, as Preact does) are not governed by CSP.
 * @param {string} html
 */
export function policyFor(html) {
  const { scripts, styles, styleAttributes, eventHandlers } = inlineContent(html);
  if (eventHandlers.length) {
    throw new Error(`inline event handler attributes are not allowed under the CSP: ${eventHandlers.slice(0, 3).join(', ')}`);
  }
  const styleSources = ["'self'", ...hashes(styles)];
  if (styleAttributes.length) styleSources.push("'unsafe-hashes'", ...hashes(styleAttributes));
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes(scripts).join(' ')}`.trim(),
    `style-src ${styleSources.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const CHARSET = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;

/**
 * The page with its CSP meta tag: right after <meta charset> when that opens <head> (the charset
 * must stay within the first 1024 bytes, and it governs nothing a policy could block), otherwise
 * as the first child of <head>. An existing CSP meta (a rebuilt file) is replaced.
 * @param {string} html
 */
export function withCsp(html) {
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/g, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(cleaned).replace(/"/g, '&quot;')}">`;
  const head = /<head(\s[^>]*)?>/i.exec(cleaned);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  const afterHead = head.index + head[0].length;
  const charset = CHARSET.exec(cleaned.slice(afterHead));
  const at = charset && charset.index === 0 ? afterHead + charset[0].length : afterHead;
  return cleaned.slice(0, at) + meta + cleaned.slice(at);
}

/** @param {string} dir @returns {Promise<string[]>} */
async function htmlFilesIn(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await htmlFilesIn(full)));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(full);
  }
  return files;
}

/** @returns {import('astro').AstroIntegration} */
export default function cspMeta() {
  return {
    name: 'csp-meta',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFilesIn(root);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          try {
            await writeFile(file, withCsp(html));
          } catch (error) {
            throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}
