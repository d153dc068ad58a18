import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, POLL } from '../../scripts/lib/chromium.ts';

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
    // Near it, where it sits: the source, its publisher and date, and the way to the top.
    const arrival = page.locator('aside.arrival');
    expect(await arrival.isVisible()).toBe(true);
    expect(await arrival.textContent()).toMatch(/A passage of The Vienna Declaration: .* published by INTERPOL on 27 November 2023\./);
    const [note, target] = await Promise.all([arrival.boundingBox(), passage.boundingBox()]);
    expect(note!.y + note!.height).toBeLessThanOrEqual(target!.y);
    expect(await arrival.locator('a[data-cite-passage]').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
      `${site}/sources/vienna-declaration/cite/#${PASSAGE}`,
    );

    // The "#" control: keyboard-reachable, labelled, copies the full URL and says so.
    const control = passage.locator('a.passage-link');
    expect(await control.getAttribute('aria-label')).toBe('Copy link to this passage');
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL).toBe(`${site}/sources/vienna-declaration/#${PASSAGE}`);
    expect(await page.locator('#copy-status').textContent()).toContain('Link copied');
    await context.close();
  });

  it('lands on the right passage for a text-fragment link', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
    await page.goto(`${site}/sources/interpol-unodc-agreement/#:~:text=Operation%20Folosa`);
    const target = page.locator('#recent-examples-of-successful-1497');
    await expect
      .poll(
        () =>
          target.evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        POLL,
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
  it('opens from the keyboard, shows its copy buttons then, and copies the APA citation', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site}/sources/vienna-declaration/`);
    const panel = page.locator('details.cite-panel');
    const copy = panel.locator('button[data-copy="cite-apa"]');
    // Closed, its copy buttons hidden (without JavaScript they never show: the text is there to select).
    expect(await panel.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await copy.isHidden()).toBe(true);
    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await copy.waitFor({ state: 'visible' });
    await copy.click();
    const apa = (await panel.locator('#cite-apa').textContent())!.trim();
    expect(apa).toMatch(/^Al-Raisi, A\. N\., & Stock, J\. \(2023\)\. The Vienna Declaration/);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL).toBe(apa);
    expect(await page.locator('#copy-status').textContent()).toBe('Copied: the APA 7 citation');
    expect(await copy.textContent()).toBe('Copied');
    await context.close();
  });

  it('beside each passage, a cite link leads to that passage on the cite page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site}/sources/vienna-declaration/`);
    const cite = page.locator(`#${PASSAGE} a.passage-cite`);
    expect(await cite.getAttribute('aria-label')).toBe('Cite or quote this passage');
    await Promise.all([page.waitForURL(`**/sources/vienna-declaration/cite/#${PASSAGE}`), cite.click()]);
    expect(await page.locator(`section.cite-passage#${PASSAGE}`).evaluate((el) => el.matches(':target'))).toBe(true);
    // Headings have none: they are not cited by paragraph.
    expect(await page.goto(`${site}/sources/vienna-declaration/`).then(() => page.locator('.prose h2 a.passage-cite').count())).toBe(0);
    await page.close();
  });

  it('on the cite page, copies a passage as a quotation with its attribution, the panel open from the start', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site}/sources/vienna-declaration/cite/`);
    expect(await page.locator('details.cite-panel button[data-copy="cite-apa"]').isVisible()).toBe(true);
    const copy = page.locator(`#${PASSAGE} button[data-copy="${PASSAGE}-quote"]`);
    await copy.click();
    const quoted = await page.evaluate(() => navigator.clipboard.readText());
    expect(quoted).toMatch(
      /^“We are at a tipping point\. .*” — The Vienna Declaration: Challenging the rise of transnational organized crime, INTERPOL, 27 November 2023\. /,
    );
    expect(quoted.endsWith(`/sources/vienna-declaration/#${PASSAGE}`)).toBe(true);
    await context.close();
  });
});

describe('links to the exact words, in Chromium', () => {
  /** Select `words` inside the passage `id` (the first time they occur in it). */
  const select = (id: string, words: string) =>
    `(() => {
      const passage = document.getElementById(${JSON.stringify(id)});
      const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent.indexOf(${JSON.stringify(words)});
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + ${words.length});
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return true;
      }
      return false;
    })()`;

  it('copies a link to selected words that lands on their passage, with prefix and suffix where the words recur', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site}/sources/vienna-declaration/`);
    // Words found once on the page: the fragment is the words alone.
    expect(await page.evaluate(select(PASSAGE, 'tipping point'))).toBe(true);
    const offer = page.locator('#text-link');
    await offer.waitFor({ state: 'visible' });
    await offer.click();
    const once = `${site}/sources/vienna-declaration/#${PASSAGE}:~:text=tipping%20point`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL).toBe(once);
    expect(await page.locator('#copy-status').textContent()).toContain('Link to the selected words copied');

    // Words the page has many times: the words around them tell them apart.
    const para = 'for-over-100-years-interpol-has-5757';
    expect(await page.evaluate(select(para, 'INTERPOL'))).toBe(true);
    await offer.waitFor({ state: 'visible' });
    await offer.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL).toMatch(new RegExp(`#${para}:~:text=(.+-,)?INTERPOL,-.+`));

    // A whole paragraph, its "#" included: its first and last words, without the "#".
    expect(
      await page.evaluate(
        `(() => { const r = document.createRange(); r.selectNodeContents(document.getElementById('${para}')); getSelection().removeAllRanges(); getSelection().addRange(r); return true; })()`,
      ),
    ).toBe(true);
    await offer.waitFor({ state: 'visible' });
    await offer.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), POLL)
      .toMatch(new RegExp(`#${para}:~:text=For%20over%20100%20years%2C%20INTERPOL,[^#]+$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toMatch(/%23$/);

    // Followed, the link lands on the passage (and, in Chromium, on the words).
    const landing = await context.newPage();
    await landing.goto(once);
    expect(await landing.locator(`#${PASSAGE}`).evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await landing.locator(`#${PASSAGE}`).isVisible()).toBe(true);
    await context.close();
  });
});
