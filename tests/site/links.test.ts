import { beforeAll, describe, expect, it } from 'vitest';
import { checkGovLinks, checkInternalLinks } from '../helpers/links';
import { requireDist } from '../../tooling/paths';

describe('links in the built site', () => {
  beforeAll(() => {
    requireDist();
  });

  it('every internal href/src/srcset points at a file in dist, and every #fragment at an element', () => {
    const report = checkInternalLinks();
    expect(report.pages, 'no .html files in dist').toBeGreaterThan(0);
    expect(report.checked, 'found no internal links at all').toBeGreaterThan(0);
    expect(report.broken, `${report.broken.length} broken internal link(s)`).toEqual([]);
  });

  it('links to government sites (*.gov.cn, e.g. beian.miit.gov.cn) carry rel="noopener noreferrer"', () => {
    const report = checkGovLinks();
    // The guide sends readers to the MIIT filing system; a site with no such link has lost content.
    expect(report.links, 'no links to *.gov.cn anywhere in the site').toBeGreaterThan(0);
    expect(report.missingRel, `${report.missingRel.length} government link(s) without noopener/noreferrer`).toEqual(
      [],
    );
  });
});
