// @ts-check
// The page's stylesheets requested before its first inline script, so that a phone parses the head
// in several short tasks instead of one long one.
//
// Chromium parses everything it has received in one task until something makes the parser wait. A
// stylesheet that is still loading makes it wait at the next <script>. Astro writes the stylesheet
// links at the end of <head>, after the CSP, the rules preload, Starlight's theme script, its icon
// template and the inline styles. So the first task parsed all of that and ran two scripts, including
// the page's first, which pays for setting up the page's JavaScript. With the CPU slowed to a mid-tier
// phone's, that task took 90–130 ms on the checker opened from a shared link (issue 11's target is no
// task over 50 ms).
// With the links moved up, right after the viewport meta, the first task ends at the first inline
// script; the rest of the head is parsed in later tasks, once the stylesheet has arrived. The first
// paint is not delayed: nothing is painted before the stylesheet has loaded anyway.
// The links keep their order, and no <style> may lie between their new and old places (that would
// change which rule wins); the step fails the build, naming the page, if one does.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFilesIn } from './module-graph.mjs';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const VIEWPORT = /<meta\s+name="viewport"[^>]*>/;
const CSP = /<meta http-equiv="content-security-policy"[^>]*>/;
const HEAD_START = /<head(\s[^>]*)?>/;

/**
 * The page with the stylesheet links of its <head> moved right after the viewport meta (or the CSP
 * meta, or the start of <head>). Pure: the build and the tests share it.
 * @param {string} html
 */
export function stylesFirst(html) {
  const headStart = HEAD_START.exec(html);
  const headEnd = html.indexOf('</head>');
  if (!headStart || headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  const links = [...head.matchAll(STYLESHEET_LINK)];
  if (!links.length) return html;
  const anchor = VIEWPORT.exec(head) ?? CSP.exec(head);
  const at = anchor ? anchor.index + anchor[0].length : headStart.index + headStart[0].length;
  const last = links[links.length - 1];
  if (last.index < at) return html;
  if (/<style\b/.test(head.slice(at, last.index))) {
    throw new Error('a <style> comes before a stylesheet link in <head>: moving the link would change the cascade');
  }
  let rest = html.slice(at);
  for (const link of links.filter((l) => l.index >= at).reverse()) {
    const from = link.index - at;
    rest = rest.slice(0, from) + rest.slice(from + link[0].length);
  }
  return html.slice(0, at) + links.filter((l) => l.index >= at).map((l) => l[0]).join('') + rest;
}

/** @returns {import('astro').AstroIntegration} */
export default function styleSheetsFirst() {
  return {
    name: 'icp-styles-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFilesIn(fileURLToPath(dir));
        let moved = 0;
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          let out;
          try {
            out = stylesFirst(html);
          } catch (error) {
            throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
          if (out !== html) {
            moved++;
            await writeFile(file, out);
          }
        }
        logger.info(`stylesheet links moved before the first script on ${moved} of ${files.length} pages`);
      },
    },
  };
}
