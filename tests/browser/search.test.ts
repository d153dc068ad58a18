import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/lib/chromium.ts';
import { typeSearch } from './header-search.ts';

let browser: Browser;
let page: Page;
const errors: string[] = [];
const site = inject('siteUrl');
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${site}/`);
});
afterAll(async () => browser?.close());

/** Type into the header search box like a reader; the result links (path + #passage), in order. */
async function headerSearch(query: string): Promise<string[]> {
  await typeSearch(page, query);
  // The results, not the option a forgiving search may put first (its own tests read it).
  return page.locator('#site-search-results .search-hit:not(.search-offer) a').evaluateAll((as) =>
    as.map((a) => {
      const u = new URL((a as HTMLAnchorElement).href);
      return u.pathname + u.hash;
    }),
  );
}

/**
 * The search page's list once complete: hits arrive one by one, and the status is announced once the list is
 * complete, with its count — so the count it announces equals the hits shown. That count, waited for (as long as
 * loading the index and the hits takes), with every hit's details line starting with `kind`.
 */
async function listed(p: Page, kind = ''): Promise<number> {
  const n = await p.waitForFunction((kind) => {
    const status = document.querySelector('#page-search-results-status')?.textContent ?? '';
    const hits = [...document.querySelectorAll('#page-search-results .search-hit')];
    const count = Number(/^(\d+) results? for/.exec(status)?.[1] ?? -1);
    return count > 0 && count === hits.length && hits.every((h) => h.querySelector('.hit-details')?.textContent?.startsWith(kind)) && count;
  }, kind);
  return (await n.jsonValue()) as number;
}

describe('search in Chromium', () => {
  // At least two phrases from each of the five sources: the source comes first, on the passage that holds the words.
  it.each([
    ['weaking', '/sources/general-assembly-closes-vienna-declaration/#criminals-will-always-exploit-every-13d5'],
    ['Shared visions', '/sources/general-assembly-closes-vienna-declaration/#officially-closing-the-conference-94c8'],
    ['election campaigning', '/sources/general-assembly-closes-vienna-declaration/#as-part-of-the-ongoing-reforms-42b0'],
    ['tipping point', '/sources/vienna-declaration/#we-are-at-a-tipping-point-9e53'],
    ['scourge', '/sources/vienna-declaration/#the-global-law-enforcement-community-0e0d'],
    ['roadblocks', '/sources/vienna-declaration/#decision-makers-responsible-for-9c76'],
    ['Dragan Tatic', '/sources/vindobona-general-assembly-opens/#the-2023-general-assembly-is-the-2abc'],
    ['supreme decision-making body', '/sources/vindobona-general-assembly-opens/#the-general-assembly-interpols-supreme-0b30'],
    ['diplomatic relations', '/sources/tirana-regional-conference/#interpol-is-the-best-global-organization-d658'],
    ['illegal financial gain', '/sources/tirana-regional-conference/#as-we-all-come-from-different-bfb0'],
    ['Folosa', '/sources/interpol-unodc-agreement/#recent-examples-of-successful-1497'],
    ['gold coins', '/sources/interpol-unodc-agreement/#recent-examples-of-successful-1497'],
    ['LE TrainNet', '/sources/interpol-unodc-agreement/#within-the-network-of-the-law-6951'],
  ])('finds “%s” first at %s', async (query, expected) => {
    const hits = await headerSearch(query);
    expect(hits[0]).toBe(expected);
  });

  it('finds exact names and figures', async () => {
    expect((await headerSearch('Al-Raisi'))[0]).toBe('/people/ahmed-naser-al-raisi/');
    expect((await headerSearch('al Raisi'))[0]).toBe('/people/ahmed-naser-al-raisi/');
    expect((await headerSearch('UNODC')).slice(0, 3).map((h) => h.split('#')[0])).toEqual(
      expect.arrayContaining(['/sources/interpol-unodc-agreement/', '/organisations/unodc/']),
    );
    const figure = await headerSearch('4.2 billion');
    expect(figure.slice(0, 3)).toContain('/sources/tirana-regional-conference/#interpols-european-region-is-the-most-0d0c');
  });

  it('opens its results popup inside the window, on a phone and on a desktop', async () => {
    for (const width of [360, 768, 1280, 1600]) {
      await page.setViewportSize({ width, height: 800 });
      await headerSearch('Taulant Balla');
      const box = (await page.locator('#site-search-results').boundingBox())!;
      expect([width, Math.round(box.x) >= 0 && Math.round(box.x + box.width) <= width], `popup ${Math.round(box.x)}–${Math.round(box.x + box.width)}`).toEqual([
        width,
        true,
      ]);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('shows type, date and publisher with each result, and highlights the terms where it lands', async () => {
    await headerSearch('Folosa');
    expect(await page.locator('#site-search-results .search-hit .hit-details').first().textContent()).toMatch(/^Source · 23 May 2016 · INTERPOL/);
    await Promise.all([page.waitForURL(/interpol-unodc-agreement/), page.locator('#site-search-results .search-hit a').first().click()]);
    expect(await page.locator('#recent-examples-of-successful-1497 mark.search-term').first().textContent()).toBe('Folosa');
    expect(await page.locator('#recent-examples-of-successful-1497').evaluate((el) => el.matches(':target'))).toBe(true);
    await page.goto(`${site}/`);
  });

  it('opens by keyboard ("/" and Ctrl+K), is a combobox with a listbox, and announces results', async () => {
    await page.locator('body').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await headerSearch('Folosa');
    const box = page.locator('#site-search');
    expect(await box.getAttribute('role')).toBe('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('#site-search-results').getAttribute('role')).toBe('listbox');
    expect(await page.locator('#site-search-results-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#site-search-results-status').textContent()).toMatch(/\d+ results? for “Folosa”/);
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('site-search-results-0');
    await Promise.all([page.waitForURL(/interpol-unodc-agreement/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('INTERPOL and UNODC agreement');
    await page.goto(`${site}/`);
  });

  it('runs a shared /search/?q= link on load, and narrows it with a filter kept in the address', async () => {
    const p = await browser.newPage();
    await p.goto(`${site}/search/?q=Vienna`);
    const all = await listed(p);
    await p.locator('.search-filters input[name=type][value=Source]').check();
    await p.waitForURL(/type=Source/);
    // The list the filter made: complete, and only sources (the previous list stays until its first hit replaces it).
    const narrowed = await listed(p, 'Source');
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    // The address now reproduces the filtered search.
    const shared = p.url();
    expect(shared).toContain('q=Vienna');
    const q = await browser.newPage();
    await q.goto(shared);
    expect(await listed(q)).toBe(narrowed);
    expect(await q.locator('.search-filters input[value=Source]').isChecked()).toBe(true);
    expect(await q.inputValue('#page-search')).toBe('Vienna');
    await Promise.all([p.close(), q.close()]);
  });

  it('filters by year, event, action and person', async () => {
    const p = await browser.newPage();
    await p.goto(`${site}/search/?year=2016`);
    await p.locator('#page-search-results .search-hit').first().waitFor();
    const years = await p.locator('#page-search-results .hit-details').allTextContents();
    expect(years.filter((t) => /\d{4}/.test(t)).every((t) => t.includes('2016'))).toBe(true);
    await p.goto(`${site}/search/?q=crime&person=${encodeURIComponent('Taulant Balla')}&type=Source`);
    await p.locator('#page-search-results .search-hit').first().waitFor();
    expect(await p.locator('#page-search-results .search-hit > a').allTextContents()).toEqual([
      'Europe’s global organized crime challenge focus of INTERPOL Regional Conference',
    ]);
    await p.close();
  });

  it('works without JavaScript: the form submits to /search/, which lists every page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${site}/events/`);
    await p.fill('#site-search', 'Folosa');
    await Promise.all([p.waitForURL(/\/search\/\?q=Folosa/), p.press('#site-search', 'Enter')]);
    const index = await p.locator('.page-index a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(index).toContain('/sources/interpol-unodc-agreement/');
    expect(index).toContain('/people/yury-fedotov/');
    expect(index.length).toBeGreaterThan(50);
    await context.close();
  });

  it('raised no script errors', () => expect(errors).toEqual([]));
});

describe('search that forgives, from the header box', () => {
  /** Every request the page makes for the vocabulary. */
  const vocabulary: string[] = [];
  beforeAll(() => page.on('request', (r) => r.url().endsWith('/search/vocabulary.json') && vocabulary.push(r.url())));
  const status = () => page.locator('#site-search-results-status').textContent();

  it('needs no vocabulary for a query that finds what was typed', async () => {
    await page.goto(`${site}/`);
    expect((await headerSearch('Tirana'))[0]).toBe('/places/tirana/');
    expect(vocabulary).toEqual([]);
  });

  it.each([
    ['Interpl', 'INTERPOL', '/organisations/interpol/'],
    ['Jurgen Stok', 'Jürgen Stock', '/people/jurgen-stock/'],
    ['Tirrana', 'Tirana', '/places/tirana/'],
  ])('“%s”: searches “%s” instead, says so, puts its page first, and offers the words as typed', async (typed, meant, url) => {
    const hits = await headerSearch(typed);
    expect(await status()).toMatch(new RegExp(`^Showing results for “${meant}”: \\d+ results?.*\\. Search for “${typed}” instead\\.$`));
    expect(await page.locator('#site-search-results li').first().innerText()).toBe(`Search for “${typed}” instead`);
    expect(hits[0]).toBe(url);
    expect(vocabulary.length).toBe(1); // fetched once, then kept
  });

  it('a question: searched without its stop words, the passage with the answer among the first', async () => {
    const hits = await headerSearch('how many member countries');
    expect(await status()).toMatch(/^Showing results for “member countries”: /);
    expect(
      hits.slice(0, 5).some((h) => h.startsWith('/sources/vindobona-general-assembly-opens/#the-2023-general-assembly-is-the-2abc') || h === '/figures/'),
    ).toBe(true);
  });

  it('the offer is an option of the list: announced, reached by keyboard, and it undoes the correction', async () => {
    await headerSearch('Interpl');
    const input = page.locator('#site-search');
    await input.press('ArrowDown');
    const first = page.locator('#site-search-results li').first();
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('role')).toBe('option');
    await input.press('Enter');
    await page
      .locator('#site-search-results-status')
      .filter({ hasText: /^\d+ results? for “Interpl”/ })
      .waitFor();
    expect(await input.inputValue()).toBe('Interpl');
    expect(await status()).not.toContain('Showing results for');
  });

  it('is harmless on bad input: one letter, 500 characters, punctuation, only stop words, mixed scripts, right to left', async () => {
    for (const query of ['x', 'interpol '.repeat(56).trim().slice(0, 500), '!!!', 'how is it', 'INTERPOL الإنتربول', 'الجريمة المنظمة']) {
      await typeSearch(page, query, 15_000);
      expect((await status())!.length, query).toBeGreaterThan(5);
    }
    expect(errors).toEqual([]);
  });
});
