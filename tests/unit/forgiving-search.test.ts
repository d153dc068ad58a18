/**
 * Search that forgives (src/lib/site/forgiving-search.ts), on the site's real vocabulary (the
 * registry's names and their forms in four languages, the actions and events, the `stopword`
 * package's lists): misspelt names put right, names typed without their diacritics or Arabic
 * without its vowel marks found, questions reduced to their meaningful words, bad input harmless.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectContent } from '../../src/lib/content/check.ts';
import { distance, fold, matcherOf, suggestion, tolerance, withoutStopWords, type Matcher } from '../../src/lib/site/forgiving-search.ts';
import { searchVocabulary } from '../../src/lib/site/search-vocabulary.ts';

let m: Matcher;
beforeAll(async () => {
  const { graph } = await inspectContent();
  m = matcherOf(searchVocabulary(graph!, '/'));
});

describe('comparing spellings', () => {
  it('sets case, diacritics, Arabic vowel marks, tatweel and letter variants aside', () => {
    expect(fold('Jürgen')).toBe(fold('jurgen'));
    expect(fold('Organización')).toBe('organizacion');
    expect(fold('الجَرِيمَة')).toBe(fold('الجريمة'));
    expect(fold('الإنتـــربول')).toBe(fold('الانتربول'));
  });
  it('counts edits, a swap of neighbours as one, and gives up past the limit', () => {
    expect(distance('interpl', 'interpol', 2)).toBe(1);
    expect(distance('tiarna', 'tirana', 2)).toBe(1);
    expect(distance('abc', 'xyzuvw', 2)).toBe(3);
    expect([3, 4, 5, 6, 9, 10].map(tolerance)).toEqual([0, 1, 1, 2, 2, 3]);
  });
});

describe('did you mean', () => {
  it.each([
    // English
    ['Interpl', 'INTERPOL', '/organisations/interpol/'],
    ['Jurgen Stok', 'Jürgen Stock', '/people/jurgen-stock/'],
    ['Tirrana', 'Tirana', '/places/tirana/'],
    ['cybercrme', 'Cybercrime', '/topics/cybercrime/'],
    // French and Spanish forms of names, misspelt or without their accents
    ['Viennne', 'Vienne', '/places/vienna/'],
    ['cybercriminalite', undefined, '/topics/cybercrime/'],
    ['ciberdelincuensia', 'ciberdelincuencia', '/topics/cybercrime/'],
    // Arabic: another spelling of a name, and a name written with its vowel marks
    ['يورجن شتوك', 'يورغن شتوك', '/people/jurgen-stock/'],
    ['فِيِينَّا', undefined, '/places/vienna/'],
  ])('%s → %s (%s first)', (query, corrected, url) => {
    const s = suggestion(query, m);
    expect(s.corrected).toBe(corrected);
    expect(s.entry?.url).toBe(url);
  });

  it('leaves a word it knows, a common word and a number alone', () => {
    expect(suggestion('INTERPOL', m)).toEqual({ entry: expect.objectContaining({ url: '/organisations/interpol/' }) });
    expect(suggestion('member countries', m).corrected).toBeUndefined();
    expect(suggestion('196', m)).toEqual({});
  });

  it('is harmless on bad input: one letter, 500 characters, punctuation, mixed scripts', () => {
    for (const q of ['x', 'a'.repeat(500), '!!! ??? …', 'INTERPOL الإنتربول', '   ']) expect(() => suggestion(q, m)).not.toThrow();
    expect(suggestion('x', m)).toEqual({});
    expect(suggestion('a'.repeat(500), m)).toEqual({});
    expect(suggestion('!!!', m)).toEqual({});
  });
});

describe('questions', () => {
  it.each([
    ['how many member countries', 'member countries'],
    ['what is the Vienna Declaration', 'Vienna Declaration'],
    ['combien de pays membres', 'combien pays membres'],
    ['¿cuáles son los países miembros?', 'cuáles países miembros'],
    ['ما هي الدول الأعضاء', 'الدول الأعضاء'],
    // Names and numbers stay, even where a stop word spells them
    ['who are the 196 members', '196 members'],
  ])('%s → %s', (query, kept) => {
    expect(withoutStopWords(query, m)).toBe(kept);
  });
  it('keeps a query that is only stop words, or has none, as it is', () => {
    expect(withoutStopWords('how is it', m)).toBeUndefined();
    expect(withoutStopWords('member countries', m)).toBeUndefined();
  });
});
