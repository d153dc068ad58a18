import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/chromium.ts';

let browser: Browser;
const site = inject('siteUrl');
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const PASSAGE = 'we-are-at-a-tipping-point-9e53';

describe('deep links in Chromium', () => {
  it('opens a passage link with the passage highlighted, and copies its link', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site}/sources/vienna-declaration/#${PASSAGE}`);
    const passage = page.locator(`#${PASSAGE}`);
    expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
    const plain = await page.locator('#for-over-100-years-interpol-has-5757').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await passage.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(plain);
    expect(await passage.isVisible()).toBe(true);

    // The "#" control: keyboard-reachable, labelled, copies the full URL and says so.
    const control = passage.locator('a.passage-link');
    expect(await control.getAttribute('aria-label')).toBe('Copy link to this passage');
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}/sources/vienna-declaration/#${PASSAGE}`);
    expect(await page.locator('#copy-status').textContent()).toContain('Link copied');
    await context.close();
  });

  it('lands on the right passage for a text-fragment link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
    await page.goto(`${site}/sources/interpol-unodc-agreement/#:~:text=Operation%20Folosa`);
    const target = page.locator('#recent-examples-of-successful-1497');
    await expect
      .poll(() =>
        target.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await page.close();
  });

  it('opens a quote by its permalink', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${site}/quotes/fedotov-global-partnerships/`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('figure.quote blockquote').textContent()).toContain('The need for global partnerships');
    expect(await page.locator('figure.quote figcaption').textContent()).toContain('Yury Fedotov');
    await page.close();
  });
});

describe('the cite panel in Chromium', () => {
  it('opens from the keyboard, loads its copy buttons then, and copies the APA citation', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${site}/sources/vienna-declaration/`);
    const panel = page.locator('details.cite-panel');
    const copy = panel.locator('button[data-copy="cite-apa"]');
    // Closed, and its code not loaded: the first visit carries none of it.
    expect(await panel.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    const before = scripts.length;
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await copy.waitFor({ state: 'visible' });
    expect(scripts.length).toBeGreaterThan(before);
    await copy.click();
    const apa = (await panel.locator('#cite-apa').textContent())!.trim();
    expect(apa).toMatch(/^Al-Raisi, A\. N\., & Stock, J\. \(2023, November 27\)\. The Vienna Declaration/);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(apa);
    expect(await page.locator('#copy-status').textContent()).toBe('Copied: the APA 7 citation');
    await context.close();
  });
});
