/**
 * The archive in INTERPOL's four languages, in Chromium against nginx: three releases imported
 * in French, Spanish and Arabic by `npm run import` (tests/setup/languages.ts), their questions
 * answered, built as dist-languages/. Each page in its language and direction, the site's words
 * marked English, axe clean; the Arabic page right to left at 360 and 1280 px (screenshots for a
 * person: test-results/screenshots/); one search across the languages from the English home,
 * with stemming, Arabic diacritics ignored and a language filter; "Also in" both ways.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, POLL } from '../../scripts/lib/chromium.ts';
import { axe, WCAG } from './axe.ts';
import { typeSearch } from './header-search.ts';
import { LANGUAGES_OUT, ORIGINAL } from '../setup/languages.ts';

const site = inject('languagesUrl');
const ids: Record<'fr' | 'es' | 'ar', string> = JSON.parse(readFileSync(`${LANGUAGES_OUT}/imported.json`, 'utf8'));
const SHOTS = 'test-results/screenshots';
let browser: Browser;
let page: Page;
const errors: string[] = [];
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
});
afterAll(async () => browser?.close());

describe('every page is in its language', () => {
  it.each([
    ['fr', 'ltr'],
    ['es', 'ltr'],
    ['ar', 'rtl'],
  ] as const)('%s: <html lang dir>, the site’s own words marked English, axe clean (valid-lang included)', async (lang, dir) => {
    await page.goto(`${site}/sources/${ids[lang]}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    // The title is the text's; the words around it are the site's.
    expect(await page.locator('h1').evaluate((h) => h.closest('[lang]')!.getAttribute('lang'))).toBe(lang);
    for (const selector of ['.site-header', '.breadcrumbs', '.lede', '.cite-panel', '.provenance', '.related', '.site-footer', '.also-in'])
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((e) => e.closest('[lang]')!.getAttribute('lang')),
        selector,
      ).toBe('en');
    // A passage of the text is in the page's language, and so are the words screen readers get from it.
    expect(
      await page
        .locator('.prose p')
        .nth(2)
        .evaluate((e) => e.closest('[lang]')!.getAttribute('lang')),
    ).toBe(lang);
    expect(await axe(page, { runOnly: { type: 'tag', values: WCAG } })).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the Arabic page reads right to left', () => {
  it.each([360, 1280])('at %i px: title, breadcrumbs, lists and text start on the right; nothing scrolls sideways', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${site}/sources/${ids.ar}/`);
    await page.screenshot({ path: `${SHOTS}/arabic-source-${width}.png`, fullPage: true });
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    const main = await box('article');
    // Title and body text are set against the right edge of the text column.
    for (const selector of ['h1', '.prose p', '.lede', '.also-in']) {
      const b = await box(selector);
      expect(Math.abs(b.x + b.width - (main.x + main.width)), selector).toBeLessThan(2);
    }
    expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
    // The trail starts at the right: Home, then Sources to its left.
    const [home, sources] = [await box('.breadcrumbs li:nth-child(1) a'), await box('.breadcrumbs li:nth-child(2) a')];
    if (home.y === sources.y) expect(home.x).toBeGreaterThan(sources.x);
    // A list's bullet sits at the right of its item; an English line keeps "1." before its words.
    const item = page.locator('.related li').first();
    expect(await item.evaluate((li) => getComputedStyle(li).direction)).toBe('rtl');
    expect(await page.locator('.related').first().innerText()).toContain('1. A national security priority');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

describe('one search across the languages, from the English home', () => {
  /** Type into the header search box; each hit's path, language (from its link) and details line. */
  async function search(query: string) {
    await typeSearch(page, query, 15_000);
    return page.locator('#site-search-results .search-hit').evaluateAll((hits) =>
      hits.map((h) => {
        const a = h.querySelector('a')!;
        return { path: new URL(a.href).pathname, lang: a.lang, details: h.querySelector('.hit-details')!.textContent! };
      }),
    );
  }
  beforeAll(async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it.each([
    ['fr', 'criminalité', 'criminalités', 'French'],
    ['es', 'delincuencia', 'delincuencias', 'Spanish'],
    // Arabic: the word as written, with its vowel marks (the text has none), and without the article.
    ['ar', 'الجريمة', 'الجَرِيمَة', 'Arabic'],
    ['ar', 'المنظمة', 'منظمة', 'Arabic'],
  ] as const)('%s: finds the release by "%s" and by "%s", marked %s', async (lang, word, other, name) => {
    for (const query of [word, other]) {
      const hits = await search(query);
      const hit = hits.find((h) => h.path === `/sources/${ids[lang]}/`);
      expect(hit, `"${query}" → ${JSON.stringify(hits)}`).toBeDefined();
      expect(hit!.lang).toBe(lang);
      expect(hit!.details).toContain(name);
    }
  });

  it('asks the page’s language first: the other languages’ engines are fetched only when it cannot fill the popup', async () => {
    const fresh = await browser.newPage();
    const fetched: string[] = [];
    fresh.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const engines = () => new Set(fetched.filter((f) => f.endsWith('/pagefind.js')));
    await fresh.goto(`${site}/`);
    await typeSearch(fresh, 'INTERPOL', 15_000);
    expect(engines()).toEqual(new Set(['/pagefind/pagefind.js']));
    expect(await fresh.locator('#site-search-results-status').textContent()).toMatch(/^\d+ results in English for “INTERPOL”/);
    // A French word finds at most the English pages that quote it: the other languages are asked, and answer.
    await typeSearch(fresh, 'criminalité', 15_000);
    expect(engines()).toEqual(new Set(['/pagefind/pagefind.js', '/pagefind/fr/pagefind.js', '/pagefind/es/pagefind.js', '/pagefind/ar/pagefind.js']));
    expect(await fresh.locator('#site-search-results .search-hit a[lang=fr]').count()).toBeGreaterThan(0);
    // On a French page, French is asked first.
    const french = await browser.newPage();
    const frenchFetched: string[] = [];
    french.on('request', (r) => frenchFetched.push(new URL(r.url()).pathname));
    await french.goto(`${site}/sources/${ids.fr}/`);
    await french.locator('#site-search').focus();
    await expect.poll(() => frenchFetched.filter((f) => f.endsWith('/pagefind.js')), POLL).toEqual(['/pagefind/fr/pagefind.js']);
    await typeSearch(french, 'criminalité', 15_000);
    expect(await french.locator(`#site-search-results .search-hit a[href^="/sources/${ids.fr}/"]`).count()).toBe(1);
    await Promise.all([fresh.close(), french.close()]);
  });

  it('the language filter lists the four languages and narrows the results to one', async () => {
    await page.goto(`${site}/search/?q=INTERPOL`);
    const hits = page.locator('#page-search-results .search-hit');
    await hits.first().waitFor();
    const languages = async () => new Set(await hits.evaluateAll((hs) => hs.map((h) => h.querySelector('a')!.lang || 'en')));
    // The Arabic release writes INTERPOL in Arabic script: English, French and Spanish pages match.
    expect(await languages()).toEqual(new Set(['en', 'fr', 'es']));
    const filter = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Language' }) });
    expect(await filter.locator('label').allInnerTexts()).toEqual(['Arabic (1)', expect.stringMatching(/^English \(\d+\)$/), 'French (1)', 'Spanish (1)']);
    await page.getByRole('checkbox', { name: /^French \(\d+\)$/ }).check();
    await page.waitForURL(/language=French/);
    await expect.poll(languages, POLL).toEqual(new Set(['fr']));
    expect(await hits.count()).toBe(1);
  });
});

describe('translations link to each other', () => {
  it('"Also in" leads from the English release to each translation and back, with hreflang alternates', async () => {
    await page.goto(`${site}/sources/${ORIGINAL}/`);
    const hrefs = await page
      .locator('.also-in a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('hreflang'), a.textContent, new URL((a as HTMLAnchorElement).href).pathname]));
    expect(hrefs).toEqual([
      ['fr', 'Français', `/sources/${ids.fr}/`],
      ['es', 'Español', `/sources/${ids.es}/`],
      ['ar', 'العربية', `/sources/${ids.ar}/`],
    ]);
    for (const [lang, , path] of hrefs) {
      const response = await page.goto(`${site}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('.also-in a[hreflang="en"]').getAttribute('href')).toBe(`/sources/${ORIGINAL}/`);
      const alternates = await page.locator('link[rel=alternate][hreflang]').evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')));
      expect(alternates).toEqual(['en', 'fr', 'es', 'ar']);
    }
  });

  it('the sitemap and /data/graph.json carry the links between the versions', () => {
    const sitemap = readFileSync(`${LANGUAGES_OUT}/sitemap-0.xml`, 'utf8');
    const entry = new RegExp(`<url><loc>[^<]*/sources/${ids.ar}/</loc>(.*?)</url>`).exec(sitemap)?.[1] ?? '';
    expect([...entry.matchAll(/hreflang="(\w+)" href="[^"]*\/sources\/([\w-]+)\/"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      `en:${ORIGINAL}`,
      `fr:${ids.fr}`,
      `es:${ids.es}`,
      `ar:${ids.ar}`,
    ]);
    const graph = JSON.parse(readFileSync(`${LANGUAGES_OUT}/data/graph.json`, 'utf8'));
    expect(graph.translations).toEqual(
      (['fr', 'es', 'ar'] as const)
        .map((lang) => ({ original: `sources/${ORIGINAL}`, translation: `sources/${ids[lang]}`, language: lang }))
        .sort((a, b) => a.translation.localeCompare(b.translation)),
    );
    expect(graph.entries.find((e: { id: string }) => e.id === `sources/${ids.fr}`).data).toMatchObject({
      language: 'fr',
      translationOf: `sources/${ORIGINAL}`,
    });
  });

  it('evidence and quotes may cite a translation: the French passage speaks to an action, the Spanish words are a quote', async () => {
    await page.goto(`${site}/actions/information-sharing/`);
    const evidence = page.locator(`a[href^="/sources/${ids.fr}/#"]`).first();
    await page.goto(`${site}${await evidence.getAttribute('href')}`);
    expect(await page.locator('.passage:target').innerText()).toContain("partage d'informations");
    await page.goto(`${site}/quotes/stock-epidemia/`);
    const quote = page.locator('figure.quote blockquote');
    expect(await quote.getAttribute('lang')).toBe('es');
    expect(await quote.innerText()).toContain('epidemia');
    expect(await axe(page, { runOnly: { type: 'tag', values: WCAG } })).toEqual([]);
  });
});
