// @ts-check
// Content-Security-Policy: Astro writes it (`security.csp` in astro.config.mjs): one
// <meta http-equiv="content-security-policy"> per page with our directives, 'self' and
// 'wasm-unsafe-eval' (Pagefind compiles its index reader from WebAssembly; no JS eval), and the hashes
// of every script and stylesheet Astro bundles or inlines itself (hoisted <script>s, the island
// runtime, <style> blocks). A static host cannot send per-page headers, so the meta tag is the
// mechanism that travels with the files.
//
// What Astro cannot do, and this post-build step does: hash inline code Astro does not process.
// - Starlight's `<script is:inline>` blocks (theme provider, sidebar state, mobile table of contents):
//   Astro leaves is:inline scripts untouched and so never hashes them.
// - style="" attributes that Starlight and Astro render (icon sizes, sidebar depth, display:none):
//   Astro hashes no attributes. They go into style-src-attr, which the config opens with
//   'unsafe-hashes' only (exact attribute values, never 'unsafe-inline').
// Their values are known only once a page is rendered, and `security.csp` takes its hashes before
// rendering, so this step adds them to Astro's meta after the build (and after Starlight's Pagefind
// indexing, which runs earlier in the integration list). It also refuses inline event handlers, which
// the policy blocks anyway (script-src-attr 'none').
// And it moves the meta to the top of <head>: Astro renders it where the layout renders its head
// elements, which in Starlight is after the theme provider's inline script and the service-worker
// script, and a meta policy governs only what comes after it.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { htmlFilesIn } from './module-graph.mjs';

/**
 * The policy's fixed part, given to Astro in astro.config.mjs (`security.csp`). The `attribute`
 * entries scope script-src-attr and style-src-attr (Astro 7.1+); Astro warns that script-src and
 * style-src sources do not reach those scopes, which is the point: no attribute may run script, and
 * style attributes are allowed only by the hashes added below.
 * @type {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>}
 */
export const ASTRO_CSP = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'", { resource: "'none'", kind: 'attribute' }],
  },
  styleDirective: {
    resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }],
  },
};

/** Script types a browser executes (others, e.g. application/ld+json, are data and need no hash). */
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** @param {string} text */
export const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

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
export const hashes = (texts) => [...new Set(texts.map(sha256))].sort();

/**
 * A policy as an ordered map of directive → sources.
 * @param {string} policy
 */
export function parsePolicy(policy) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** @param {Map<string, string[]>} directives */
const formatPolicy = (directives) => [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** @param {Map<string, string[]>} directives @param {string} name @param {string[]} add */
function addSources(directives, name, add) {
  const sources = directives.get(name);
  if (!sources) throw new Error(`Astro's policy has no ${name} to add hashes to`);
  for (const source of add) if (!sources.includes(source)) sources.push(source);
}

/**
 * Drops every hash that allows no inline code of this page. Astro gives each page the hashes of the
 * inline scripts and styles of the whole site (19 script hashes on a page with 11 inline scripts):
 * about 0.9 KB of base64 that barely compresses, in the first bytes of every page, where it delays
 * the first paint on a slow connection. A hash only ever allows inline code whose text matches it,
 * and no script here adds inline <script> or <style> elements at run time, so the others allow nothing.
 * @param {Map<string, string[]>} directives @param {Set<string>} present
 */
function pruneHashes(directives, present) {
  for (const [name, sources] of directives)
    directives.set(name, sources.filter((source) => !source.startsWith("'sha256-") || present.has(source)));
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

const CHARSET = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;

/**
 * The page with Astro's CSP meta completed by the hashes of the inline code Astro does not hash,
 * and moved right after <meta charset> when that opens <head> (the charset must stay within the
 * first 1024 bytes, and it governs nothing a policy could block), otherwise to the top of <head>.
 * @param {string} html
 */
export function completeCsp(html) {
  const meta = META.exec(html);
  if (!meta) throw new Error('no Content-Security-Policy meta from Astro (is security.csp set?)');
  const page = html.replace(META, '');
  const { scripts, styles, styleAttributes, eventHandlers } = inlineContent(page);
  if (eventHandlers.length) {
    throw new Error(`inline event handler attributes are not allowed under the CSP: ${eventHandlers.slice(0, 3).join(', ')}`);
  }
  const policy = parsePolicy(meta[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
  // Element hashes go where Astro put its own: script-src-elem / style-src-elem when in use.
  addSources(policy, policy.has('script-src-elem') ? 'script-src-elem' : 'script-src', hashes(scripts));
  addSources(policy, policy.has('style-src-elem') ? 'style-src-elem' : 'style-src', hashes(styles));
  if (styleAttributes.length) addSources(policy, 'style-src-attr', hashes(styleAttributes));
  pruneHashes(policy, new Set([...hashes(scripts), ...hashes(styles), ...hashes(styleAttributes)]));
  const tag = `<meta http-equiv="content-security-policy" content="${formatPolicy(policy).replace(/"/g, '&quot;')}">`;
  const head = /<head(\s[^>]*)?>/i.exec(page);
  if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
  const afterHead = head.index + head[0].length;
  const charset = CHARSET.exec(page.slice(afterHead));
  const at = charset && charset.index === 0 ? afterHead + charset[0].length : afterHead;
  return page.slice(0, at) + tag + page.slice(at);
}

/** @returns {import('astro').AstroIntegration} */
export default function cspInlineHashes() {
  return {
    name: 'csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await htmlFilesIn(root);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          try {
            await writeFile(file, completeCsp(html));
          } catch (error) {
            throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        logger.info(`Content-Security-Policy completed and moved first on ${files.length} pages`);
      },
    },
  };
}
