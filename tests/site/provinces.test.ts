// Province pages and the change log are generated from the rule files: check them against the data.
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../src/engine/rules';
import { attr, byTestId, find, findAll, text } from '../helpers/html';
import { h1Text, loadPage } from '../helpers/site';

// The first date on which an SMS rule makes the step required in a province, straight from the data.
const smsStartFromData = (code: string) =>
  ruleSet.rules
    .filter(
      (r) =>
        r.event.type === 'step-status' &&
        r.event.params.step === 'sms-verification' &&
        r.event.params.status === 'required' &&
        (r.provinces === 'all' || r.provinces.includes(code)),
    )
    .map((r) => r.effectiveFrom)
    .sort()[0];

describe('province pages', () => {
  it.each(ruleSet.provinces.map((p) => [p.code, p]))('/provinces/%s/ exists and shows the SMS start date from the data', (code, p) => {
    const doc = loadPage(`/provinces/${code}/`);
    expect(h1Text(doc)).toContain(p.full);
    const sms = find(doc, byTestId('sms-start'));
    expect(sms && text(sms)).toBe(smsStartFromData(code));
    const checker = findAll(doc, (el) => el.tagName === 'a' && attr(el, 'href') === `/checker/?province=${code}`);
    expect(checker.length).toBeGreaterThan(0);
    const bureau = findAll(doc, (el) => el.tagName === 'a' && attr(el, 'href') === p.bureauSite);
    expect(bureau.length).toBeGreaterThan(0);
    expect(attr(bureau[0], 'rel')).toContain('noopener');
  });

  it('the overview lists all 31 with a link to each page', () => {
    const doc = loadPage('/provinces/');
    const rows = findAll(doc, (el) => el.tagName === 'tr' && attr(el, 'data-search') !== undefined);
    expect(rows).toHaveLength(31);
    for (const p of ruleSet.provinces) {
      expect(findAll(doc, (el) => el.tagName === 'a' && attr(el, 'href') === `/provinces/${p.code}/`).length).toBeGreaterThan(0);
    }
  });

  const ruleLinks = (path: string) =>
    new Set(
      findAll(loadPage(path), (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('/changes/#rule-')).map((a) =>
        (attr(a, 'href') as string).slice('/changes/#rule-'.length),
      ),
    );

  it.each(['tj', 'zj', 'sh'])('/provinces/%s/ lists every rule of its own and links the nationwide ones, said once elsewhere', (code) => {
    const linked = ruleLinks(`/provinces/${code}/`);
    for (const r of ruleSet.rules.filter((x) => x.provinces !== 'all' && x.provinces.includes(code))) expect(linked).toContain(r.id);
    const doc = loadPage(`/provinces/${code}/`);
    // Nationwide rules are not listed again (a fact in "today" may still link the rule behind it).
    const listed = new Set(findAll(doc, (el) => el.tagName === 'li' && attr(el, 'data-rule') !== undefined).map((li) => attr(li, 'data-rule')));
    for (const r of ruleSet.rules.filter((x) => x.provinces === 'all')) expect(listed.has(r.id), r.id).toBe(false);
    expect(findAll(doc, (el) => el.tagName === 'a' && attr(el, 'href') === '/provinces/nationwide/')).toHaveLength(1);
  });

  // Rules cite their sources as "[n]", numbered into one list at the page's foot: each source is
  // said once per page, and "[3]" leads to the third entry of that list.
  it.each([...ruleSet.provinces.map((p) => p.code), 'nationwide'])('/provinces/%s/ lists each source once, and each [n] leads to the n-th', (code) => {
    const doc = loadPage(`/provinces/${code}/`);
    const main = find(doc, (el) => el.tagName === 'main')!;
    const external = findAll(main, (el) => el.tagName === 'a' && /^https?:/.test(attr(el, 'href') ?? '')).map((a) => attr(a, 'href'));
    const repeated = external.filter((href, i) => external.indexOf(href) !== i && !/beian\.miit\.gov\.cn/.test(href!));
    expect(repeated, 'source links said twice').toEqual([]);
    const list = find(doc, byTestId('page-sources'));
    const entries = findAll(list!, (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('ref-'));
    const cites = findAll(main, (el) => el.tagName === 'a' && /^#ref-/.test(attr(el, 'href') ?? ''));
    expect(cites.length).toBeGreaterThan(0);
    for (const a of cites) {
      const n = Number(/^\[(\d+)\]$/.exec(text(a))?.[1]);
      expect(attr(entries[n - 1], 'id'), text(a)).toBe(attr(a, 'href')!.slice(1));
    }
    // Every source of a rule in force shown on the page is in the list (an entry is known by its
    // link), except another province's bureau page: a rule shared by several provinces cites, on
    // one province's page, that province's bureau page and the sources about all of them.
    const sourceAt = (href: string) => ruleSet.sources.find((s) => decodeURI(s.url) === decodeURI(href));
    const listed = entries.map((li) => sourceAt(attr(find(li, (el) => el.tagName === 'a')!, 'href')!)!);
    const elsewhere = (s: { provinces?: string[] }) => code !== 'nationwide' && s.provinces !== undefined && !s.provinces.includes(code);
    expect(listed.filter(elsewhere).map((s) => s.id), 'bureau pages of other provinces').toEqual([]);
    const shown = findAll(main, (el) => el.tagName === 'li' && attr(el, 'data-rule') !== undefined && !(attr(el, 'class') ?? '').includes('ended'));
    expect(shown.length).toBeGreaterThan(0);
    for (const li of shown) {
      const rule = ruleSet.rules.find((r) => r.id === attr(li, 'data-rule'))!;
      const sources = rule.sources.map((id) => ruleSet.sources.find((s) => s.id === id)!);
      for (const s of sources.filter((x) => !elsewhere(x))) expect(listed, `${rule.id} cites ${s.id}`).toContain(s);
      expect(findAll(li, (el) => el.tagName === 'a' && /^#ref-/.test(attr(el, 'href') ?? '')).length, `${rule.id} cites a source`).toBeGreaterThan(0);
    }
  });

  it('a province page names each of its places once, by its full name; the English page adds the pinyin', () => {
    const places = (path: string) => {
      const p = find(loadPage(path), (el) => el.tagName === 'p' && attr(el, 'class') === 'province-places');
      return p ? text(p) : '';
    };
    const zh = places('/provinces/zj/');
    expect(zh).toContain('杭州市、湖州市、嘉兴市');
    expect(zh).not.toMatch(/杭州、|、湖州、/);
    const en = places('/en/provinces/zj/');
    expect(en).toContain('Hangzhou (杭州市), Huzhou (湖州市), Jiaxing (嘉兴市)');
    expect(places('/en/provinces/sh/')).toContain('Pudong (浦东新区)');
    // ...in the order of the English names, which is how an English reader looks one up.
    for (const path of ['/en/provinces/hn/', '/en/provinces/xz/', '/en/provinces/sh/']) {
      const names = places(path).replace(/^[^:]*: /, '').split(/\), /).map((entry) => entry.split(' (')[0]);
      expect(names.length, path).toBeGreaterThan(5);
      expect(names, path).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });

  it('/provinces/nationwide/ lists every nationwide rule', () => {
    const linked = ruleLinks('/provinces/nationwide/');
    for (const r of ruleSet.rules.filter((x) => x.provinces === 'all')) expect(linked).toContain(r.id);
  });
});

describe('the change log', () => {
  it('lists every dated rule exactly once, newest first, with a link to each year', () => {
    const doc = loadPage('/changes/');
    const entries = findAll(doc, (el) => el.tagName === 'li' && attr(el, 'data-rule') !== undefined);
    const ids = entries.map((e) => attr(e, 'data-rule') as string);
    expect([...ids].sort()).toEqual(ruleSet.rules.map((r) => r.id).sort());
    expect(new Set(ids).size).toBe(ids.length);
    const dates = ids.map((id) => ruleSet.rules.find((r) => r.id === id)!.effectiveFrom);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const e of entries) expect(attr(e, 'id')).toBe(`rule-${attr(e, 'data-rule')}`);
    const years = [...new Set(dates.map((d) => d.slice(0, 4)))];
    const nav = find(doc, (el) => el.tagName === 'nav' && (attr(el, 'class') ?? '').split(/\s+/).includes('years'));
    expect(nav, 'the year links above the log').toBeTruthy();
    const jumps = findAll(nav!, (el) => el.tagName === 'a').map((a) => attr(a, 'href'));
    expect(jumps).toEqual(years.map((y) => `#y${y}`));
  });
});
