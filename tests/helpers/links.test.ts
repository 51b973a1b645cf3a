import { afterAll, describe, expect, it } from 'vitest';
import { makeSite } from './fixture';
import { checkGovLinks, checkInternalLinks, srcsetUrls } from './links';

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body><h1 id="_top">t</h1>${body}</body></html>`;

const site = makeSite({
  'index.html': page(
    '<link rel="canonical" href="https://example.test/"><link rel="stylesheet" href="/style.css">',
    [
      '<a href="/a/">ok</a>',
      '<a href="/a">ok: folder without slash</a>',
      '<a href="a/#sec">ok: relative with fragment</a>',
      '<a href="/a/#missing">broken fragment</a>',
      '<a href="/nope/">broken page</a><a href="/nope/">the same again</a>',
      '<a href="https://example.test/b.html?x=1#frag">ok: own origin, query, fragment</a>',
      '<a href="https://example.test/gone">broken on own origin</a>',
      '<a href="/c/%E4%B8%AD/#%E5%B7%A5">ok: encoded path and fragment</a>',
      '<a href="#top">ok: #top</a><a href="#_top">ok: #_top</a><a href="#">ok: #</a>',
      '<a href="https://elsewhere.example/x">external</a><a href="mailto:a@b.c">m</a><a href="tel:1">t</a>',
      '<img src="data:image/png;base64,AAAA" alt=""><img src="/img.png" srcset="/img.png 1x, /missing.png 2x" alt="">',
      '<script src="/gone.js"></script>',
      '<a href="https://beian.miit.gov.cn/" rel="noopener noreferrer" target="_blank">ok gov</a>',
      '<a href="https://www.gov.cn/x" rel="noopener">gov lacking noreferrer</a>',
      '<a href="https://notgov.cn/">not gov</a>',
    ].join(''),
  ),
  'a/index.html': page('', '<h2 id="sec">s</h2>'),
  'b.html': page('', '<p id="frag">f</p>'),
  'c/中/index.html': page('', '<p id="工">x</p>'),
  'style.css': 'body{}',
  'img.png': '',
  '404.html': page('<link rel="canonical" href="https://example.test/404/">', '<a href="/">home</a>'),
});

afterAll(() => site.remove());

describe('checkInternalLinks', () => {
  it('reports exactly the broken internal links and fragments, all at once', () => {
    const report = checkInternalLinks(site.root);
    expect(report.pages).toBe(5);
    expect(report.broken.sort()).toEqual(
      [
        '/ → /a/#missing (a[href]: no element with id "missing" in /a/)',
        '/ → /nope/ (a[href]: no such file in dist) ×2',
        '/ → https://example.test/gone (a[href]: no such file in dist)',
        '/ → /missing.png (img[srcset]: no such file in dist)',
        '/ → /gone.js (script[src]: no such file in dist)',
      ].sort(),
    );
  });
});

describe('checkGovLinks', () => {
  it('finds gov.cn links and reports those without noopener and noreferrer', () => {
    expect(checkGovLinks(site.root)).toEqual({
      links: 2,
      missingRel: ['/ → https://www.gov.cn/x (rel="noopener" lacks noreferrer)'],
    });
  });
});

describe('srcsetUrls', () => {
  it('splits candidates with and without descriptors', () => {
    expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/a.png 1x,/b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(srcsetUrls('/a.png, /b.png 480w')).toEqual(['/a.png', '/b.png']);
    // Per the standard a comma with no space after it belongs to the URL, except at its end.
    expect(srcsetUrls('  /a,b.png 100w , /c.png,, /d.png')).toEqual(['/a,b.png', '/c.png', '/d.png']);
    expect(srcsetUrls('')).toEqual([]);
  });
});
