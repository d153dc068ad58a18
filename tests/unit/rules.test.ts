/**
 * Each content rule (src/lib/content/rules/) on a tiny content set made here: clean content passes
 * every rule, and each kind of bad input gives the rule's message, naming file and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphEntry } from '../../src/lib/content/graph.ts';
import { passagesOfBody } from '../../src/lib/content/passages.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { contentOf, problemsIn, RULES } from '../../src/lib/content/rules/index.ts';
import { suggest } from '../../src/lib/content/suggest.ts';
import { entry, fixture, ref, sourcePassages } from './content-fixture.ts';

/** The problems one rule finds in the fixture with some entries replaced or added, as lines. */
const found = (rule: keyof typeof RULES, entries: GraphEntry[]) => RULES[rule](contentOf(entries)).map(formatProblem);
const source = fixture()[0];
const withSource = (over: Partial<GraphEntry>) => [{ ...source, ...over } as GraphEntry, ...fixture().slice(1)];
const englishBody =
  'Police chiefs from around the world met in Vienna this week to agree on how they will work together against organized crime. They called on governments to treat it as a threat to national security and to invest in the tools that officers need.';

describe('the content rules', () => {
  it('are one a file, each listed once and saying in its first line what it guarantees', () => {
    const files = readdirSync('src/lib/content/rules').filter((f) => !['index.ts', 'content.ts'].includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(RULES).sort());
    for (const f of files) expect(readFileSync(`src/lib/content/rules/${f}`, 'utf8'), f).toMatch(/^\/\*\*? ?\n? ?\*? ?[A-Z]/);
  });

  it('find nothing in clean content', () => {
    expect(problemsIn(contentOf(fixture())).map(formatProblem)).toEqual([]);
  });

  it('unique-ids: a duplicate id in one collection, naming both files', () => {
    const twice = [...fixture(), entry({ collection: 'people', id: 'stock', filePath: 'content/people/stock.yml', data: {} })];
    expect(found('unique-ids', twice)).toEqual([
      'content/people/stock.yml — (file) — duplicate id "stock" — content/people/stock.yaml has it too; ids must be unique, rename one',
    ]);
  });

  it('references-resolve: a dangling reference, with the likely intended id, nested fields, every one at once', () => {
    const broken = fixture({
      action: entry({
        collection: 'actions',
        id: 'cooperation',
        filePath: 'content/actions/cooperation.mdx',
        data: { sources: [ref('sources', 'closing-release'), ref('sources', 'closing-relase')] },
      }),
      person: entry({
        collection: 'people',
        id: 'stock',
        filePath: 'content/people/stock.yaml',
        data: { roles: [{ role: 'SG', source: ref('sources', 'nowhere') }] },
      }),
    });
    expect(found('references-resolve', broken)).toEqual([
      'content/people/stock.yaml — roles[0].source — no source "nowhere" — add content/sources/nowhere or fix the reference',
      'content/actions/cooperation.mdx — sources[1] — no source "closing-relase" — did you mean "closing-release"?',
    ]);
    // An entry that exists but failed its schema is not reported a second time.
    expect(RULES['references-resolve'](contentOf(broken, [ref('sources', 'nowhere')])).map(formatProblem)).toHaveLength(1);
  });

  const evidence = (passage: string) =>
    entry({
      collection: 'evidence',
      id: 'e1',
      filePath: 'content/evidence.yaml',
      data: { source: ref('sources', 'closing-release'), passage, actions: [ref('actions', 'cooperation')] },
    });

  it('passages-exist: a passage id that is not in the source, with the nearest that is', () => {
    expect(found('passages-exist', [...fixture(), evidence('standards')])).toEqual([]);
    expect(found('passages-exist', [...fixture(), evidence('standard')])).toEqual([
      'content/evidence.yaml — entry "e1", passage — "standard" is not a passage of content/sources/closing-release.md — did you mean "standards"?',
    ]);
  });

  it('figures-as-written: a figure its passage does not write', () => {
    const figure = (text: string) =>
      entry({
        collection: 'figures',
        id: 'f1',
        filePath: 'content/figures.yaml',
        data: { source: ref('sources', 'closing-release'), passage: 'standards', figure: text },
      });
    expect(found('figures-as-written', [...fixture(), figure('Standards')])).toEqual([]);
    expect(found('figures-as-written', [...fixture(), figure('196')])).toEqual([
      'content/figures.yaml — entry "f1", figure — "196" does not appear in passage "standards" — quote the figure exactly as the source writes it',
    ]);
  });

  it('text-is-utf8: bytes that are not text, in the field they are in', () => {
    expect(found('text-is-utf8', withSource({ body: 'Bad \uFFFD byte' }))).toEqual([
      'content/sources/closing-release.md — body — the file is not valid UTF-8 (it has bytes that are not text) — save it as UTF-8',
    ]);
    const person = entry({ collection: 'people', id: 'stock', filePath: 'content/people/stock.yaml', data: { name: 'St\uFFFDck', roles: [{ role: 'SG' }] } });
    expect(found('text-is-utf8', fixture({ person }))).toEqual([
      'content/people/stock.yaml — name — the file is not valid UTF-8 (it has bytes that are not text) — save it as UTF-8',
    ]);
  });

  it('unique-passages: two passages with one anchor on a page', () => {
    expect(found('unique-passages', withSource({ passages: [...sourcePassages, sourcePassages[0]] }))[0]).toMatch(
      /^content\/sources\/closing-release\.md — body — duplicate passage anchor "#the-assembly-closed-[0-9a-f]{4}"/,
    );
  });

  it('body-has-text: a page with an empty body', () => {
    expect(found('body-has-text', withSource({ body: '  \n' }))).toEqual([
      'content/sources/closing-release.md — body — the page has no text — write the body below the frontmatter',
    ]);
  });

  it('no-raw-code: a script, an event handler, a javascript: link — but not escaped text', () => {
    for (const body of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))'])
      expect(found('no-raw-code', withSource({ body })), body).toHaveLength(1);
    expect(found('no-raw-code', withSource({ body: 'Write \\<script> to show the tag.' }))).toEqual([]);
    expect(found('no-raw-code', withSource({ body: '<script>x</script>' }))[0]).toMatch(/— body — raw code in content \("<script"\)/);
  });

  it('one-text-one-source: one release under two names', () => {
    const twin = { ...source, id: 'closing-release-again', filePath: 'content/sources/closing-release-again.md' } as GraphEntry;
    expect(found('one-text-one-source', [...fixture(), twin])).toEqual([
      "content/sources/closing-release-again.md — body — the same text as content/sources/closing-release.md — one release is one source: keep one of the two files (and redirect the other's address if it was published)",
    ]);
  });

  it('declared-language: a source whose text is not in its declared language', async () => {
    const english = { body: englishBody, passages: await passagesOfBody(englishBody, 'md') };
    expect(found('declared-language', withSource({ ...english, data: { ...source.data, language: 'en' } } as Partial<GraphEntry>))).toEqual([]);
    expect(found('declared-language', withSource({ ...english, data: { ...source.data, language: 'fr' } } as Partial<GraphEntry>))).toEqual([
      'content/sources/closing-release.md — language — "fr" (French), but the text reads as English — write language: en, or check that the file holds the right text',
    ]);
  });

  it('translations: a translation of itself, of a translation, and two versions in one language', () => {
    const version = (id: string, language: string, of?: string) =>
      entry({ collection: 'sources', id, filePath: `content/sources/${id}.md`, data: { language, ...(of ? { translationOf: ref('sources', of) } : {}) } });
    const original = version('original', 'en');
    expect(found('translations', [original, version('fr', 'fr', 'original')])).toEqual([]);
    expect(found('translations', [original, version('self', 'fr', 'self')])).toEqual([
      'content/sources/self.md — translationOf — points at this source itself — name the source this text is a translation of, or remove the field',
    ]);
    expect(found('translations', [original, version('fr', 'fr', 'original'), version('es', 'es', 'fr')])).toEqual([
      'content/sources/es.md — translationOf — "fr" is itself a translation (of "original") — point at the original: translationOf: original',
    ]);
    expect(found('translations', [original, version('fr', 'fr', 'original'), version('fr2', 'fr', 'original')])).toEqual([
      'content/sources/fr2.md — language — "fr", but content/sources/fr.md is already the French version of this release — one version per language: correct the language, or translationOf if this is another release',
    ]);
  });

  it('archive-addresses: a source named like a year of the archive', () => {
    expect(found('archive-addresses', withSource({ id: '2024', filePath: 'content/sources/2024.md' }))).toEqual([
      'content/sources/2024.md — (file) — the address /sources/2024/ belongs to the archive (the sources by year) — rename the file, e.g. to a few words of the title',
    ]);
  });

  it('suggest only near misses', () => {
    expect(suggest('viena', ['vienna', 'tirana'])).toBe('vienna');
    expect(suggest('glasgow', ['vienna', 'tirana'])).toBeUndefined();
  });
});
