/**
 * The site deployed under a sub-path: dist-sub/ is built with BASE_PATH=/vienna/ and another
 * SITE_URL (tests/setup/site.ts). Every internal link must carry the base and resolve.
 */
import { describe, expect, it } from 'vitest';
import { brokenLinks, feedLinks, fileFor, htmlPages, page } from '../../scripts/lib/built-site.ts';

const OUT = 'dist-sub';
describe('a build under a sub-path (BASE_PATH=/vienna/)', () => {
  it('resolves every internal link, asset and fragment under the base', () => {
    expect(htmlPages(OUT).length).toBeGreaterThan(50);
    expect(brokenLinks(OUT, '/vienna/')).toEqual([]);
  });

  it('puts SITE_URL and the base into canonical URLs, previews, sitemap and feed', () => {
    const head = page('/sources/vienna-declaration/', OUT).querySelector('head')!;
    expect(head.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://press.example.net/vienna/sources/vienna-declaration/');
    expect(head.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe('https://press.example.net/vienna/og/sources/vienna-declaration.png');
    expect(
      page('/sitemap-0.xml', OUT)
        .querySelectorAll('loc')
        .map((l) => l.textContent),
    ).toContain('https://press.example.net/vienna/events/tirana-2024/');
    expect(feedLinks(OUT)).toContain('https://press.example.net/vienna/events/tirana-2024/');
  });

  it('points the search box and its script at the base', () => {
    const form = page('/', OUT).querySelector('form[data-search]')!;
    expect(form.getAttribute('action')).toBe('/vienna/search/');
    expect(form.getAttribute('data-base')).toBe('/vienna/');
    expect(fileFor('/pagefind/pagefind.js', OUT)).toBeTruthy();
  });
});
