/**
 * Quality gates over every page of the built site, discovered by crawling from "/", in real
 * Chromium with the site's Content-Security-Policy in force: accessibility (axe, WCAG 2.2
 * A/AA, light and dark), integrity, no-JS, responsive, print. Screenshots for a person to
 * look at go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../../scripts/lib/chromium.ts';
import { crawl, type Crawl } from './crawl.ts';
import { axe, WCAG } from './axe.ts';
import { htmlPages } from '../../scripts/lib/built-site.ts';

const site = inject('siteUrl');
const SHOTS = 'test-results/screenshots';

interface PageReport {
  axeLight: string[];
  axeDark: string[];
  axeNarrow: string[];
  offsite: string[];
  failed: string[];
  consoleErrors: string[];
  structure: string[];
  narrow: string[];
  print: string[];
  noJs: string[];
  darkBackground: string;
  lightBackground: string;
}

let browser: Browser;
let site_: Crawl;
const reports = new Map<string, PageReport>();

/**
 * The text of <main> a reader sees, less search forms, copy buttons and passages' cite links (which only exist with JavaScript).
 * They are taken out to read it, and can be put back (window.putBack) for the checks that follow.
 */
function mainText(): string {
  const main = document.querySelector('main') as HTMLElement;
  const taken = [...main.querySelectorAll('form, button[data-copy], a.passage-cite')].map((el) => {
    const mark = document.createComment('');
    el.replaceWith(mark);
    return [mark, el] as const;
  });
  (window as unknown as { putBack: () => void }).putBack = () => taken.forEach(([mark, el]) => mark.replaceWith(el));
  return main.innerText;
}

/** The pages photographed for a person to look at (test-results/screenshots/<name>-<width>.png), at desktop and phone width. */
const SCREENSHOTS: Record<string, string> = {
  '/': 'home',
  '/sources/tirana-regional-conference/': 'source',
  '/actions/greater-cooperation/': 'action',
  '/events/vienna-2023/': 'event',
};
const PHONE = { width: 360, height: 800 };

/**
 * Everything checked on one page with JavaScript on: at desktop width, then — the same page, made a phone's
 * screen — at 360 px with touch. One load and one copy of axe a page: the checks read the page, they do not change it.
 */
async function checkPage(ctx: BrowserContext, path: string, report: PageReport) {
  const page = await ctx.newPage();
  page.on('request', (r) => !r.url().startsWith(site) && !r.url().startsWith('data:') && report.offsite.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && report.failed.push(`${r.status()} ${r.url()}`));
  page.on('console', (m) => m.type() === 'error' && report.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => report.consoleErrors.push(e.message));
  // 'load': the page's own scripts have run (modules run before it); what loads on demand is waited for where it is used.
  await page.goto(`${site}${path}`, { waitUntil: 'load' });
  const shot = SCREENSHOTS[path];
  if (shot) await page.screenshot({ path: `${SHOTS}/${shot}-1280.png`, fullPage: true });
  // A cite panel (source and quote pages) is checked open, its copy buttons loaded: open, it shows all it shows closed
  // (its summary) and its contents, so one axe run in each scheme covers both states. Closed again for the rest.
  const summary = page.locator('details.cite-panel > summary');
  const panel = (await page.locator('details.cite-panel:not([open])').count()) > 0;
  if (panel) {
    await summary.click();
    // Its copy buttons show once opened, where the page's script enhances them (not on quote pages).
    if (await page.locator('details.cite-panel button[data-copy]').count())
      await page.locator('details.cite-panel button[data-copy]').first().waitFor({ state: 'visible' });
  }
  const note = (vs: string[]) => (panel ? vs.map((v) => `with the cite panel open: ${v}`) : vs);
  report.axeLight = note(await axe(page, { runOnly: { type: 'tag', values: WCAG } }));
  report.lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  report.darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  report.axeDark = note(await axe(page, { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } }));
  await page.emulateMedia({ colorScheme: 'light' });
  if (panel) await summary.click();
  await page.mouse.move(0, 0);

  report.structure = await page.evaluate(() => {
    const problems: string[] = [];
    const h1s = document.querySelectorAll('h1');
    if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements`);
    let last = 0;
    for (const h of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
      const level = Number(h.tagName[1]);
      if (level > last + 1) problems.push(`heading order: h${level} after h${last} ("${h.textContent?.trim().slice(0, 40)}")`);
      last = level;
    }
    if (!document.documentElement.lang) problems.push('no lang on <html>');
    const first = document.querySelector('a, button, input');
    if (!first?.matches('a.skip-link[href="#main"]')) problems.push('the first focusable element is not the skip link');
    for (const sel of ['header', 'nav', 'main', 'footer']) if (!document.querySelector(sel)) problems.push(`no <${sel}> landmark`);
    // Text in another script must say so.
    for (const el of document.querySelectorAll('main *')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent)
        .join('');
      if (/\p{Script=Arabic}/u.test(own) && !el.closest('[lang="ar"]')) problems.push(`Arabic text without lang="ar": ${el.tagName}`);
    }
    return problems;
  });
  // Visible focus: the skip link and the search box show an outline when focused by keyboard.
  await page.keyboard.press('Tab');
  const focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  if (focusOutline === 'none') report.structure.push('no visible focus outline on the first focusable element');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  report.noJs = [await page.evaluate(mainText)];
  await page.emulateMedia({ media: 'print' });
  report.print = await page.evaluate(() => {
    const problems: string[] = [];
    const hidden = (sel: string) =>
      [...document.querySelectorAll(sel)].every((el) => getComputedStyle(el).display === 'none' || (el as HTMLElement).offsetParent === null);
    for (const sel of ['.site-header', '.site-nav', '.search-form', '.site-footer']) if (!hidden(sel)) problems.push(`${sel} is printed`);
    if (!getComputedStyle(document.querySelector('main')!, '::after').content.includes('qr.svg')) problems.push('the address and QR code are not printed');
    for (const sel of ['.provenance', 'blockquote', 'main h1'])
      for (const el of document.querySelectorAll(sel)) if (getComputedStyle(el).display === 'none') problems.push(`${sel} is not printed`);
    for (const a of document.querySelectorAll('main a[href*="#"]:not(.passage-link, .outline a)')) {
      if (!getComputedStyle(a, '::after').content.includes('/')) problems.push(`passage link target not printed: ${a.getAttribute('href')}`);
    }
    return problems.slice(0, 5);
  });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => (window as unknown as { putBack: () => void }).putBack());

  // A phone: 360 px wide, a mobile viewport with touch — as a context made with isMobile and hasTouch emulates it
  // (the same two DevTools calls), so (hover: none) holds and the passages' "#" and "cite" show, as on a phone.
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...PHONE, deviceScaleFactor: 1, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  if (!(await page.evaluate(() => innerWidth === 360 && matchMedia('(hover: none) and (pointer: coarse)').matches)))
    report.narrow.push('the phone screen could not be emulated');
  if (shot) await page.screenshot({ path: `${SHOTS}/${shot}-360.png`, fullPage: true });
  report.narrow.push(
    ...(await page.evaluate(() => {
      const problems: string[] = [];
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
        problems.push(`scrolls sideways: ${document.documentElement.scrollWidth}px wide`);
      // Controls that stand alone (not links inside running text) must be at least 24×24.
      for (const el of document.querySelectorAll<HTMLElement>('button, input, select, nav a, .passage-link, .search-filters label, .matrix td a')) {
        const r = el.getBoundingClientRect();
        if (r.width && r.height && (r.width < 24 || r.height < 24))
          problems.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${el.tagName} ${el.textContent?.trim().slice(0, 30)}`);
      }
      return problems.slice(0, 5);
    })),
  );
  report.axeNarrow = await axe(page, { runOnly: { type: 'rule', values: ['target-size'] } });
  await page.close();
}

/** The same page without JavaScript (a context of its own): the same text in <main>, and the navigation. */
async function checkNoJs(ctx: BrowserContext, path: string, report: PageReport) {
  const page = await ctx.newPage();
  await page.goto(`${site}${path}`);
  const text = await page.evaluate(mainText);
  const nav = await page.locator('.site-nav a').count();
  const withJs = report.noJs[0];
  report.noJs = [];
  if (text !== withJs) report.noJs.push('main text differs without JavaScript');
  if (nav < 5) report.noJs.push(`navigation has ${nav} links without JavaScript`);
  await page.close();
}

beforeAll(async () => {
  site_ = await crawl(site);
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  // Three pages at a time (two were no faster, measured on the two cores). Embed cards are not site pages (no header, navigation or search, by design):
  // tests/browser/production.test.ts holds them to their own rules.
  const queue = site_.pages.filter((p) => !p.startsWith('/embed/'));
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const r: PageReport = {
        axeLight: [],
        axeDark: [],
        axeNarrow: [],
        offsite: [],
        failed: [],
        consoleErrors: [],
        structure: [],
        narrow: [],
        print: [],
        noJs: [],
        darkBackground: '',
        lightBackground: '',
      };
      await checkPage(desktop, path, r);
      await checkNoJs(noJs, path, r);
      reports.set(path, r);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}, 600_000);
afterAll(async () => browser?.close());

/** Every page's problems of one kind, as "path: problem" lines. */
const all = (pick: (r: PageReport) => string[]) => [...reports].flatMap(([path, r]) => pick(r).map((p) => `${path}: ${p}`));

describe('quality gates on every page', () => {
  it('reaches every built page by crawling from the home page', () => {
    expect(Object.keys(SCREENSHOTS).filter((p) => !reports.has(p))).toEqual([]); // each photographed
    const built = htmlPages().filter((p) => p !== '/404.html');
    expect(built.filter((p) => !site_.pages.includes(p))).toEqual([]);
    expect(reports.size).toBe(site_.pages.filter((p) => !p.startsWith('/embed/')).length);
    expect(site_.pages.length).toBeGreaterThan(60);
  });

  it('has no accessibility violations (axe, WCAG 2.2 A/AA) in the light scheme', () => expect(all((r) => r.axeLight)).toEqual([]));
  it('has sufficient contrast in the dark scheme, which it honours', () => {
    expect(all((r) => r.axeDark)).toEqual([]);
    expect(all((r) => (r.darkBackground === r.lightBackground ? ['dark scheme not applied'] : []))).toEqual([]);
  });
  it('has one h1, ordered headings, landmarks, lang, a skip link and visible focus', () => expect(all((r) => r.structure)).toEqual([]));
  it('resolves every internal link, asset and fragment (HTTP 200)', () => expect(site_.broken).toEqual([]));
  it('sends no request off the local host and loads nothing that fails', () => {
    expect(all((r) => r.offsite)).toEqual([]);
    expect(all((r) => r.failed)).toEqual([]);
  });
  it('logs no console errors (Content-Security-Policy violations included)', () => expect(all((r) => r.consoleErrors)).toEqual([]));
  it('shows the full text and navigation without JavaScript', () => expect(all((r) => r.noJs)).toEqual([]));
  it('fits a 360 px screen with tap targets of at least 24×24 px', () => {
    expect(all((r) => r.narrow)).toEqual([]);
    expect(all((r) => r.axeNarrow)).toEqual([]);
  });
  it('prints without navigation or search, keeping quotes, provenance, passage-link targets and the page’s address with its QR code', () =>
    expect(all((r) => r.print)).toEqual([]));
});
