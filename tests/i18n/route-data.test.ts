// Starlight's site description is one string (the Chinese one): src/route-data.ts gives a page that
// has no description of its own the site's description in the page's language.
import { describe, expect, it } from 'vitest';
import { onRequest } from '../../src/route-data';
import { zh } from '../../src/i18n/zh-pages';
import { en } from '../../src/i18n/en-pages';

type Head = { tag: string; attrs?: Record<string, string | boolean | undefined>; content?: string }[];
const starlightHead = (): Head => [
  { tag: 'meta', attrs: { property: 'og:description', content: zh.siteDescription } },
  { tag: 'meta', attrs: { property: 'og:site_name', content: zh.siteTitle } },
  { tag: 'meta', attrs: { name: 'description', content: zh.siteDescription } },
  { tag: 'link', attrs: { rel: 'alternate', hreflang: 'en', href: '/en/x/' } },
];
async function headOf(lang: string, pathname: string, description?: string): Promise<Head> {
  const route = { lang, entry: { id: 'x', data: { description } }, head: starlightHead() };
  await onRequest({ locals: { starlightRoute: route }, url: new URL(`http://localhost${pathname}`) } as never, async () => {});
  return route.head;
}
const descriptions = (head: Head) => head.filter((e) => /description/.test(String(e.attrs?.name ?? e.attrs?.property))).map((e) => e.attrs?.content);

describe('route data: the site description in the page’s language', () => {
  it('an English page without a description of its own gets the English site description (meta and og)', async () => {
    const head = await headOf('en', '/en/x/');
    expect(descriptions(head)).toEqual([en.siteDescription, en.siteDescription]);
    expect(head).toHaveLength(4);
    expect(head[1]).toEqual(starlightHead()[1]);
  });
  it('a Chinese page keeps the Chinese one, and a page with its own description is left as Starlight made it', async () => {
    expect(descriptions(await headOf('zh-CN', '/x/'))).toEqual([zh.siteDescription, zh.siteDescription]);
    expect(await headOf('en', '/en/x/', 'Own words')).toEqual(starlightHead());
  });
});
