import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './chromium.ts';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(`${site}${path}`);
  return page;
}

/** Type into the header search box like a reader and return the result links, in order. */
async function headerSearch(page: Page, query: string): Promise<string[]> {
  await page.locator('#site-search').pressSequentially(query, { delay: 10 });
  await page.locator('#site-search-results .search-hit a').first().waitFor({ timeout: 10_000 });
  return page.locator('#site-search-results .search-hit a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search in Chromium', () => {
  it.each([
    ['Folosa', '/sources/interpol-unodc-agreement/'],
    ['kilogrammes', '/sources/interpol-unodc-agreement/'],
    ['tipping point', '/sources/vienna-declaration/'],
    ['diplomatic relations', '/sources/tirana-regional-conference/'],
    ['Dragan Tatic', '/sources/vindobona-general-assembly-opens/'],
    ['weaking', '/sources/general-assembly-closes-vienna-declaration/'],
  ])('finds “%s” on %s first', async (query, expected) => {
    const page = await openPage('/');
    const hits = await headerSearch(page, query);
    expect(hits[0]).toBe(expected);
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('finds action and event pages by their own text', async () => {
    const page = await openPage('/sources/');
    expect(await headerSearch(page, 'outspending')).toContain('/actions/investment-in-innovation/');
    await page.close();
  });

  it('takes the reader to the page when they pick a result with the keyboard', async () => {
    const page = await openPage('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await headerSearch(page, 'Folosa');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/interpol-unodc-agreement/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('INTERPOL and UNODC agreement');
    await page.close();
  });

  it('runs a shared /search/?q= link on load', async () => {
    const page = await openPage('/search/?q=Glasgow');
    await page.locator('#page-search-results .search-hit').first().waitFor();
    const hits = await page.locator('#page-search-results .search-hit a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hits).toContain('/sources/general-assembly-closes-vienna-declaration/');
    expect(await page.inputValue('#page-search')).toBe('Glasgow');
    await page.close();
  });
});
