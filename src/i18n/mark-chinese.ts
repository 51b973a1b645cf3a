// English pages show Chinese where a filer meets it (a document's name beside its English, a source's
// original title, a term in the copy). Screen readers and browsers need those runs marked, so every
// text run of Chinese on an English page is wrapped in <span lang="zh-CN"> unless an ancestor already
// says the text is Chinese. Done once over each English page's HTML (src/middleware.ts), so no
// component or page has to remember it. The character classes are chineseRuns' (engine/localize.ts).
import { chineseRuns } from '../engine/localize';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose text is not markup (or cannot hold a span): left as they are. */
const RAW = new Set(['script', 'style', 'title', 'textarea', 'option', 'template']);
const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*>/g;
const HAS_CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function markChinese(html: string): string {
  if (!HAS_CHINESE.test(html)) return html;
  const out: string[] = [];
  // Open elements: name, whether their text is Chinese already.
  const stack: { name: string; zh: boolean }[] = [];
  let raw: string | null = null;
  let last = 0;
  const text = (s: string) => {
    const inZh = stack.length > 0 && stack[stack.length - 1].zh;
    if (raw || inZh || !HAS_CHINESE.test(s)) return out.push(s);
    for (const run of chineseRuns(s)) out.push(run.chinese ? `<span lang="zh-CN">${run.text}</span>` : run.text);
  };
  for (const m of html.matchAll(TOKEN)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    const tag = m[0];
    out.push(tag);
    if (tag.startsWith('<!')) continue;
    const name = /^<\/?([a-zA-Z][^\s/>]*)/.exec(tag)![1].toLowerCase();
    if (tag.startsWith('</')) {
      if (raw) {
        if (name === raw) raw = null;
        continue;
      }
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (raw || VOID.has(name) || tag.endsWith('/>')) continue;
    if (RAW.has(name)) {
      raw = name;
      continue;
    }
    const lang = /\slang=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(tag);
    const value = lang ? (lang[1] ?? lang[2] ?? lang[3]) : null;
    const parent = stack.length > 0 && stack[stack.length - 1].zh;
    stack.push({ name, zh: value === null ? parent : /^zh\b/i.test(value) });
  }
  text(html.slice(last));
  return out.join('');
}
