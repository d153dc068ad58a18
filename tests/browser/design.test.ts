/**
 * The reading experience, measured in Chromium as a reader gets it (nginx, the site's CSP): the
 * text's size, leading and line length on source pages, the header in one row, the first search
 * result in view on a phone and a desktop, the theme switch and its choice kept, the filters a
 * disclosure on a phone and a sidebar on a desktop. Screenshots of the main page kinds at three
 * widths in both themes go to test-results/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, POLL } from '../../scripts/lib/chromium.ts';
import { axe } from './axe.ts';

const site = inject('siteUrl');
const SHOTS = 'test-results/screenshots';
const SOURCES = ['/sources/tirana-regional-conference/', '/sources/vienna-declaration/', '/sources/interpol-unodc-agreement/'];
const VIEWPORTS = { phone: { width: 360, height: 640 }, tablet: { width: 768, height: 1024 }, desktop: { width: 1280, height: 800 } };

let browser: Browser;
/** The measures, printed for the record (the closing note quotes them). */
const measured: string[] = [];
const contexts: BrowserContext[] = [];
async function open(path: string, viewport: { width: number; height: number }, options: { colorScheme?: 'light' | 'dark'; touch?: boolean } = {}) {
  const ctx = await browser.newContext({ viewport, colorScheme: options.colorScheme ?? 'light', hasTouch: options.touch, isMobile: options.touch });
  contexts.push(ctx);
  const page = await ctx.newPage();
  await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
  return page;
}

/** Size, leading and characters per line of the text's paragraphs (lines counted by where each character sits). */
function readingMeasure() {
  const out: { fontPx: number; leading: number; perLine: number[] }[] = [];
  for (const p of document.querySelectorAll<HTMLElement>('.prose p.passage')) {
    const style = getComputedStyle(p);
    const tops = new Map<number, number>();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // The passage's own controls ("#", "cite") and the site's notes on it are not its text.
      if ((node.parentElement as HTMLElement).closest('.passage-link, .passage-cite, [data-pagefind-ignore]')) continue;
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const top = Math.round(rect.top / 4);
        tops.set(top, (tops.get(top) ?? 0) + 1);
      }
    }
    // Whole lines only: the last line of a paragraph is as short as it happens to be.
    const lines = [...tops.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
    if (lines.length < 3) continue;
    out.push({ fontPx: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize), perLine: lines.slice(0, -1) });
  }
  return out;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  if (measured.length) console.log(measured.join('\n'));
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
});

describe('reading', () => {
  it.each(Object.entries({ desktop: VIEWPORTS.desktop, phone: VIEWPORTS.phone }))('sets source texts for reading on a %s', async (_, viewport) => {
    for (const path of SOURCES) {
      const page = await open(path, viewport);
      const paragraphs = await page.evaluate(readingMeasure);
      expect(paragraphs.length, path).toBeGreaterThan(0);
      for (const p of paragraphs) {
        expect(p.fontPx, path).toBeGreaterThanOrEqual(16);
        expect(p.fontPx, path).toBeLessThanOrEqual(21);
        expect(p.leading, path).toBeGreaterThanOrEqual(1.5);
      }
      const lines = paragraphs.flatMap((p) => p.perLine);
      const mean = lines.reduce((a, b) => a + b, 0) / lines.length;
      measured.push(`${path} at ${viewport.width} px: ${mean.toFixed(1)} characters a line on average, ${Math.min(...lines)}–${Math.max(...lines)}`);
      expect(mean, `${path}: ${mean.toFixed(1)} characters a line on average`).toBeGreaterThanOrEqual(45);
      expect(Math.max(...lines), `${path}: longest line`).toBeLessThanOrEqual(80);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), path).toBe(true);
      await page.close();
    }
  });

  it('keeps the passage links out of the reading line until hovered or focused, and shows them on touch', async () => {
    const path = '/sources/tirana-regional-conference/';
    const page = await open(path, VIEWPORTS.desktop);
    const link = page.locator('.prose .passage-link').nth(2);
    const opacity = () => link.evaluate((a) => Number(getComputedStyle(a).opacity));
    expect(await opacity()).toBe(0);
    await page.locator('.prose .passage').nth(2).hover();
    await expect.poll(opacity, POLL).toBe(1);
    await page.mouse.move(0, 0);
    await link.focus();
    await expect.poll(opacity, POLL).toBe(1);
    const touch = await open(path, VIEWPORTS.phone, { touch: true });
    expect(
      await touch
        .locator('.prose .passage-link')
        .nth(2)
        .evaluate((a) => Number(getComputedStyle(a).opacity)),
    ).toBe(1);
  });
});

describe('page anatomy', () => {
  it('lists the page’s own sections under "On this page", and each related page once', async () => {
    const page = await open('/sources/vienna-declaration/', VIEWPORTS.desktop);
    const outline = await page.locator('.outline a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const headings = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(outline).toEqual(headings);
    expect(outline).toContain('#provenance');
    const related = await page.locator('.related a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(related.length).toBeGreaterThan(5);
    expect(new Set(related).size).toBe(related.length);
    // A heading written in a template gets an id of its own words, and the outline leads to it.
    const action = await open('/actions/greater-cooperation/', VIEWPORTS.desktop);
    expect(await action.locator('.outline a').allTextContents()).toEqual(expect.arrayContaining(['What it means', 'Evidence in the sources']));
    await action.locator('.outline a', { hasText: 'Evidence in the sources' }).click();
    await expect.poll(() => action.evaluate(() => location.hash), POLL).toBe('#evidence-in-the-sources');
  });
});

describe('header', () => {
  it.each([1024, 1280])('holds the name, the sections and search in one row at %i px, at most 72 px tall', async (width) => {
    const page = await open('/sources/tirana-regional-conference/', { width, height: 800 });
    const box = await page.locator('.site-header').boundingBox();
    expect(box!.height).toBeLessThanOrEqual(72);
    const rows = await page.evaluate(() =>
      ['.site-name', '.site-nav li:nth-child(5) a', '#site-search', '.theme-switch'].map((sel) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return { sel, middle: r.top + r.height / 2, visible: r.width > 0 };
      }),
    );
    for (const r of rows) {
      expect(r.visible, r.sel).toBe(true);
      expect(Math.abs(r.middle - rows[0].middle), r.sel).toBeLessThan(12);
    }
    // At 1024 px two sections give way (they stay in the footer); at 1280 all seven fit.
    expect(await page.locator('.site-nav li:last-child a').isVisible()).toBe(width >= 1280);
    // The current section is marked.
    expect(await page.locator('.site-nav a[aria-current=page]').textContent()).toBe('Sources');
  });

  it('opens the sections from "Menu" on a phone, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const ctx = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled });
      contexts.push(ctx);
      const page = await ctx.newPage();
      await page.goto(`${site}/events/vienna-2023/`);
      const nav = page.locator('.site-nav a', { hasText: 'Priority actions' });
      expect(await nav.isVisible()).toBe(false);
      await page.locator('.menu-button').click();
      expect(await nav.isVisible()).toBe(true);
      await nav.click();
      await page.waitForURL(/\/actions\/$/);
    }
  });
});

describe('themes', () => {
  it('follows the system without a choice, and keeps the reader’s choice from page to page', async () => {
    const page = await open('/', VIEWPORTS.desktop, { colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    const button = page.locator('.theme-switch');
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-label')).toBe('Theme: as the system');
    await button.click();
    expect(await button.getAttribute('aria-label')).toBe('Theme: light');
    const light = await background();
    expect(light).not.toBe(dark);
    // Chosen, it holds on the next page, from the first paint (set before the body is parsed).
    await page.goto(`${site}/sources/vienna-declaration/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe(light);
    expect(await axe(page, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } })).toEqual([]);
    await page.locator('.theme-switch').click();
    expect(await background()).toBe(dark);
    expect(await axe(page, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } })).toEqual([]);
    await page.locator('.theme-switch').click();
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('theme')])).toEqual([undefined, null]);
    // Without JavaScript there is no switch to offer; the system's theme holds.
    const ctx = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    contexts.push(ctx);
    const still = await ctx.newPage();
    await still.goto(`${site}/`);
    expect(await still.locator('.theme-switch').isVisible()).toBe(false);
    expect(await still.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  });
});

describe('search page', () => {
  it.each(Object.entries({ desktop: VIEWPORTS.desktop, phone: VIEWPORTS.phone }))(
    'shows the query and the first result above the fold on a %s',
    async (kind, viewport) => {
      const page = await open('/search/?q=cybercrime', viewport);
      const first = page.locator('#page-search-results .search-hit').first();
      await first.waitFor();
      const box = await first.boundingBox();
      expect(box!.y + 24, `first result at ${box!.y}px`).toBeLessThan(viewport.height);
      expect((await page.locator('#page-search').boundingBox())!.y).toBeLessThan(viewport.height);
      // The hit says what it is, when and where from, and marks the words.
      expect(await first.locator('.hit-details').textContent()).toMatch(/^(Topic|Source|Event|Priority action|Person|Organisation|Place|Quote)/);
      expect(await page.locator('#page-search-results .search-hit mark').count()).toBeGreaterThan(0);
      // Filters: beside the results on a desktop, a closed disclosure on a phone.
      const filters = page.locator('.filters-box');
      await filters.waitFor();
      expect(await filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(kind === 'desktop');
      if (kind === 'desktop') {
        const [f, r] = [await filters.boundingBox(), await page.locator('#page-search-results').boundingBox()];
        expect(f!.x + f!.width).toBeLessThanOrEqual(r!.x);
      }
    },
  );

  it('counts the chosen filters and clears them all at once', async () => {
    const page = await open('/search/?q=cybercrime', VIEWPORTS.desktop);
    await page.locator('.search-filters input[value=Source]').check();
    await page.locator('.search-filters input[name=year][value="2024"]').check();
    await expect.poll(() => page.locator('.filters-count').first().textContent(), POLL).toBe(' (2 chosen)');
    await expect.poll(() => page.evaluate(() => location.search), POLL).toContain('type=Source');
    await page.locator('[data-clear-filters]').click();
    expect(await page.locator('.search-filters input:checked').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => location.search), POLL).toBe('?q=cybercrime');
    expect(await page.locator('[data-clear-filters]').isDisabled()).toBe(true);
  });
});

describe('home page', () => {
  it('shows what the Declaration is, its five actions and the ways in above the fold at 1280×800', async () => {
    const page = await open('/', VIEWPORTS.desktop);
    const fold = VIEWPORTS.desktop.height;
    const bottoms = await page.evaluate(() =>
      [...document.querySelectorAll('.hero .lede, .ways-in a, .actions-row li')].map((el) => ({
        text: el.textContent!.trim().slice(0, 40),
        bottom: el.getBoundingClientRect().bottom,
      })),
    );
    expect(bottoms.filter((b) => b.bottom > fold)).toEqual([]);
    expect(await page.locator('.actions-row li').count()).toBe(5);
    expect(await page.locator('.ways-in a').allTextContents()).toEqual(expect.arrayContaining(['Sources', 'Events', 'Search the texts']));
    // Below: the events in time order (their dates as the graph export gives them; the list's dates are text, not <time>).
    const graph = await (await fetch(new URL('/data/graph.json', page.url()))).json();
    const start = new Map<string, string>(
      graph.entries
        .filter((e: { collection: string }) => e.collection === 'events')
        .map((e: { url: string; data: { start: string } }) => [e.url, e.data.start]),
    );
    const shown = await page.locator('.event-list a[href*="/events/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const dates = shown.map((url) => start.get(url.replace(new URL(url).origin, graph.site.replace(/\/$/, ''))));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toHaveLength(3);
  });
});

describe('screenshots', () => {
  it('takes the main pages at three widths in both themes, for a person to look at', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const pages = {
      home: '/',
      source: '/sources/tirana-regional-conference/',
      action: '/actions/greater-cooperation/',
      event: '/events/vienna-2023/',
      search: '/search/?q=cybercrime',
      timeline: '/timeline/',
      evidence: '/evidence/',
    };
    let taken = 0;
    // One load a page: the theme and the width change on the loaded page, as when a reader switches the system's
    // theme or turns the phone (the page's own script follows the width: the search filters open from 64rem).
    const ctx = await browser.newContext({ viewport: VIEWPORTS.phone });
    contexts.push(ctx);
    for (const [name, path] of Object.entries(pages)) {
      const page: Page = await ctx.newPage();
      await page.goto(`${site}${path}`);
      if (name === 'search') await page.locator('#page-search-results .search-hit').first().waitFor();
      for (const [size, viewport] of Object.entries(VIEWPORTS)) {
        await page.setViewportSize(viewport);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.screenshot({ path: `${SHOTS}/design-${name}-${viewport.width}-${colorScheme}.png` });
          taken++;
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${name} at ${size}`).toBe(true);
        }
      }
      await page.close();
    }
    await ctx.close();
    expect(taken).toBe(42);
  }, 120_000);
});
