/**
 * Bad content must stop the build with a message naming the file and the field. Each case
 * copies the project to a temporary folder, breaks one thing, and runs the real build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildWith, type Edit } from '../setup/copy-build.ts';

describe('bad content stops the build', () => {
  it('a reference to an entry that does not exist', () => {
    const { status, output } = buildWith({
      edits: [['content/actions/greater-cooperation.mdx', (t) => t.replace('sources: [vienna-declaration,', 'sources: [viena-declaration,')]],
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/actions/greater-cooperation.mdx:11 — sources[0] — no source "viena-declaration" — did you mean "vienna-declaration"?');
  });

  it('an evidence passage that is not on its source page', () => {
    const { status, output } = buildWith({
      edits: [['content/evidence.yaml', (t) => t.replace('passage: we-also-know-we-can-only-797c', 'passage: we-also-know-we-can-only-0000')]],
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/evidence\.yaml:\d+ — entry "tirana-work-globally", passage — "we-also-know-we-can-only-0000" is not a passage of content\/sources\/tirana-regional-conference\.md — did you mean "we-also-know-we-can-only-797c"\?/,
    );
  });

  it('an empty title (schema validation)', () => {
    const { status, output } = buildWith({ edits: [['content/events/tirana-2024.mdx', (t) => t.replace(/^title: .*$/m, 'title: ""')]] });
    expect(status).not.toBe(0);
    expect(output).toContain('content/events/tirana-2024.mdx:2 — title — must not be empty — see the schema in src/schemas/content.ts');
  });

  it('a source whose text another source already has (the same release under a new name)', () => {
    // Laid out differently (more blank lines between paragraphs) and still the same text.
    const copy = readFileSync('content/sources/tirana-regional-conference.md', 'utf8').replace(/\n\n/g, '\n\n\n');
    const { status, output } = buildWith({ files: { 'content/sources/tirana-conference-copy.md': copy } });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/sources\/tirana-regional-conference\.md:\d+ — body — the same text as content\/sources\/tirana-conference-copy\.md — one release is one source: keep one of the two files \(and redirect the other's address if it was published\)/,
    );
  });

  it('two passages with the same text on one page (duplicate anchor)', () => {
    const { status, output } = buildWith({
      edits: [['content/events/tirana-2024.mdx', (t) => `${t}\nThe same paragraph twice.\n\nThe same paragraph twice.\n`]],
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/events\/tirana-2024\.mdx(?::\d+)? — body — duplicate passage anchor "#the-same-paragraph-twice-[0-9a-f]{4}"/);
  });
});

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

  it('a date without datePrecision "unknown", or "unknown" with a date, stops the build naming the field', () => {
    const { status, output } = buildWith({
      edits: [['content/sources/interpol-unodc-agreement.md', (t) => t.replace('datePrecision: month', 'datePrecision: unknown')]],
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/sources\/interpol-unodc-agreement\.md(:\d+)? — date — give a date, or datePrecision "unknown" and no date/);
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
