import { describe, expect, it } from 'vitest';
import { spriteIcons } from '../../build/icon-sprite.mjs';

const PATH = '<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16Zm1-13h-2v6l5.2 3.2 1-1.6-4.2-2.6V7Z"/>';
const icon = (attrs: string, inner = PATH) => `<svg ${attrs} viewBox="0 0 24 24">${inner}</svg>`;

describe('spriteIcons (build/icon-sprite.mjs)', () => {
  it('moves decorative drawings to one sprite, keeping each <svg> element and its attributes', () => {
    const page = `<button>${icon('aria-hidden="true" class="a" style="--sl-icon-size: 1em;"')}</button><span aria-hidden="true" class="sl-anchor-icon">${icon('width="16"')}</span>`;
    const { pages, sprite, spritePath, moved } = spriteIcons(new Map([['a.html', page], ['b.html', page]]));
    expect(moved).toBe(4);
    expect(spritePath).toMatch(/^\/_astro\/icons\.[0-9a-f]{8}\.svg$/);
    // The same drawing is stored once and referenced everywhere.
    expect(sprite.match(/<g id=/g)).toHaveLength(1);
    const out = pages.get('a.html')!;
    expect(out).toContain('<svg aria-hidden="true" class="a" style="--sl-icon-size: 1em;" viewBox="0 0 24 24"><use href="/_astro/icons.');
    expect(out).not.toContain('M12 2a10');
  });

  it('leaves inline what may name something or be referred to, and icons a reader is told about', () => {
    const page = [
      icon('role="img" aria-label="Warning"'),
      icon('aria-hidden="true"', `<title>Clock</title>${PATH}`),
      icon('aria-hidden="true"', `<path id="hand" d="M1 1"/>${PATH}`),
      icon('aria-hidden="true"', '<path d="M1 1h2"/>'),
    ].join('');
    const { pages, moved } = spriteIcons(new Map([['a.html', page]]));
    expect(moved).toBe(0);
    expect(pages.get('a.html')).toBe(page);
  });

  it('names the sprite by its content, so a changed icon is fetched anew', () => {
    const one = spriteIcons(new Map([['a.html', icon('aria-hidden="true"')]]));
    const other = spriteIcons(new Map([['a.html', icon('aria-hidden="true"', PATH.replace('M12 2', 'M11 2'))]]));
    expect(one.spritePath).not.toBe(other.spritePath);
  });
});
