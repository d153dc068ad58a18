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

/** The English dictionary's words that differ in `lang`'s: what must not show on a page in `lang` (phrases of two words or more, split at placeholders). */
function englishOnly(lang: 'fr' | 'es' | 'ar'): string[] {
  const read = (l: string) => JSON.parse(readFileSync(`src/lib/site/dictionary/${l}.json`, 'utf8')) as Record<'page' | 'browser', Record<string, unknown>>;
  const [en, own] = [read('en'), read(lang)];
  const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : Object.values(v as Record<string, string>));
  return (['page', 'browser'] as const).flatMap((g) =>
    Object.entries(en[g])
      .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(own[g][k]))
      .flatMap(([, v]) => texts(v).flatMap((t) => t.split(/\{\w+\}/)))
      .map((t) => t.trim().replace(/[.,:;]$/, ''))
      .filter((t) => t.split(/\s+/).length >= 2),
  );
}

describe('every page is in its language', () => {
  it.each([
    ['fr', 'ltr', '/sources/'],
    ['es', 'ltr', '/sources/'],
    ['ar', 'rtl', '/sources/'],
    ['fr', 'ltr', '/fr/'],
    ['es', 'ltr', '/es/search/'],
    ['ar', 'rtl', '/ar/sources/'],
  ] as const)('%s %s %s: <html lang dir>, the site’s words in the page’s language (none of the English dictionary’s), axe clean', async (lang, dir, path) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${site}${path === '/sources/' ? `/sources/${ids[lang]}/` : path}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(dir);
    // The site's words carry no language of their own: they are the page's.
    for (const selector of [
      '.site-header',
      '.site-footer',
      ...(path === '/fr/' ? [] : ['.breadcrumbs']),
      ...(path === '/sources/' ? ['.lede', '.cite-panel', '.provenance', '.related', '.also-in'] : []),
    ])
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((e) => e.closest('[lang]')!.getAttribute('lang')),
        selector,
      ).toBe(lang);
    // Every text and label in the page's language, outside the source's own text, compared with the English dictionary.
    const shown = await page.evaluate((lang) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n instanceof Element ? n : n.parentElement!;
        if (el.closest('script, style, .prose, pre, code') || el.closest('[lang]')?.getAttribute('lang') !== lang) continue;
        if (n instanceof Element) out.push(...['aria-label', 'placeholder', 'title'].flatMap((a) => n.getAttribute(a) ?? []));
        else if (n.textContent!.trim()) out.push(n.textContent!.trim());
      }
      return out;
    }, lang);
    const english = englishOnly(lang);
    expect(shown.filter((t) => english.some((e) => t.includes(e)))).toEqual([]);
    expect(shown.length).toBeGreaterThan(40);
    expect(await axe(page, { runOnly: { type: 'tag', values: WCAG } })).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the Spanish and Arabic bylines, in their words and dates', async () => {
    const lede = async (lang: 'es' | 'ar' | 'fr') => (await page.goto(`${site}/sources/${ids[lang]}/`), (await page.locator('.lede').innerText()).trim());
    expect(await lede('es')).toBe('Un comunicado de prensa de INTERPOL del 1 de diciembre de 2023.');
    expect(await lede('ar')).toBe('بيان صحفي صادر عن الإنتربول في ١ ديسمبر، ٢٠٢٣.');
    expect(await lede('fr')).toContain('1er décembre 2023');
  });

  it('a French source cites in French: the CSL locale’s words and the genre in the page’s words', async () => {
    await page.goto(`${site}/sources/${ids.fr}/`);
    expect(await page.locator('#cite-chicago').textContent()).toMatch(/Communiqué de presse\. INTERPOL, 1(er)? décembre 2023/);
    expect(await page.locator('#cite-apa').textContent()).toContain('[Communiqué de presse]');
    await page.goto(`${site}/sources/${ids.fr}/cite/`);
    expect(await page.locator('h1').innerText()).toMatch(/^Citer/);
    expect(await page.locator('.cite-passage').first().innerText()).toMatch(/décembre 2023/);
  });
});

describe('the site’s own pages in each language of the archive', () => {
  it('/fr/ lists the archive and leads to the English home and to /es/ and /ar/, with hreflang and the switch', async () => {
    await page.goto(`${site}/fr/`);
    const alternates = await page
      .locator('link[rel=alternate][hreflang]')
      .evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
    expect(alternates).toEqual([
      ['en', '/'],
      ['fr', '/fr/'],
      ['es', '/es/'],
      ['ar', '/ar/'],
    ]);
    const switcher = await page
      .locator('.language-switch a')
      .evaluateAll((as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname, a.getAttribute('aria-current')]));
    expect(switcher).toEqual([
      ['English', '/', null],
      ['Français', '/fr/', 'page'],
      ['Español', '/es/', null],
      ['العربية', '/ar/', null],
    ]);
    // The latest sources, each title in its own language; the way to the French archive.
    const latest = await page
      .locator('.latest-sources a')
      .evaluateAll((as) => as.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.closest('[lang]')!.getAttribute('lang')]));
    expect(latest).toContainEqual([`/sources/${ids.ar}/`, 'ar']);
    expect(latest).toContainEqual([`/sources/${ids.fr}/`, 'fr']);
    await page.locator('.latest-sources + p a').click();
    await page.waitForURL(`${site}/fr/sources/`);
    await page.locator('.years a', { hasText: '2023' }).click();
    await page.waitForURL(`${site}/fr/sources/2023/`);
    expect(await page.locator('h1').innerText()).toBe('Sources de 2023');
    expect(await page.locator(`.entry-list a[href="/sources/${ids.es}/"]`).getAttribute('lang')).toBe('es');
    // From a translation, the switch leads to the other versions of the same release.
    await page.goto(`${site}/sources/${ids.es}/`);
    expect(await page.locator('.language-switch a[hreflang=en]').getAttribute('href')).toMatch(new RegExp(`/sources/${ORIGINAL}/$`));
  });

  it.each(['fr', 'es', 'ar'] as const)(
    '%s: a missing address under its folder answers 404 with that language’s "not found" page (production nginx)',
    async (lang) => {
      const words = JSON.parse(readFileSync(`src/lib/site/dictionary/${lang}.json`, 'utf8')).page;
      const response = await page.goto(`${site}/${lang}/no-such-page/`);
      expect(response!.status()).toBe(404);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator('h1').innerText()).toBe(words['notFound.title']);
      // Elsewhere, the English one.
      expect((await page.goto(`${site}/no-such-page/`))!.status()).toBe(404);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    },
  );

  it('the French search page speaks French and answers in French first', async () => {
    await page.goto(`${site}/fr/search/?q=criminalit%C3%A9`);
    const hits = page.locator('#page-search-results .search-hit');
    await hits.first().waitFor();
    expect(await hits.first().locator('a').getAttribute('lang')).toBe('fr');
    await expect.poll(() => page.locator('#page-search-results-status').textContent(), POLL).toMatch(/^\d+ résultats? pour «\s?criminalité\s?»/);
    expect(await page.locator('fieldset legend').allTextContents()).toContain('Langue');
    expect(await hits.first().locator('.hit-details').innerText()).toMatch(/^Source · 1er décembre 2023/);
  });

  it.each([360, 1280])('the Arabic header, menu and search page read right to left at %i px', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${site}/ar/search/`);
    expect(await page.locator('.header-row').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
    // The site's name at the right end of the header, the search box's label and field right-aligned.
    const [name, search] = [await box('.site-name'), await box('#page-search')];
    expect(name.x + name.width).toBeGreaterThan(width - 80);
    expect(await page.locator('#page-search').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    expect(search.x + search.width).toBeLessThanOrEqual(width);
    // The language bar reads from the right too: English first, Arabic last, in the order every page lists them.
    const [arabic, english] = [await box('.language-switch a[hreflang=ar]'), await box('.language-switch a[hreflang=en]')];
    expect(english.x).toBeGreaterThan(arabic.x);
    if (width === 360) {
      await page.locator('.menu-button').click();
      await page.locator('#site-nav').waitFor({ state: 'visible' });
      const [menu, first] = [await box('#site-nav'), await box('#site-nav li a')];
      expect(first.x + first.width).toBeGreaterThan(menu.x + menu.width - 40);
    }
    await page.screenshot({ path: `${SHOTS}/arabic-search-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.keyboard.press('Escape');
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
    expect(await page.locator('.related').first().innerText()).toMatch(/^1\. /m);
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
