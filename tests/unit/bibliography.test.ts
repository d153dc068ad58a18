/**
 * The one bibliographic model (src/lib/site/bibliography.ts) and the formats derived from it, on
 * small records made here: every kind gives the same type and the same date in every output,
 * read back by parsers that did not write them — Better BibTeX's parser (@retorquere/bibtex-parser)
 * for BibTeX, astrocite and citation-js's RIS reader for RIS (astrocite's RIS → CSL mapping must agree with our CSL type) — and
 * awkward input (TeX's special characters, quotes, names in Arabic or with diacritics, no author,
 * no date, a month alone) survives every format. biber and BibTeX themselves: tests/build/citation-tools.test.ts.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { SOURCE_KINDS, type SourceKind } from '../../src/schemas/content.ts';
import { citationTags, KINDS, partialDate, type BibRecord } from '../../src/lib/site/bibliography.ts';
import { bibtexOf, protectCase, texEscape } from '../../src/lib/site/bibtex.ts';
import { risOf } from '../../src/lib/site/ris.ts';
import { cslItem } from '../../src/lib/site/csl-json.ts';

const URL = 'https://example.org/sources/fixture/';
const record = (kind: SourceKind, over: Partial<BibRecord> = {}): BibRecord => ({
  id: 'a-source-id-longer-than-twenty-characters',
  kind,
  types: KINDS[kind],
  title: 'INTERPOL and UNODC meet in Vienna',
  creators: [
    { person: true, name: 'Jürgen Stock', family: 'Stock', given: 'Jürgen', page: 'https://example.org/people/jurgen-stock/' },
    { person: true, name: 'Ahmed Naser Al-Raisi', family: 'Al-Raisi', given: 'Ahmed Naser', page: 'https://example.org/people/al-raisi/' },
  ],
  publisher: 'INTERPOL',
  date: { year: 2023, month: 12, day: 1 },
  url: URL,
  page: URL,
  language: 'en',
  ...over,
});
const DATES = {
  day: partialDate(new Date('2023-12-01'), 'day'),
  month: partialDate(new Date('2016-05-23'), 'month'),
  year: partialDate(new Date('2016-05-23'), 'year'),
  none: partialDate(undefined, 'unknown'),
};
const bib = (r: BibRecord) => {
  const parsed = parseBibtex(bibtexOf(r));
  expect(parsed.errors).toEqual([]);
  return parsed.entries[0];
};
const ris = (r: BibRecord) => parseRis(risOf(r))[0];
const tag = (r: BibRecord, name: string) =>
  citationTags(r)
    .filter(([n]) => n === name)
    .map(([, v]) => v);

describe('the bibliographic model', () => {
  it('has a row for every kind of source the schema allows', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...SOURCE_KINDS].sort());
  });

  it('keeps a date to its precision, never inventing a day or month', () => {
    expect(DATES).toEqual({
      day: { year: 2023, month: 12, day: 1 },
      month: { year: 2016, month: 5 },
      year: { year: 2016 },
      none: undefined,
    });
  });

  for (const kind of SOURCE_KINDS)
    for (const [precision, date] of Object.entries(DATES))
      it(`gives a ${kind} dated to the ${precision} one type and one date in CSL, BibTeX, RIS and the page's tags`, () => {
        const r = record(kind, date ? { date } : { date: undefined });
        const csl = cslItem(r);
        const b = bib(r);
        const x = ris(r);
        const parts = date ? [date.year, date.month, date.day].filter((n) => n !== undefined) : [];
        // Types: ours in each vocabulary, and astrocite's own reading of our RIS type agrees with our CSL type.
        expect(csl.type).toBe(KINDS[kind].csl);
        expect(b.type).toBe(KINDS[kind].bibtex);
        expect(risOf(r)).toMatch(new RegExp(`^TY {2}- ${KINDS[kind].ris}\\n`));
        expect(x.type).toBe(csl.type);
        expect(tag(r, 'DC.type')).toEqual([KINDS[kind].dcType]);
        // Zotero makes a report of a page only with the institution tag; a newspaper article takes the periodical's name.
        expect(tag(r, 'citation_technical_report_institution')).toEqual(KINDS[kind].zotero === 'report' ? ['INTERPOL'] : []);
        expect(tag(r, 'prism.publicationName')).toEqual(KINDS[kind].zotero === 'newspaperArticle' ? ['INTERPOL'] : []);
        // Dates: the same parts everywhere, or none anywhere.
        expect(csl.issued?.['date-parts'][0] ?? []).toEqual(parts);
        expect([b.fields.year, b.fields.month, b.fields.day].filter(Boolean).map(Number)).toEqual(parts);
        expect((x.issued?.['date-parts'][0] ?? []).filter(Boolean).map(Number)).toEqual(parts);
        expect(tag(r, 'citation_date').map((d) => d.split('/').map(Number))).toEqual(date ? [parts] : []);
        // The whole id, the authors, the language, the address.
        expect(b.key).toBe(r.id);
        expect(x.id).toBe(r.id);
        expect(x.author).toEqual([
          { family: 'Stock', given: 'Jürgen' },
          { family: 'Al-Raisi', given: 'Ahmed Naser' },
        ]);
        expect(b.fields.author).toEqual([
          { lastName: 'Stock', firstName: 'Jürgen' },
          { lastName: 'Al-Raisi', firstName: 'Ahmed Naser' },
        ]);
        expect([csl.language, x.language, b.fields.langid]).toEqual(['en', 'en', 'english']);
        expect([csl.URL, x.URL, b.fields.url, ...tag(r, 'citation_public_url')]).toEqual([URL, URL, URL, URL]);
      });

  it('writes RIS dates zero-padded with their empty parts, and ends with ER and a newline', () => {
    expect(risOf(record('news release', { date: DATES.month }))).toContain('\nPY  - 2016\nDA  - 2016/05//\n');
    expect(risOf(record('news release', { date: DATES.year }))).toContain('\nDA  - 2016///\n');
    expect(risOf(record('news release', { date: { year: 2023, month: 1, day: 5 } }))).toContain('\nDA  - 2023/01/05/\n');
    expect(risOf(record('news release'))).toMatch(/\nER {2}- \n$/);
    for (const line of risOf(record('news article')).split('\n').slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('writes BibTeX months as the month macros BibTeX prints and biber turns into numbers', () => {
    expect(bibtexOf(record('declaration', { date: DATES.month }))).toMatch(/\n {2}month\s+= may,\n/);
    expect(bibtexOf(record('declaration', { date: DATES.month }))).not.toMatch(/\bday\b/);
  });

  it('brace-protects every capitalised word of a title, and escapes TeX so the title reads back as written', () => {
    expect(protectCase('INTERPOL and UNODC meet in Vienna')).toBe('{INTERPOL} and {UNODC} meet in {Vienna}');
    expect(protectCase('The rise of crime')).toBe('The rise of crime');
    expect(texEscape('50% & $5 #1 a_b')).toBe('50\\% \\& \\$5 \\#1 a\\_b');
  });

  describe('on awkward input, every format still parses and loses nothing', () => {
    const awkward = 'A {brace} } 50% & $5 #1 a_b ~ ^ \\ “quoted” "straight" ’apostrophe';
    const creators: BibRecord['creators'] = [
      { person: true, name: 'أحمد ناصر الريسي', page: 'https://example.org/people/a/' },
      { person: true, name: 'Ümit Çelik', family: 'Çelik', given: 'Ümit', page: 'https://example.org/people/b/' },
      { person: false, name: 'United Nations Office on Drugs and Crime', page: 'https://example.org/organisations/unodc/' },
    ];

    it('a title of TeX specials and quotes', () => {
      for (const kind of SOURCE_KINDS) {
        const r = record(kind, { title: awkward });
        expect(bib(r).fields.title).toBe(awkward);
        expect(ris(r).title).toBe(awkward);
        expect(cslItem(r).title).toBe(awkward);
        expect(tag(r, 'citation_title')).toEqual([awkward]);
      }
    });

    it('names in Arabic, with diacritics, and an organisation whose name holds "and"', () => {
      const r = record('news release', { creators });
      expect(bib(r).fields.author).toEqual([
        { name: 'أحمد ناصر الريسي' },
        { lastName: 'Çelik', firstName: 'Ümit' },
        { name: 'United Nations Office on Drugs and Crime' },
      ]);
      // citation-js's RIS reader (Zotero reads them the same way: single-field names); astrocite's splits at the first space and drops Arabic script.
      const [read] = new Cite(risOf(r)).format('data', { format: 'object' }) as { author: unknown[] }[];
      expect(read.author).toEqual([
        { literal: 'أحمد ناصر الريسي' },
        { family: 'Çelik', given: 'Ümit' },
        { literal: 'United Nations Office on Drugs and Crime' },
      ]);
      // A name of several words Zotero would split at its last space: left to the institution tag instead.
      expect(tag(r, 'citation_author')).toEqual(['أحمد ناصر الريسي', 'Çelik, Ümit']);
      const unodc = record('news release', { publisher: 'United Nations Office on Drugs and Crime' });
      expect(bib(unodc).fields.institution).toEqual(['United Nations Office on Drugs and Crime']);
    });

    it('no author, no publisher, no date', () => {
      for (const kind of SOURCE_KINDS) {
        const r = record(kind, { creators: [], publisher: undefined, date: undefined });
        const text = bibtexOf(r);
        expect(text).not.toMatch(/author|year|month|institution|journal/);
        expect(bib(r).fields.title).toBe(r.title);
        expect(risOf(r)).not.toMatch(/^(AU|PY|DA|PB|T2) /m);
        expect(ris(r).title).toBe(r.title);
        expect(cslItem(r)).not.toHaveProperty('issued');
        expect(tag(r, 'citation_date')).toEqual([]);
      }
    });

    it('line breaks in a value stay on one RIS line', () => {
      expect(risOf(record('news release', { title: 'One\nTwo' }))).toContain('\nTI  - One Two\n');
    });
  });
});
