// The English edition's machinery without a build: marking Chinese runs in an English page's HTML,
// the page's language, links in the page's language, and the English words' shape.
import { describe, expect, it } from 'vitest';
import { markChinese } from '../../src/i18n/mark-chinese';
import { langOfPath } from '../../src/i18n/lang-path';
import { localHref, wordsFor, rulesFor } from '../../src/i18n/page-lang';
import { zh } from '../../src/i18n/zh-pages';
import { en } from '../../src/i18n/en-pages';

describe('markChinese', () => {
  it('wraps each Chinese run of text in <span lang="zh-CN">, not attributes, scripts or the title', () => {
    const html =
      '<html lang="en"><head><title>备案 guide</title><script>const a = "短信";</script></head>' +
      '<body><p title="中文" data-x="a > b">ID card (身份证), office 管局 ok</p><style>p::after{content:"中"}</style></body></html>';
    expect(markChinese(html)).toBe(
      '<html lang="en"><head><title>备案 guide</title><script>const a = "短信";</script></head>' +
        '<body><p title="中文" data-x="a > b">ID card (<span lang="zh-CN">身份证</span>), office <span lang="zh-CN">管局</span> ok</p><style>p::after{content:"中"}</style></body></html>',
    );
  });

  it('leaves text alone inside an element already marked Chinese, and marks again inside a nested lang="en"', () => {
    const html = '<div lang="zh-CN"><b>浙江</b><i lang="en">Zhejiang 浙江</i><br>省</div><p>杭州</p>';
    expect(markChinese(html)).toBe(
      '<div lang="zh-CN"><b>浙江</b><i lang="en">Zhejiang <span lang="zh-CN">浙江</span></i><br>省</div><p><span lang="zh-CN">杭州</span></p>',
    );
  });

  it('returns pages without Chinese unchanged, comments and void elements included', () => {
    const html = '<!doctype html><!-- x --><img src="a.png" alt="a"><input value="b"><p>Plain English</p>';
    expect(markChinese(html)).toBe(html);
    expect(markChinese('<p>a<br/>中</p>')).toBe('<p>a<br/><span lang="zh-CN">中</span></p>');
  });
});

describe('languages and links', () => {
  it('knows the language of a path: English under /en/, Chinese elsewhere', () => {
    expect(langOfPath('/en/')).toBe('en');
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/en/provinces/zj/')).toBe('en');
    expect(langOfPath('/')).toBe('zh-CN');
    expect(langOfPath('/enroll/')).toBe('zh-CN');
  });

  it('maps internal links to the page language, never external ones or ones already in English', () => {
    expect(localHref('/changes/#rule-x', 'en')).toBe('/en/changes/#rule-x');
    expect(localHref('/changes/#rule-x', 'zh-CN')).toBe('/changes/#rule-x');
    expect(localHref('/en/changes/', 'en')).toBe('/en/changes/');
    expect(localHref('https://beian.miit.gov.cn/', 'en')).toBe('https://beian.miit.gov.cn/');
    expect(localHref('//cdn.example/x', 'en')).toBe('//cdn.example/x');
    expect(localHref('#ref-1', 'en')).toBe('#ref-1');
  });

});

describe('the words and the rule set per language', () => {
  it('English has every key the Chinese words have, at every depth, and no other', () => {
    const shape = (v: unknown): unknown =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]).sort()) : typeof v;
    expect(shape(en)).toEqual(shape(zh));
    expect(wordsFor('en')).toBe(en);
    expect(wordsFor('zh-CN')).toBe(zh);
  });

  it('gives the same rules, worded in English, for English pages', () => {
    const [zhRules, enRules] = [rulesFor('zh-CN'), rulesFor('en')];
    expect(enRules.rules.map((r) => r.id)).toEqual(zhRules.rules.map((r) => r.id));
    expect(enRules.rules.every((r, i) => r.title === zhRules.rules[i].en.title)).toBe(true);
  });
});
