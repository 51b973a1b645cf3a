// Finds facts typed by hand in an MDX page: the figures, dates and province lists that belong in
// src/rules and reach pages through components. What a component prints is not in the MDX source,
// so scanning the source sees exactly the hand-written prose (frontmatter titles and descriptions,
// Markdown, and the prose attributes of components such as <Aside title="…">).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const DOCS = join(ROOT, 'src/content/docs');

export type FactKind = 'working-days' | 'hours' | 'iso-date' | 'chinese-date' | 'province-list';

export interface Finding {
  /** Path under src/content/docs, with forward slashes. */
  file: string;
  line: number;
  kind: FactKind;
  /** The matched text. */
  match: string;
  /** The whole (cleaned) line, for the failure message. */
  context: string;
}

/** Component attributes that hold prose a person typed (kept and scanned); every other attribute is a prop (dropped). */
const PROSE_ATTRIBUTES = new Set(['title', 'description', 'text', 'label']);

const provinces: { short: string }[] = JSON.parse(readFileSync(join(ROOT, 'src/rules/provinces.json'), 'utf8')).provinces;
// Longest names first, so 内蒙古 is not read as a shorter name.
const NAME = `(?:${provinces.map((p) => p.short).sort((a, b) => b.length - a.length).join('|')})`;
const DIGITS = '[0-9０-９]+';

/** The patterns, each a kind of fact that a rule holds. Ranges are listed before single values. */
export const PATTERNS: { kind: FactKind; re: RegExp }[] = [
  // 3～20 个工作日, 3-20 个工作日, 3 到 20 个工作日, 1 个工作日, 1个工作日
  { kind: 'working-days', re: new RegExp(`${DIGITS}\\s*(?:(?:[～~〜\\-–—]|到|至)\\s*${DIGITS}\\s*)?个?\\s*工作日`, 'g') },
  // 24 小时, 48小时, 24 个小时
  { kind: 'hours', re: new RegExp(`${DIGITS}\\s*个?\\s*小时`, 'g') },
  // 2018-09-10
  { kind: 'iso-date', re: /\b\d{4}-\d{2}-\d{2}\b/g },
  // 2020 年 8 月 17 日, 2020年8月17日
  { kind: 'chinese-date', re: /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]/g },
  // 浙江、四川 (two or more joined by 、), or three or more joined by ，/和/及/与
  {
    kind: 'province-list',
    re: new RegExp(`${NAME}(?:\\s*、\\s*${NAME})+|${NAME}(?:\\s*(?:[、，,]|和|及|与)\\s*${NAME}){2,}`, 'g'),
  },
];

/** Replaces a match with spaces of the same shape, so line numbers stay right. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The hand-written prose of an MDX file, line for line (removed parts become blanks). */
export function proseOf(source: string): string {
  let text = source;
  // Frontmatter: keep titles, descriptions and taglines; drop dates of review, source ids and links.
  text = text.replace(/^---\n([\s\S]*?)\n---/, (fm) =>
    fm
      .split('\n')
      .map((line) => (/^\s*(lastReviewed|link|icon|variant|step|searchCategory|tableOfContents)\s*:|^\s*-\s+[a-z0-9-]+\s*$|^\s*sources\s*:/.test(line) ? blank(line) : line))
      .join('\n'),
  );
  // import/export lines and JSX comments.
  text = text.replace(/^(?:import|export)\s[^\n]*$/gm, blank);
  text = text.replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
  // Component tags (capitalised names): keep the prose attributes, drop every other attribute.
  text = text.replace(/<\/?[A-Z][\w.]*(?:\s+(?:[^<>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*)?\/?>/g, (tag) => {
    const kept: string[] = [];
    for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) if (PROSE_ATTRIBUTES.has(m[1])) kept.push(m[2] ?? m[3] ?? '');
    // String literals inside {…} props (e.g. durations={{ step: '约 1 个工作日' }}) are typed by hand too.
    for (const expr of tag.matchAll(/=\s*\{([\s\S]*)\}/g))
      for (const lit of expr[1].matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)) kept.push(lit[1] ?? lit[2] ?? lit[3] ?? '');
    const lines = tag.split('\n').length;
    const body = kept.join(' ');
    // Same number of lines as the tag had.
    return body + '\n'.repeat(lines - 1);
  });
  // Link targets, bare URLs and inline code are addresses and identifiers, not prose.
  text = text.replace(/\]\([^)\n]*\)/g, (m) => `]${blank(m.slice(1))}`);
  text = text.replace(/https?:\/\/[^\s)>\]]+/g, blank);
  text = text.replace(/`[^`\n]*`/g, blank);
  return text;
}

export function scan(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  proseOf(source)
    .split('\n')
    .forEach((context, i) => {
      const taken: [number, number][] = [];
      for (const { kind, re } of PATTERNS)
        for (const m of context.matchAll(re)) {
          const start = m.index!;
          const end = start + m[0].length;
          // A range already reported is not reported again as a single value.
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          taken.push([start, end]);
          findings.push({ file, line: i + 1, kind, match: m[0], context: context.trim() });
        }
    });
  return findings;
}

/** Every .mdx file under src/content/docs, as paths relative to it. */
export function mdxFiles(dir: string = DOCS): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.mdx') || e.name.endsWith('.md')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const scanDocs = (dir: string = DOCS): Finding[] => mdxFiles(dir).flatMap((f) => scan(f, readFileSync(join(dir, f), 'utf8')));
