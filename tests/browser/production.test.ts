/**
 * The site as production serves it — Debian's nginx with the generated headers (tests/setup/site.ts)
 * — in real Chromium: who may frame what, and the embed cards on another site's page, light and
 * dark, 300 to 700 px wide.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launch, POLL } from '../../scripts/lib/chromium.ts';
import { htmlPages } from '../../scripts/lib/built-site.ts';
import { axe, WCAG } from './axe.ts';
import { HEIGHT_MESSAGE } from '../../src/lib/site/embeds.ts';

const site = inject('siteUrl');
const CARD = '/embed/quotes/stock-work-globally/';
const PAGE = '/quotes/stock-work-globally/';
let browser: Browser;
/**
 * Another origin, as a press release's web page would be: a page served by the test itself on
 * another port. A local server, as the site's is: Chromium keeps pages it takes for public ones
 * (a response made up by its routing) from framing local addresses, which would hide what the headers do.
 */
let host: Server;
let HOST = '';

beforeAll(async () => {
  browser = await launch();
  host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>A press release</title>
      <script>window.heights = []; addEventListener('message', (e) => e.data?.type === '${HEIGHT_MESSAGE}' && heights.push({ origin: e.origin, ...e.data }));</script>
      <iframe id="card" src="${site}${CARD}" width="550" height="300"></iframe>
      <iframe id="page" src="${site}${PAGE}" width="550" height="300"></iframe>`);
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  HOST = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  host?.close();
  await browser?.close();
});

describe.skipIf(inject('server') !== 'nginx')('headers, as nginx sends them', () => {
  const csp = async (path: string) => (await fetch(`${site}${path}`)).headers.get('content-security-policy') ?? '';

  it('forbids framing every page but the embed cards, which any site may frame', async () => {
    for (const p of ['/', PAGE, '/sources/vienna-declaration/', '/sources/vienna-declaration/cite/', '/search/'])
      expect(await csp(p), p).toMatch(/frame-ancestors 'none'$/);
    expect(await csp(CARD)).toMatch(/; frame-ancestors \*$/);
    expect(await csp('/embed/sources/vienna-declaration/')).toMatch(/; frame-ancestors \*$/);
  });

  it('sends the card’s header policy equal to the one its page carries, plus frame-ancestors', async () => {
    const html = await (await fetch(`${site}${CARD}`)).text();
    const meta = /http-equiv="content-security-policy" content="([^"]+)"/.exec(html)![1].replace(/&#39;/g, "'");
    expect(await csp(CARD)).toBe(`${meta}; frame-ancestors *`);
  });

  it('serves oEmbed as JSON, assets as immutable, and answers a missing page with the 404 page', async () => {
    const o = await fetch(`${site}${CARD}oembed.json`);
    expect(o.headers.get('content-type')).toBe('application/json');
    expect((await o.json()).type).toBe('rich');
    const html = await (await fetch(`${site}/`)).text();
    const asset = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(html)![1];
    expect((await fetch(`${site}${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${site}/sources/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<form');
  });
});

describe.skipIf(inject('server') !== 'nginx')('an embed card on another site, in Chromium', () => {
  it('renders in a frame and reports its height; an ordinary page refuses to be framed', async () => {
    const ctx = await browser.newContext({ viewport: { width: 900, height: 900 } });
    const page = await ctx.newPage();
    const refused: string[] = [];
    page.on('console', (m) => /frame-ancestors/.test(m.text()) && refused.push(m.text()));
    await page.goto(`${HOST}/release.html`);
    const frameOf = async (id: string) => (await page.locator(`#${id}`).elementHandle())!.contentFrame() as Promise<Frame>;
    const card = await frameOf('card');
    await card.locator('blockquote').waitFor();
    expect(await card.locator('blockquote').innerText()).toMatch(/^“Senior police officials from across Europe/);
    await page.waitForFunction(() => (window as unknown as { heights: unknown[] }).heights.length > 0);
    const reports = await page.evaluate(() => (window as unknown as { heights: { origin: string; height: number; src: string }[] }).heights);
    const report = reports.at(-1)!;
    expect(report.origin).toBe(site);
    expect(report.src).toBe(`${site}${CARD}`);
    // The height it reports is the card's own, laid out at the frame's width.
    expect(report.height).toBe(await card.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
    expect(report.height).toBeGreaterThan(200);
    // The ordinary page is blocked by its frame-ancestors 'none': nothing of it renders.
    const blocked = await frameOf('page');
    await expect.poll(() => refused.length, POLL).toBeGreaterThan(0);
    expect(await blocked.locator('main').count()).toBe(0);
    await ctx.close();
  });

  it('a source’s card shows its opening, or only the passage its address’s fragment names, and reports that height', async () => {
    const page = await (await browser.newContext({ viewport: { width: 550, height: 600 } })).newPage();
    await page.goto(`${site}/embed/sources/vienna-declaration/`);
    const visible = () => page.locator('main > .part:visible blockquote').allInnerTexts();
    expect(await visible()).toEqual([await page.locator('main > .part').first().locator('blockquote').innerText()]);
    const opening = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    const id = await page.locator('main > .part[id]').nth(3).getAttribute('id');
    await page.goto(`${site}/embed/sources/vienna-declaration/#${id}`);
    expect(await visible()).toEqual([await page.locator(`[id="${id}"] blockquote`).innerText()]);
    expect(await page.locator(`[id="${id}"] .back a`).first().getAttribute('href')).toBe(
      `https://vienna-declaration.example.org/sources/vienna-declaration/#${id}`,
    );
    expect(await page.locator(`[id="${id}"] figcaption`).innerText()).toMatch(/para\. 4/);
    expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).not.toBe(opening);
    await page.context().close();
  });

  // Every card, loaded on its own (each load brings axe again): the two passes run side by side, and the time allowed
  // grows with the number of cards — about a second and a half a card and pass, on a busy machine.
  const cards = htmlPages().filter((p) => p.startsWith('/embed/'));
  it(
    'every card: accessible (axe) light and dark, fits 300 and 700 px, no console errors, under the production policy',
    { timeout: 30_000 + cards.length * 2 * 1_500 },
    async () => {
      expect(cards.length).toBeGreaterThan(60);
      const pass = async (width: number, scheme: 'light' | 'dark') => {
        const problems: string[] = [];
        const ctx = await browser.newContext({ viewport: { width, height: 600 }, colorScheme: scheme });
        const page = await ctx.newPage();
        page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: ${m.text()}`));
        for (const card of cards) {
          await page.goto(`${site}${card}`);
          const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (wide > 0) problems.push(`${card} at ${width} px: ${wide} px too wide`);
          const rules =
            scheme === 'light' ? { runOnly: { type: 'tag', values: WCAG } } : { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } };
          problems.push(...(await axe(page, rules)).map((v) => `${card} (${scheme}): ${v}`));
        }
        await ctx.close();
        return problems;
      };
      const problems = await Promise.all([pass(300, 'light'), pass(700, 'dark')]);
      expect(problems.flat()).toEqual([]);
    },
  );
});

describe('on paper, in Chromium', () => {
  it('fetches a page’s QR code only to print it, and prints it', async () => {
    const page = await browser.newPage();
    const codes: string[] = [];
    page.on('response', (r) => r.url().endsWith('/qr.svg') && codes.push(`${r.status()} ${r.headers()['content-type']} ${new URL(r.url()).pathname}`));
    await page.goto(`${site}/sources/vienna-declaration/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    expect(codes).toEqual([]); // a screen never loads it
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(codes).toEqual(['200 image/svg+xml /sources/vienna-declaration/qr.svg']);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!, '::after').content)).toBe(
      `url("${site}/sources/vienna-declaration/qr.svg")`,
    );
    await page.close();
  });
});
