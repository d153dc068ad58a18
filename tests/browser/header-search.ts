/** Typing into the header search box as a reader does, and waiting until the results are announced. */
import type { Page } from 'playwright-core';

export async function typeSearch(page: Page, query: string, timeout = 10_000): Promise<void> {
  const box = page.locator('#site-search');
  await box.fill('');
  await box.pressSequentially(query, { delay: 5 });
  await page
    .locator('#site-search-results-status')
    // The status quotes the query, in the page's language's quotation marks (“…”, « … », «…»).
    .filter({ hasText: new RegExp(`[“«]\\s?${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s?[”»]`) })
    .waitFor({ timeout });
}
