/**
 * What only a real build shows about content, in a copy of the project: a source with nothing known
 * but its text builds pages that say so, and the URL contract stops a build that drops a published
 * page. (Each kind of bad content's message: tests/unit/content-check.test.ts; that the build stops
 * before writing anything: tests/build/editors.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildWith, type Edit } from '../setup/copy-build.ts';

describe('incomplete but valid content builds', () => {
  it('a source with no publisher and no known date: its page, citations and card say so, never "undefined" or an invented date', () => {
    const undated: Edit = [
      'content/sources/interpol-unodc-agreement.md',
      (t) => t.replace('publisher: interpol\n', '').replace('date: 2016-05-23\n', '').replace('datePrecision: month', 'datePrecision: unknown'),
    ];
    let seen: Record<string, string> = {};
    const { status, output } = buildWith({
      edits: [undated],
      inspect: (dist) => {
        const read = (p: string) => readFileSync(join(dist, p), 'utf8');
        seen = {
          page: read('sources/interpol-unodc-agreement/index.html'),
          csl: read('sources/interpol-unodc-agreement/cite.json'),
          card: read('embed/sources/interpol-unodc-agreement/index.html'),
        };
      },
    });
    expect(status, output).toBe(0);
    const lede = parse(seen.page).querySelector('.lede')!.textContent.replace(/\s+/g, ' ').trim();
    expect(lede).toBe('A news release, undated (see Provenance).');
    expect(parse(seen.page).querySelector('.provenance')!.textContent).toMatch(/Publisher\s*Not known\s*Date\s*Not known\./);
    expect(seen.page).not.toMatch(/undefined|NaN|citation_date|citation_publisher/);
    expect(JSON.parse(seen.csl)[0]).not.toHaveProperty('issued');
    expect(parse(seen.card).querySelector('figcaption')!.textContent.replace(/\s+/g, ' ').trim()).toBe(
      '— INTERPOL and UNODC agreement to enhance cooperation against transnational crime, n.d.',
    );
  });
});

describe('the URL contract guards published links', () => {
  const rename: Edit = ['content/quotes.yaml', (t) => t.replace('- id: fedotov-global-partnerships', '- id: fedotov-partnerships')];

  it('fails when a published page is renamed without a redirect', () => {
    const { status, output } = buildWith({ edits: [rename], urlCheck: true });
    expect(status).not.toBe(0);
    expect(output).toContain('/quotes/fedotov-global-partnerships/: published page is gone — add a redirect for it in content/redirects.yaml');
  });

  it('passes once the old address redirects to the new one', () => {
    const redirect: Edit = ['content/redirects.yaml', () => '/quotes/fedotov-global-partnerships/: /quotes/fedotov-partnerships/\n'];
    let servers = { nginx: '', caddy: '' };
    const { status, output } = buildWith({
      edits: [rename, redirect],
      urlCheck: true,
      inspect: (dist) => (servers = { nginx: readFileSync(`${dist}-server/nginx.conf`, 'utf8'), caddy: readFileSync(`${dist}-server/Caddyfile`, 'utf8') }),
    });
    expect(output).not.toContain('published page is gone');
    expect(status).toBe(0);
    // The servers the build configures send the old address to the new one as an HTTP 301.
    expect(servers.nginx).toContain('location = /quotes/fedotov-global-partnerships/ { return 301 /quotes/fedotov-partnerships/; }');
    expect(servers.caddy).toContain('redir /quotes/fedotov-global-partnerships/ /quotes/fedotov-partnerships/ permanent');
  });
});
