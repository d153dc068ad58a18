import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorIds, feedLinks, fileFor, htmlPages, page, publishedFiles } from '../../scripts/lib/built-site.ts';
import { checkContract } from '../../src/lib/content/url-contract.ts';
import { THEME_SCRIPT } from '../../src/lib/site/theme.ts';
import { readAnchorAliases, readManifest, readRedirects } from '../../src/lib/content/url-data.ts';

const SITE = 'https://vienna-declaration.example.org';
// Embed cards are fragments made for other sites' frames, with metadata of their own (tests/build/embeds.test.ts).
const pages = htmlPages().filter((p) => p !== '/404.html' && !p.startsWith('/embed/'));
const head = (path: string) => page(path).querySelector('head')!;
const metaContent = (path: string, attr: string, name: string) => head(path).querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');
const jsonLd = (path: string) => JSON.parse(head(path).querySelector('script[type="application/ld+json"]')!.textContent);

describe('page metadata', () => {
  it('gives every page a unique title and a description', () => {
    const titles = pages.map((p) => head(p).querySelector('title')!.textContent);
    expect(new Set(titles).size).toBe(pages.length);
    for (const p of pages) expect(metaContent(p, 'name', 'description')?.length, p).toBeGreaterThan(30);
  });

  it('gives every page an absolute canonical URL, Open Graph and Twitter card tags', () => {
    for (const p of pages) {
      expect(head(p).querySelector('link[rel=canonical]')!.getAttribute('href'), p).toBe(`${SITE}${p}`);
      expect(metaContent(p, 'property', 'og:url')).toBe(`${SITE}${p}`);
      for (const tag of ['og:title', 'og:description', 'og:type', 'og:image', 'og:image:alt'])
        expect(metaContent(p, 'property', tag), `${p} ${tag}`).toBeTruthy();
      expect(metaContent(p, 'name', 'twitter:card')).toBe('summary_large_image');
      const image = metaContent(p, 'property', 'og:image')!;
      expect(image.startsWith(`${SITE}/og/`), image).toBe(true);
      expect(fileFor(image.slice(SITE.length)), `preview image of ${p}`).toBeTruthy();
    }
  });

  it('describes each kind of page with fitting schema.org JSON-LD', () => {
    expect(jsonLd('/sources/tirana-regional-conference/')).toMatchObject({
      '@type': 'Report',
      genre: 'Press release',
      datePublished: '2024-06-11',
      publisher: { '@type': 'Organization', name: 'INTERPOL' },
    });
    expect(jsonLd('/sources/vindobona-general-assembly-opens/')).toMatchObject({
      '@type': 'NewsArticle',
      isPartOf: { '@type': 'Periodical', name: 'Vindobona' },
    });
    expect(jsonLd('/sources/interpol-unodc-agreement/')).toMatchObject({ datePublished: '2016-05' });
    expect(jsonLd('/sources/vienna-declaration/')).toMatchObject({
      '@type': 'Report',
      genre: 'Declaration',
      author: [{ name: 'Ahmed Naser Al-Raisi' }, { name: 'Jürgen Stock' }],
    });
    expect(jsonLd('/events/tirana-2024/')).toMatchObject({
      '@type': 'Event',
      startDate: '2024-06-11',
      endDate: '2024-06-13',
      location: { '@type': 'City', name: 'Tirana' },
    });
    expect(jsonLd('/people/yury-fedotov/')).toMatchObject({ '@type': 'Person', jobTitle: 'UNODC Executive Director' });
    expect(jsonLd('/organisations/unodc/')).toMatchObject({ '@type': 'Organization' });
    expect(jsonLd('/actions/information-sharing/')).toMatchObject({
      '@type': 'CreativeWork',
      position: 3,
      isPartOf: { url: `${SITE}/sources/vienna-declaration/` },
    });
    expect(jsonLd('/quotes/fedotov-global-partnerships/')).toMatchObject({ '@type': 'Quotation', creator: { name: 'Yury Fedotov' } });
    expect(jsonLd('/')).toMatchObject({ '@type': 'WebSite', potentialAction: { '@type': 'SearchAction' } });
  });

  it('gives source pages citation tags for reference managers', () => {
    const p = '/sources/interpol-unodc-agreement/';
    expect(metaContent(p, 'name', 'citation_title')).toBe('INTERPOL and UNODC agreement to enhance cooperation against transnational crime');
    expect(metaContent(p, 'name', 'citation_date')).toBe('2016/05');
    expect(metaContent(p, 'name', 'citation_publisher')).toBe('INTERPOL');
    expect(metaContent('/sources/vienna-declaration/', 'name', 'citation_date')).toBe('2023/11/27');
  });

  it('publishes a sitemap, an RSS feed and robots.txt', () => {
    for (const f of ['/sitemap-index.xml', '/sitemap-0.xml', '/feed.xml', '/robots.txt']) expect(fileFor(f), f).toBeTruthy();
    const sitemap = page('/sitemap-0.xml');
    const locs = sitemap.querySelectorAll('loc').map((l) => l.textContent);
    expect(locs).toContain(`${SITE}/sources/vienna-declaration/`);
    expect(locs).not.toContain(`${SITE}/404.html`);
    const feed = feedLinks();
    expect(feed).toHaveLength(8); // five sources and three events
    expect(feed).toContain(`${SITE}/events/unodc-agreement-2016/`);
    // Newest first: the Tirana release and conference (June 2024), the 2016 agreement last.
    expect(feed.slice(0, 2).sort()).toEqual([`${SITE}/events/tirana-2024/`, `${SITE}/sources/tirana-regional-conference/`]);
    expect(feed.at(-1)).toMatch(/unodc/);
  });
});

describe('the Content-Security-Policy and the inline stylesheet', () => {
  const policy = (p: string) => metaContent(p, 'http-equiv', 'content-security-policy')!;
  const hashes = (p: string) =>
    head(p)
      .querySelectorAll('style')
      .map((s) => `'sha256-${createHash('sha256').update(s.rawText, 'utf8').digest('base64')}'`);
  it('allows each page its inline stylesheets by hash (the global one; source and quote pages their panel’s, the search, home and picture pages their own too), and nothing inline else', () => {
    for (const p of pages) {
      const own = hashes(p);
      expect(own.length, p).toBe(/^\/(sources\/(?!\d{4}\/)[^/]+\/(cite\/)?|quotes\/[^/]+\/|search\/|timeline\/|evidence\/|figures\/)?$/.test(p) ? 2 : 1);
      expect(policy(p), p).toContain(`style-src 'self' ${own.join(' ')};`);
      expect(policy(p), p).not.toContain('unsafe-inline');
      expect(page(p).querySelectorAll('link[rel=stylesheet]').length, p).toBe(0);
      // One inline script, the theme's, allowed by its hash and nothing else: every other script is a file; JSON-LD is data.
      const inline = page(p).querySelectorAll('script:not([src]):not([type="application/ld+json"])');
      expect(
        inline.map((s) => s.textContent),
        p,
      ).toEqual([THEME_SCRIPT]);
      expect(policy(p), p).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}';`);
    }
  });

  it('sends the policy as an HTTP header in _headers, allowing every page’s stylesheets, plus frame-ancestors', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    // The source page's policy, plus the search page's, the home page's and the timeline's own stylesheets: every stylesheet any page inlines.
    const own = ['/search/', '/', '/timeline/'].map((p) => hashes(p)[1]).join(' ');
    const all = policy('/sources/vienna-declaration/').replace(/(style-src [^;]+);/, `$1 ${own};`);
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${all}; frame-ancestors 'none'\n`);
    for (const p of pages) for (const h of hashes(p)) expect(headers, p).toContain(h);
    // Embed cards replace it with their own: their stylesheet and script, and any site may frame them.
    const card = '/embed/quotes/stock-work-globally/';
    const cardPolicy = metaContent(card, 'http-equiv', 'content-security-policy');
    expect(headers).toContain(`/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${cardPolicy}; frame-ancestors *\n`);
  });
});

describe('the URL contract on this build', () => {
  const built = { has: (p: string) => !!fileFor(p), ids: (p: string) => new Set(anchorIds(p)) };

  it('keeps every published page and anchor (content/published-urls.json)', () => {
    const manifest = readManifest();
    expect(Object.keys(manifest).length).toBeGreaterThan(50);
    expect(checkContract(manifest, built, readRedirects(), readAnchorAliases())).toEqual([]);
  });

  it('lists every page, citation file and oEmbed file this build publishes (run `npm run urls` after adding pages)', () => {
    const manifest = readManifest();
    const built = [...htmlPages().filter((p) => p !== '/404.html'), ...publishedFiles()];
    expect(built.filter((p) => p.startsWith('/embed/') && p.endsWith('/oembed.json')).length).toBeGreaterThan(50);
    expect(built.filter((p) => !(p in manifest))).toEqual([]);
  });

  it('would fail if a published page were dropped without a redirect', () => {
    const withoutOne = { has: (p: string) => p !== '/events/tirana-2024/' && built.has(p), ids: built.ids };
    expect(checkContract(readManifest(), withoutOne, readRedirects(), readAnchorAliases())).toEqual([
      '/events/tirana-2024/: published page is gone — add a redirect for it in content/redirects.yaml (see README → Renaming a page)',
    ]);
  });
});
