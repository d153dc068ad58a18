/**
 * The site's words (src/lib/site/words.ts): the four dictionaries complete, and every way one can
 * be broken stops the build naming file, key, language and fix; dates in each language as the
 * site writes them; the round trip from a word to a sentence with its slots.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dictionaryFile, dictionaryProblems, wordsFor } from '../../src/lib/site/words.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { formatDate, formatRange } from '../../src/lib/content/dates.ts';
import { findDates } from '../../src/lib/editorial/find-dates.ts';

describe('the dictionaries', () => {
  it('are complete in English, French, Spanish and Arabic', () => {
    expect(dictionaryProblems().map(formatProblem)).toEqual([]);
  });

  let dir: string;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  /** A copy of the dictionaries with one language's file changed by `edit`, and what the check says of it. */
  function broken(lang: 'fr' | 'es' | 'ar', edit: (d: { page: Record<string, unknown>; browser: Record<string, unknown> }) => unknown): string[] {
    dir = mkdtempSync(join(tmpdir(), 'words-'));
    mkdirSync(join(dir, 'src/lib/site'), { recursive: true });
    cpSync('src/lib/site/dictionary', join(dir, 'src/lib/site/dictionary'), { recursive: true });
    const file = join(dir, dictionaryFile(lang));
    const d = JSON.parse(readFileSync(file, 'utf8'));
    const out = edit(d);
    if (out === 'delete') rmSync(file);
    else writeFileSync(file, JSON.stringify(d));
    return dictionaryProblems(dir).map(formatProblem);
  }

  it('a key missing in one language: file — key — language — fix', () => {
    expect(broken('fr', (d) => delete d.page.menu)).toEqual([
      `src/lib/site/dictionary/fr.json — page.menu — fr — missing — add the French words for it (English: "Menu")`,
    ]);
  });
  it('an empty word, a dropped placeholder, an unknown key', () => {
    const problems = broken('es', (d) => {
      d.page['breadcrumbs.home'] = ' ';
      d.page['related.all'] = 'Todas';
      d.browser['typo'] = 'x';
    });
    expect(problems).toEqual([
      expect.stringMatching(/^src\/lib\/site\/dictionary\/es\.json — page\.breadcrumbs\.home — es — empty — write the Spanish words/),
      expect.stringMatching(
        /^src\/lib\/site\/dictionary\/es\.json — page\.related\.all — es — drops \{count\}, \{section\}, \{name\}, which the site fills in/,
      ),
      expect.stringMatching(/^src\/lib\/site\/dictionary\/es\.json — browser\.typo — es — not a key of src\/lib\/site\/dictionary\/en\.json/),
    ]);
  });
  it('a count without the language’s plural forms (Arabic has six)', () => {
    const problems = broken('ar', (d) => (d.browser.results = { one: 'نتيجة واحدة', other: '{count} نتيجة' }));
    expect(problems).toEqual([
      expect.stringContaining(
        "browser.results — ar — a count needs one form for each of Arabic's plural categories (zero, one, two, few, many, other); missing: zero, two, few, many",
      ),
    ]);
  });
  it('a language the site lists with no dictionary', () => {
    expect(broken('ar', () => 'delete')).toEqual([
      expect.stringMatching(/^src\/lib\/site\/dictionary\/ar\.json — \(file\) — ar — the site lists Arabic .* but has no words for it/),
    ]);
  });
  it('a section, a kind and a language name in each language (English from the code’s own lists)', () => {
    expect(wordsFor('en').t('section.actions')).toBe('Priority actions');
    expect(wordsFor('en').t('language.es')).toBe('Spanish');
    for (const lang of ['fr', 'es', 'ar'] as const) {
      const w = wordsFor(lang);
      expect(w.t('section.actions')).not.toBe('Priority actions');
      expect(w.t('kind.news release')).not.toContain('news');
    }
  });
  it('fills placeholders and chooses plural forms by the language’s rules', () => {
    expect(wordsFor('en').n('removal.blank-lines', 1)).toBe('1 run of blank lines');
    expect(wordsFor('en').n('removal.blank-lines', 3)).toBe('3 runs of blank lines');
    const ar = wordsFor('ar');
    expect(new Set([0, 1, 2, 3, 11, 100].map((n) => ar.n('removal.blank-lines', n))).size).toBeGreaterThan(3);
    expect(
      wordsFor('fr')
        .parts('arrival.dated', { what: 'x', when: 'y' })
        .some((p) => typeof p === 'object' && p.slot === 'title'),
    ).toBe(true);
  });
});

describe('dates in the page’s language', () => {
  const day = new Date('2023-12-01T00:00:00Z');
  it.each([
    ['en', '1 December 2023', 'December 2023'],
    ['fr', '1er décembre 2023', 'décembre 2023'],
    ['es', '1 de diciembre de 2023', 'diciembre de 2023'],
    ['ar', '١ ديسمبر، ٢٠٢٣', 'ديسمبر، ٢٠٢٣'],
  ])('%s: %s', (lang, full, month) => {
    expect(formatDate(day, 'day', lang)).toBe(full);
    expect(formatDate(day, 'month', lang)).toBe(month);
  });
  it('Arabic as INTERPOL writes its date lines: the importer reads it back as the same day', () => {
    const [found] = findDates(formatDate(new Date('2024-06-11T00:00:00Z'), 'day', 'ar'));
    expect(found?.date.toISOString().slice(0, 10)).toBe('2024-06-11');
  });
  it('ranges', () => {
    expect(formatRange(new Date('2024-06-11'), new Date('2024-06-13'))).toBe('11–13 June 2024');
    expect(formatRange(new Date('2024-06-11'), new Date('2024-06-13'), 'fr')).toBe('11–13 juin 2024');
  });
});
