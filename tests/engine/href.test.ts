// Source links are written with their Chinese file names as characters (a third of the bytes):
// a browser must still go to exactly the address in src/rules/sources.json.
import { describe, expect, it } from 'vitest';
import { ruleSet } from '../../src/engine/rules';
import { readableHref } from '../../src/present/href';

describe('readableHref', () => {
  it('every source: the same address, never longer', () => {
    for (const { id, url } of ruleSet.sources) {
      const href = readableHref(url);
      expect(new URL(href).href, id).toBe(new URL(url).href);
      expect(href.length, id).toBeLessThanOrEqual(url.length);
    }
  });

  it('leaves ASCII escapes and broken UTF-8 as they are', () => {
    expect(readableHref('https://example.com/a%20b%2Fc%E5%A4%87')).toBe('https://example.com/a%20b%2Fc备');
    expect(readableHref('https://example.com/%E5%A4')).toBe('https://example.com/%E5%A4');
  });

  it('shortens the archive links', () => {
    const archive = ruleSet.sources.filter((s) => s.url.includes('alipannu12121/icp'));
    expect(archive.length).toBeGreaterThan(0);
    for (const s of archive) expect(readableHref(s.url).length).toBeLessThan(s.url.length);
  });
});
