import type { CollectionName } from '../../src/schemas/collections.ts';
import { describe, expect, it } from 'vitest';
import { mentionMatcher, termsOf } from '../../src/lib/content/mentions.ts';
import { quotedText } from '../../src/lib/content/graph.ts';
import { linkTerms } from '../../src/lib/content/registry.ts';

const ref = <C extends CollectionName>(collection: C, id: string) => ({ collection, id });

describe('mentionMatcher', () => {
  const match = mentionMatcher([
    { text: 'Vienna', target: ref('places', 'vienna') },
    { text: 'Vienna Declaration', target: ref('sources', 'vienna-declaration') },
    { text: 'INTERPOL', target: ref('organisations', 'interpol') },
    { text: 'cybercrime', target: ref('topics', 'cybercrime'), caseless: true },
  ]);
  const found = (text: string) => match(text).map((m) => [text.slice(m.start, m.end), m.term.target.id]);

  it('prefers the longest name, so the Declaration is not the city', () => {
    expect(found('In Vienna, the Vienna Declaration')).toEqual([
      ['Vienna', 'vienna'],
      ['Vienna Declaration', 'vienna-declaration'],
    ]);
  });

  it('matches whole words only, possessives included', () => {
    expect(found('INTERPOL’s members; INTERPOLS; Viennas')).toEqual([['INTERPOL', 'interpol']]);
  });

  it('matches names as written and topics in any case', () => {
    expect(found('Cybercrime and CYBERCRIME; interpol')).toEqual([
      ['Cybercrime', 'cybercrime'],
      ['CYBERCRIME', 'cybercrime'],
    ]);
  });

  it('finds spelling variants from the registry', () => {
    const real = mentionMatcher(linkTerms());
    const targets = (t: string) => real(t).map((m) => m.term.target.id);
    expect(targets('President Al Raisi and Ahmed Naser AL-RAISI')).toEqual(['ahmed-naser-al-raisi', 'ahmed-naser-al-raisi']);
    expect(targets('Jurgen Stock, then Jürgen Stock')).toEqual(['jurgen-stock', 'jurgen-stock']);
    expect(termsOf([{ collection: 'people', id: 'x', data: { name: 'Jürgen Stock', aliases: ['Jurgen Stock'] } }]).map((t) => t.text)).toEqual([
      'Jürgen Stock',
      'Jurgen Stock',
    ]);
  });
});

describe('quotedText', () => {
  it('keeps only the words inside quotation marks, across paragraphs', () => {
    expect(quotedText(['He said, “One.', '“Two,” he added.'])).toBe('One. Two');
    expect(quotedText(['“No country or region should be left behind.” Someone else spoke.'])).toBe('No country or region should be left behind.');
  });
});

describe('quotedText with straight quotes', () => {
  it('reads "…" as well as “…”', () => {
    expect(quotedText(['He said: "No country should be left behind." Then he left.'])).toBe('No country should be left behind.');
  });
});
