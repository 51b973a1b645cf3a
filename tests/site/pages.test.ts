import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byTestId, find, findAll, text, visibleText } from '../helpers/html';
import { zh } from '../../src/i18n/zh-pages';
import { ruleSet } from '../../src/engine/rules';
import { todayInChina } from '../../src/engine/dates';
import { requireDist } from '../../tooling/paths';
import { fileForUrlPath, h1Text, htmlFiles, loadHtmlFile, loadPage, loadSteps, PREREQUISITES, sidebarLinks, urlPathOf } from '../helpers/site';

const steps = loadSteps();
const stepPaths = steps.map((s) => `/steps/${s.id}/`);
const prerequisitePaths = PREREQUISITES.map((id) => `/prerequisites/${id}/`);
const guidePages = [...prerequisitePaths, '/steps/', ...stepPaths];
const allPages = ['/', ...prerequisitePaths, '/steps/', ...stepPaths, '/glossary/', '/sources/'];

beforeAll(() => {
  requireDist();
});

/** Where a pattern matches the visible text of a built page's <main>, with the text around it. */
function shownInMain(pattern: RegExp): string[] {
  const shown: string[] = [];
  for (const file of htmlFiles()) {
    const main = find(loadHtmlFile(file), (el) => el.tagName === 'main');
    if (!main) continue;
    const visible = visibleText(main);
    for (const m of visible.matchAll(pattern)) shown.push(`${urlPathOf(file)}: …${visible.slice(Math.max(0, m.index - 25), m.index + 25)}…`);
  }
  return shown;
}

describe('steps.json, the source of the step order', () => {
  it('has ten steps with distinct ids, numbered 1–10, each pointing at /steps/<id>/', () => {
    expect(steps).toHaveLength(10);
    expect(new Set(steps.map((s) => s.id)).size).toBe(10);
    expect(steps.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const step of steps) expect(fileForUrlPath(`/steps/${step.id}/`), step.id).toBeTruthy();
  });
});

describe('built pages', () => {
  it('the home page, five prerequisites, the ten steps and their overview, glossary and sources are all built', () => {
    const missing = allPages.filter((path) => !fileForUrlPath(path));
    expect(missing, 'pages missing from dist').toEqual([]);
  });

  it.each(allPages)('%s has a non-empty <h1>', (path) => {
    expect(h1Text(loadPage(path))).not.toBe('');
  });

  it.each(steps.map((s) => [`/steps/${s.id}/`, s.title] as const))('%s is headed with its title %s', (path, title) => {
    expect(h1Text(loadPage(path))).toContain(title);
  });

  it.each(guidePages)('%s shows its sources ([data-testid="page-sources"])', (path) => {
    const block = find(loadPage(path), byTestId('page-sources'));
    expect(block, 'no [data-testid="page-sources"] block').toBeDefined();
    expect(attr(block!, 'hidden'), 'the sources block is hidden').toBeUndefined();
    expect(text(block!), 'the sources block is empty').not.toBe('');
  });
});

describe('emphasis in the pages is rendered, not shown as Markdown', () => {
  // CommonMark closes ** only where the next character allows it: `**<Fact … />**内` (a component
  // followed by a CJK character) stays literal, and a reader sees the asterisks. <strong> is safe.
  it('no page shows ** in its text', () => {
    expect(shownInMain(/\*\*/g)).toEqual([]);
  });
});


describe('dates as the pages give them', () => {
  // The words for "a date asked about" belong to the checker's result; a page is read on its build day.
  it('no page speaks of a date asked about, or gives a period from a day to the same day', () => {
    expect(shownInMain(/所查日期|date asked about|(\d{4}-\d\d-\d\d) (?:至|to) \1(?!\d)/g)).toEqual([]);
  });
});
describe('sidebar on step pages', () => {
  it.each(stepPaths)('%s lists the ten steps in order, after their overview, and marks itself current', (path) => {
    const links = sidebarLinks(loadPage(path));
    const stepLinks = links.filter((l) => /^\/steps\/[^/]+\/$/.test(l.href));
    expect(stepLinks.map((l) => l.href)).toEqual(stepPaths);
    const hrefs = links.map((l) => l.href);
    expect(hrefs.indexOf('/steps/'), 'the overview of the ten steps comes just before step 1').toBe(hrefs.indexOf(stepPaths[0]) - 1);
    stepLinks.forEach((link, i) => expect(link.label).toContain(steps[i].title));
    expect(links.filter((l) => l.current).map((l) => l.href)).toEqual([path]);
  });

  it.each(stepPaths)('%s lists the five prerequisites in order', (path) => {
    const hrefs = sidebarLinks(loadPage(path))
      .map((l) => l.href)
      .filter((href) => href.startsWith('/prerequisites/'));
    expect(hrefs).toEqual(prerequisitePaths);
  });
});

describe('website naming rules on the guide pages', () => {
  // Every provincial naming rule in force is shown where the guide explains website names, with its
  // province and the titles of its sources, as the rule data gives them.
  const today = todayInChina();
  const naming = ruleSet.rules.filter((r) => r.aspect === 'naming' && r.effectiveFrom <= today && (r.effectiveUntil === null || r.effectiveUntil >= today));
  const provinceShort = new Map(ruleSet.provinces.map((p) => [p.code, p.short]));

  it('there are naming rules to show', () => {
    expect(naming.length).toBeGreaterThan(0);
  });

  it.each(naming.map((r) => [r.id, r] as const))('/steps/fill-information/ shows %s with its province and sources', (_id, rule) => {
    const item = find(loadPage('/steps/fill-information/'), (el) => attr(el, 'data-rule') === rule.id);
    expect(item, 'rule missing from the page').toBeTruthy();
    const shown = text(item!);
    for (const code of rule.provinces === 'all' ? [] : rule.provinces) expect(shown).toContain(provinceShort.get(code));
    for (const id of rule.sources) expect(shown).toContain(ruleSet.sources.find((s) => s.id === id)!.title);
  });

  it.each(naming.flatMap((r) => (r.provinces === 'all' ? [] : r.provinces.map((code) => [code, r.id] as const))))('/provinces/%s/ lists %s', (code, id) => {
    expect(find(loadPage(`/provinces/${code}/`), (el) => attr(el, 'data-rule') === id), `${id} on /provinces/${code}/`).toBeTruthy();
  });
});

describe('documents that only some filers need say who and when', () => {
  // The complete list on the upload page: a document that is not for every filer names the provinces
  // of its rule, and one that depends on an answer (another province's ID, content, an App) says so.
  const rows = () => findAll(find(loadPage('/steps/upload-documents/'), byTestId('materials-today'))!, (el) => el.tagName === 'tr' && attr(el, 'data-everyone') !== undefined);
  const rulesOf = (row: Parameters<typeof text>[0]) =>
    findAll(row, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').startsWith('/changes/#rule-'))
      .map((a) => ruleSet.rules.find((r) => `/changes/#rule-${r.id}` === attr(a, 'href')))
      .filter((r) => r !== undefined);

  it('the list has rows for some filers only', () => {
    expect(rows().filter((r) => attr(r, 'data-everyone') === 'no').length).toBeGreaterThan(0);
  });

  it('each such row names its provinces and, when an answer decides it, the condition', () => {
    const provinceShort = new Map(ruleSet.provinces.map((p) => [p.code, p.short]));
    for (const row of rows().filter((r) => attr(r, 'data-everyone') === 'no')) {
      const cells = findAll(row, (el) => el.tagName === 'td');
      const applies = findAll(cells.at(-1)!, (el) => el.tagName === 'p').map(text);
      const name = text(findAll(row, (el) => el.tagName === 'th')[0]).slice(0, 40);
      expect(applies.length, name).toBeGreaterThan(0);
      expect(applies, name).not.toContain(zh.guide.everyFiler);
      for (const rule of rulesOf(row)) {
        if (rule.provinces !== 'all') for (const code of rule.provinces) expect(applies.join(' '), `${rule.id}: ${code}`).toContain(provinceShort.get(code));
        const byAnswer = JSON.stringify(rule.conditions ?? {}).match(/"fact":"(?!entity")/);
        if (byAnswer) for (const label of applies) expect(label.startsWith(zh.guide.onlyIn('')), `${rule.id}: ${label}`).toBe(false);
      }
    }
  });
});

describe('the rule timelines on the step pages', () => {
  // Every rule of the topic is listed by date; its full text and sources have one home, the change log.
  const changes = loadPage('/changes/');
  const timelines = [
    ['/steps/sms-verification/', 'sms-verification'],
    ['/steps/identity-verification/', 'identity-verification'],
    ['/en/steps/sms-verification/', 'sms-verification'],
    ['/en/steps/identity-verification/', 'identity-verification'],
  ] as const;

  it.each(timelines)('%s lists every %s rule in date order, each title linking to its entry in the change log', (path, topic) => {
    const en = path.startsWith('/en/');
    const timeline = find(loadPage(path), (el) => el.tagName === 'div' && attr(el, 'data-topic') === topic)!;
    expect(timeline, `${path} has a ${topic} timeline`).toBeTruthy();
    const items = findAll(timeline, (el) => el.tagName === 'li' && attr(el, 'data-rule') !== undefined);
    const expected = ruleSet.rules.filter((r) => r.topic === topic);
    expect(items.map((li) => attr(li, 'data-rule')).sort()).toEqual(expected.map((r) => r.id).sort());
    const starts = items.map((li) => ruleSet.rules.find((r) => r.id === attr(li, 'data-rule'))!.effectiveFrom);
    expect(starts).toEqual([...starts].sort());
    for (const li of items) {
      const id = attr(li, 'data-rule')!;
      const link = find(li, (el) => el.tagName === 'a')!;
      expect(attr(link, 'href')).toBe(`${en ? '/en' : ''}/changes/#rule-${id}`);
    }
    // The Chinese change log holds each rule's text, which the timeline leaves out.
    if (!en)
      for (const r of expected) {
        const entry = find(changes, (el) => attr(el, 'id') === `rule-${r.id}`);
        expect(entry, `change log entry for ${r.id}`).toBeTruthy();
        expect(text(entry!), r.id).toContain(r.text);
        expect(text(timeline)).not.toContain(r.text);
      }
  });
});

describe('the checker pages as built', () => {
  // The suggestions are rendered beside the island (ProvinceOptions), so nothing but the built page
  // shows a reader who types into the province field that every province is offered.
  it.each([
    ['/checker/', (p: (typeof ruleSet.provinces)[number]) => p.short],
    ['/en/checker/', (p: (typeof ruleSet.provinces)[number]) => p.en.short],
  ] as const)('%s suggests every province in the province field', (path, short) => {
    const doc = loadPage(path);
    const input = find(doc, (el) => el.tagName === 'input' && attr(el, 'name') === 'province');
    expect(input, 'the province field').toBeTruthy();
    const list = find(doc, (el) => el.tagName === 'datalist' && attr(el, 'id') === attr(input!, 'list'));
    expect(list, `a <datalist id="${attr(input!, 'list')}">`).toBeTruthy();
    const offered = findAll(list!, (el) => el.tagName === 'option').map((o) => attr(o, 'value'));
    expect(offered).toEqual(ruleSet.provinces.map(short));
  });
});

describe('a province page\'s summary of today', () => {
  // Tianjin has two phone-number rules in force (a local number for individuals since 2018, one
  // number per principal since 2023): the summary once showed only the first it met.
  it('names every phone-number rule in force there, not just the first', () => {
    const today = todayInChina();
    const phoneRules = ruleSet.rules.filter(
      (r) => r.aspect === 'phone' && (r.provinces === 'all' || r.provinces.includes('tj')) && r.effectiveFrom !== null && r.effectiveFrom <= today && (r.effectiveUntil === null || r.effectiveUntil >= today) && (r.provider ?? 'alibaba') === 'alibaba',
    );
    expect(phoneRules.length).toBeGreaterThan(1);
    const page = loadPage('/provinces/tj/');
    const facts = find(page, (el) => el.tagName === 'dl' && (attr(el, 'class') ?? '').includes('province-facts'))!;
    for (const r of phoneRules) expect(text(facts), r.id).toContain(r.title);
  });

  // Hubei's rule for non-local individuals rests on Alibaba's 2018-2019 archive only; Shanghai's is
  // the same rule, but a 2025 rule on the permit's validity there confirms that a permit is still asked for.
  it('says when its answer rests only on sources five or more years old, and not when a recent one confirms it', () => {
    const note = zh.provinceSummary.unconfirmed(5);
    const facts = (code: string) => text(find(loadPage(`/provinces/${code}/`), (el) => el.tagName === 'dl' && (attr(el, 'class') ?? '').includes('province-facts'))!);
    expect(ruleSet.rules.some((r) => r.aspect === 'residence' && r.provinces !== 'all' && r.provinces.includes('sh') && r.effectiveFrom >= '2025-01-01')).toBe(true);
    expect(facts('hb')).toContain(note);
    expect(facts('sh')).not.toContain(note);
  });
});
