/**
 * What only a real build shows about content, in a copy of the project: a source with nothing known
 * but its text builds pages that say so, and the URL contract stops a build that drops a published
 * page. (Each kind of bad content's message: tests/unit/content-check.test.ts; that the build stops
 * before writing anything: tests/build/editors.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWith, type Edit } from '../setup/copy-build.ts';

// One build of a copy holds every case: they touch different pages.
const undated: Edit = [
  'content/sources/interpol-unodc-agreement.md',
  (t) => t.replace('publisher: interpol\n', '').replace('date: 2016-05-23\n', '').replace('datePrecision: month', 'datePrecision: unknown'),
];
// Two published quote pages renamed: the first with a redirect, the second without one.
const renames: Edit = [
  'content/quotes.yaml',
  (t) => t.replace('- id: fedotov-global-partnerships', '- id: fedotov-partnerships').replace('- id: stock-epidemic', '- id: stock-an-epidemic'),
];
const redirect: Edit = ['content/redirects.yaml', () => '/quotes/fedotov-global-partnerships/: /quotes/fedotov-partnerships/\n'];

let seen: Record<string, string> = {};
let result: { status: number | null; output: string };
beforeAll(() => {
  result = buildWith({
    edits: [undated, renames, redirect],
    urlCheck: true,
    inspect: (dist) => {
      const read = (p: string) => readFileSync(join(dist, p), 'utf8');
      seen = {
        page: read('sources/interpol-unodc-agreement/index.html'),
        csl: read('sources/interpol-unodc-agreement/cite.json'),
        card: read('embed/sources/interpol-unodc-agreement/index.html'),
        nginx: readFileSync(`${dist}-server/nginx.conf`, 'utf8'),
        caddy: readFileSync(`${dist}-server/Caddyfile`, 'utf8'),
      };
    },
  });
}, 180_000);

/** The text of the first element `selector` finds in `html`, spaces collapsed. */
const textIn = (html: string, selector: string) =>
  toString(select(selector, fromHtml(html))!)
    .replace(/\s+/g, ' ')
    .trim();

describe('incomplete but valid content builds', () => {
  it('a source with no publisher and no known date: its page, citations and card say so, never "undefined" or an invented date', () => {
    expect(seen.page, result.output).toBeDefined();
    expect(textIn(seen.page, '.lede')).toBe('A news release, undated (see Provenance).');
    expect(textIn(seen.page, '.provenance')).toMatch(/Publisher ?Not known ?Date ?Not known\./);
    expect(seen.page).not.toMatch(/undefined|NaN|citation_date|citation_publisher/);
    expect(JSON.parse(seen.csl)[0]).not.toHaveProperty('issued');
    expect(textIn(seen.card, 'figcaption')).toBe('— INTERPOL and UNODC agreement to enhance cooperation against transnational crime, n.d.');
  });
});

describe('the URL contract guards published links', () => {
  it('fails when a published page is renamed without a redirect, naming that page only', () => {
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('/quotes/stock-epidemic/: published page is gone — add a redirect for it in content/redirects.yaml');
    expect(result.output).not.toContain('/quotes/fedotov-global-partnerships/: published page is gone');
  });

  it('keeps a renamed page that redirects: the servers the build configures send the old address to the new one as an HTTP 301', () => {
    expect(seen.nginx).toContain('location = /quotes/fedotov-global-partnerships/ { return 301 /quotes/fedotov-partnerships/; }');
    expect(seen.caddy).toContain('redir /quotes/fedotov-global-partnerships/ /quotes/fedotov-partnerships/ permanent');
  });
});
