import { describe, expect, it } from 'vitest';
import { stylesFirst } from '../../build/styles-first.mjs';

const CSP = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1"/>';
const PRINT = '<link rel="stylesheet" href="/_astro/print.css" media="print"/>';
const MAIN = '<link rel="stylesheet" href="/_astro/main.css"/>';
const page = (head: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"/>${head}</head><body><p>x</p></body></html>`;

describe('stylesFirst (build/styles-first.mjs)', () => {
  it('moves the stylesheet links right after the viewport meta, in their order, ahead of every inline script', () => {
    const html = page(`${CSP}${VIEWPORT}<title>t</title><script>theme()</script><template id="i"></template>${PRINT}${MAIN}<style>.a{}</style><script>later()</script>`);
    const out = stylesFirst(html);
    expect(out).toBe(page(`${CSP}${VIEWPORT}${PRINT}${MAIN}<title>t</title><script>theme()</script><template id="i"></template><style>.a{}</style><script>later()</script>`));
    // Nothing lost, nothing added.
    expect(out.length).toBe(html.length);
  });

  it('falls back to after the policy, then to the start of <head>, when a page has no viewport meta', () => {
    expect(stylesFirst(page(`${CSP}<script>a()</script>${MAIN}`))).toBe(page(`${CSP}${MAIN}<script>a()</script>`));
    expect(stylesFirst(`<html><head><script>a()</script>${MAIN}</head><body></body></html>`)).toBe(`<html><head>${MAIN}<script>a()</script></head><body></body></html>`);
  });

  it('leaves a page without stylesheet links, or with them already first, as it is', () => {
    const none = page(`${CSP}${VIEWPORT}<script>a()</script><style>.a{}</style>`);
    expect(stylesFirst(none)).toBe(none);
    const done = page(`${CSP}${VIEWPORT}${MAIN}<script>a()</script>`);
    expect(stylesFirst(done)).toBe(done);
  });

  it('refuses to move a link over a <style>, which would change which rule wins', () => {
    expect(() => stylesFirst(page(`${VIEWPORT}<style>.a{color:red}</style>${MAIN}`))).toThrow(/cascade/);
  });

  it('leaves stylesheet links in <body> where they are', () => {
    const html = page(`${VIEWPORT}<script>a()</script>`).replace('<p>x</p>', `<p>x</p>${MAIN}`);
    expect(stylesFirst(html)).toBe(html);
  });
});
