/** axe-core in a Playwright page: its violations as "rule (impact): targets" lines. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function axe(page: Page, options: object): Promise<string[]> {
  // evaluate() runs outside the page's CSP, so axe can be injected without weakening the policy.
  // Once a page: axe is half a megabyte of script to parse again.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = await page.evaluate(
    (opts) => (window as unknown as { axe: { run(doc: Document, o: object): Promise<{ violations: unknown[] }> } }).axe.run(document, opts),
    // Violations are all that is read: axe then spares itself the details of every passing node.
    { resultTypes: ['violations'], ...options },
  );
  return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[]).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
