/**
 * The hub pages stay bounded when many releases join the five sources: a topic page quotes the
 * passages of ten sources and lists the rest, and the evidence matrix has a column only for
 * sources with evidence. Builds a copy of the project with twelve extra sources that name a topic.
 */
import { describe, expect, it } from 'vitest';
import { brokenLinks, page, textOf } from '../../scripts/lib/built-site.ts';
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

describe('a site with many sources', () => {
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
