/**
 * The hub pages stay bounded when many releases join the five sources: a topic page quotes the
 * passages of ten sources and lists the rest, and the evidence matrix has a column only for
 * sources with evidence. Builds a copy of the project with twelve extra sources that name a topic.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brokenLinks, fileFor, htmlPages, page, textOf } from '../../scripts/lib/built-site.ts';
import { buildWith } from '../setup/copy-build.ts';

const EXTRA = 12;
const release = (i: number) => `---
title: "Test release ${i}"
description: "A release added by a test (number ${i})."
kind: news release
language: en
publisher: interpol
date: 2020-01-${String(i).padStart(2, '0')}
datePrecision: day
dateBasis: Written for a test.
seed: test.txt
cleanup: { restoredBreaks: 0, removed: [] }
---

Release ${i} names terrorism in its first paragraph.

Its second paragraph, number ${i}, names terrorism again.
`;

describe('a site with many sources', { timeout: 180_000 }, () => {
  it('quotes ten sources on a topic page, lists the rest with links to their first passage, and keeps the matrix to sources with evidence', () => {
    const files = Object.fromEntries(Array.from({ length: EXTRA }, (_, k) => [`content/sources/synthetic/test-release-${k + 1}.md`, release(k + 1)]));
    let checked = false;
    const { status, output } = buildWith({
      files,
      inspect: (dist) => {
        const topic = page('/topics/terrorism/', dist);
        const quoted = topic.querySelectorAll('[data-pagefind-ignore] > section > h3 > a').map((a) => a.getAttribute('href'));
        // Oldest first: the 2016 agreement, then the 2020 test releases; the 2024 conference is listed.
        expect(quoted).toEqual(['/sources/interpol-unodc-agreement/', ...Array.from({ length: 9 }, (_, k) => `/sources/test-release-${k + 1}/`)]);
        const listed = topic.querySelectorAll('.more-sources li');
        expect(textOf(topic.querySelector('.more-sources')!.parentNode!.querySelector('h3')!)).toBe('4 more sources');
        expect(listed.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(
          [10, 11, 12].map((i) => `/sources/test-release-${i}/`).concat('/sources/tirana-regional-conference/'),
        );
        expect(textOf(listed[0])).toBe('Test release 10 — the first of 2 passages');
        // Each passage link lands on the passage (brokenLinks checks every fragment of the site).
        expect(listed[0].querySelectorAll('a')[1].getAttribute('href')).toMatch(/^\/sources\/test-release-10\/#release-10-names-terrorism-in-its-[0-9a-f]{4}$/);
        expect(brokenLinks(dist)).toEqual([]);

        const matrix = page('/evidence/', dist);
        expect(matrix.querySelectorAll('thead th')).toHaveLength(5 + 2);
        expect(textOf(matrix.querySelector('main')!)).toContain(`Not shown: ${EXTRA} other sources, with no passage recorded for any action.`);
        checked = true;
      },
    });
    expect(status, output).toBe(0);
    expect(checked).toBe(true);
  });
});

/**
 * An archive shaped like the bad cases of issue 20, a few hundred releases strong: one year holding
 * almost all of them, one dated in the future, one with no date, and one name (Jürgen Stock)
 * mentioned by every release. Not timed: it checks that every page stays bounded and that the
 * complete lists are paged at their own addresses.
 */
describe('an archive of a few hundred releases', { timeout: 180_000 }, () => {
  const IN_2020 = 230;
  const archived = (i: number, date: string | undefined) => `---
title: "Archived release ${i}"
description: "A release of the archive test (number ${i})."
kind: news release
language: en
publisher: interpol
${date ? `date: ${date}\ndatePrecision: day` : 'datePrecision: unknown'}
dateBasis: Written for a test.
seed: test.txt
people: [jurgen-stock]
cleanup: { restoredBreaks: 0, removed: [] }
---

Release ${i} of the archive says that Jürgen Stock spoke about organized crime.
`;
  const day = (i: number) => `2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const files: Record<string, string> = Object.fromEntries(
    Array.from({ length: IN_2020 }, (_, k) => [`content/sources/archive/release-${k + 1}.md`, archived(k + 1, day(k))]),
  );
  files['content/sources/archive/release-future.md'] = archived(9001, '2031-01-15');
  files['content/sources/archive/release-undated.md'] = archived(9002, undefined);

  it('keeps every page under 60 KB gzip and the home page within 10 % of its size without them; pages the complete lists', () => {
    const homeAlone = gzipSync(readFileSync('dist/index.html')).length;
    let checked = false;
    const { status, output } = buildWith({
      files,
      inspect: (dist) => {
        const sizes = htmlPages(dist).map((p) => ({ p, bytes: gzipSync(readFileSync(fileFor(p, dist)!)).length }));
        const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
        expect(largest.bytes, largest.p).toBeLessThan(60 * 1024);
        const home = sizes.find((s) => s.p === '/')!.bytes;
        expect(Math.abs(home - homeAlone) / homeAlone, `home ${home} B against ${homeAlone} B`).toBeLessThan(0.1);
        expect(page('/', dist).querySelectorAll('.latest-sources li')).toHaveLength(5);

        // The year of 230 releases: three pages of at most 100, oldest first, linked both ways.
        const year = [1, 2, 3].map((n) => page(n === 1 ? '/sources/2020/' : `/sources/2020/${n}/`, dist));
        expect(year.map((y) => y.querySelectorAll('.entry-list li').length)).toEqual([100, 100, 30]);
        expect(year[0].querySelector('link[rel=next]')!.getAttribute('href')).toMatch(/\/sources\/2020\/2\/$/);
        expect(year[1].querySelector('link[rel=prev]')!.getAttribute('href')).toMatch(/\/sources\/2020\/$/);
        expect(textOf(year[2].querySelector('.pager')!)).toContain('Page 3 of 3');
        // The future and the undated release have their own years; the index lists every year.
        expect(textOf(page('/sources/2031/', dist).querySelector('.entry-list')!)).toContain('Archived release 9001');
        expect(textOf(page('/sources/undated/', dist).querySelector('.entry-list')!)).toContain('Archived release 9002');
        expect(
          page('/sources/', dist)
            .querySelectorAll('.years a')
            .map((a) => a.getAttribute('href')),
        ).toEqual(['2031', '2024', '2023', '2020', '2016', 'undated'].map((y) => `/sources/${y}/`));

        // Everyone mentions Jürgen Stock: his panel shows the newest ten and the way to all of them, in pages.
        const person = page('/people/jurgen-stock/', dist);
        const group = person.querySelector('#related')!.parentNode!;
        expect(group.querySelectorAll('ul')[group.querySelectorAll('h3').findIndex((h) => textOf(h) === 'Sources')].querySelectorAll('li')).toHaveLength(10);
        const more = group.querySelector('.more a')!;
        expect(more.getAttribute('href')).toBe('/people/jurgen-stock/mentioned-in/');
        expect(textOf(more)).toMatch(/^All 23\d sources that mention Jürgen Stock$/);
        const all = page('/people/jurgen-stock/mentioned-in/', dist);
        expect(all.querySelectorAll('.entry-list li')).toHaveLength(100);
        expect(textOf(all.querySelector('.entry-list li')!)).toContain('Archived release 9001'); // newest first
        expect(page('/people/jurgen-stock/mentioned-in/3/', dist).querySelector('link[rel=prev]')).not.toBeNull();
        // A new release's passages are embedded as its card's fragments: one card page per source, not per paragraph.
        const card = page('/embed/sources/release-1/', dist);
        const id = card.querySelector('.part[id]')!.id;
        expect(fileFor(`/embed/sources/release-1/${id}/`, dist)).toBeUndefined();
        expect(readFileSync(fileFor('/sources/release-1/cite/', dist)!, 'utf8')).toContain(`/embed/sources/release-1/#${id}`);
        expect(brokenLinks(dist)).toEqual([]);
        checked = true;
      },
    });
    expect(status, output).toBe(0);
    expect(checked).toBe(true);
  });
});
