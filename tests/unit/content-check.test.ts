/**
 * The content check names file, line, field, problem and fix: one edit of the check's fixture
 * (tests/fixtures/content: a few entries frozen from the site's content, so the lines and passage
 * ids below are the tests' own) per kind of mistake, checked in process for the exact message.
 */
import { change, FIXTURE_CONTENT, SOURCE } from '../setup/fixture-content.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkContent } from '../../src/lib/content/check.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the fixture with one edit; the content check's messages. */
async function checkWith(edit: (root: string) => void): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'vd-check-'));
  dirs.push(root);
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  edit(root);
  return (await checkContent(root)).map(formatProblem);
}

describe('the content check names file, line, field, problem and fix', () => {
  it('passes on the real content and on the fixture', async () => {
    expect((await checkContent()).map(formatProblem)).toEqual([]);
    expect(await checkWith(() => {})).toEqual([]);
  });

  it.each([
    ['a missing title', (r: string) => change(r, SOURCE, /^title: .*\n/m, ''), `${SOURCE}:1 — title — missing — this field is required; add it`],
    [
      'an empty title',
      (r: string) => change(r, SOURCE, /^title: .*$/m, 'title: ""'),
      `${SOURCE}:2 — title — must not be empty — see the schema in src/schemas/content.ts`,
    ],
    [
      'an unparseable date',
      (r: string) => change(r, SOURCE, /^date: .*$/m, 'date: next Tuesday'),
      `${SOURCE}:7 — date — "next Tuesday" is not a real date — write it as YYYY-MM-DD, e.g. 2023-11-27`,
    ],
    [
      'an impossible date',
      (r: string) => change(r, SOURCE, /^date: .*$/m, 'date: 2024-02-30'),
      `${SOURCE}:7 — date — "2024-02-30" is not a real date — write it as YYYY-MM-DD, e.g. 2023-11-27`,
    ],
    [
      'a misspelt reference',
      (r: string) => change(r, SOURCE, 'events: [ tirana-2024 ]', 'events: [ tirana-2042 ]'),
      `${SOURCE}:12 — events[0] — no event "tirana-2042" — did you mean "tirana-2024"?`,
    ],
    [
      'an unknown reference',
      (r: string) => change(r, SOURCE, 'people: [ taulant-balla ]', 'people: [ someone-else ]'),
      `${SOURCE}:14 — people[0] — no person "someone-else" — add content/people/someone-else or fix the reference`,
    ],
    [
      'a vanished passage anchor',
      (r: string) =>
        change(r, 'content/quotes.yaml', 'passages: [the-need-for-global-partnerships-to-3481]', 'passages: [the-need-for-global-partnerships-to-9999]'),
      'content/quotes.yaml:4 — entry "fedotov-global-partnerships", passages[0] — "the-need-for-global-partnerships-to-9999" is not a passage of content/sources/interpol-unodc-agreement.md — did you mean "the-need-for-global-partnerships-to-3481"?',
    ],
    [
      'a quote attributed to no one',
      (r: string) => change(r, 'content/quotes.yaml', /(- id: fedotov-global-partnerships\n) {2}person: yury-fedotov\n/, '$1'),
      'content/quotes.yaml:1 — entry "fedotov-global-partnerships", person — missing — this field is required; add it',
    ],
    [
      'invalid MDX',
      (r: string) => change(r, 'content/events/tirana-2024.mdx', 'Some 160 senior', 'Some {160 senior'),
      expect.stringMatching(/^content\/events\/tirana-2024\.mdx:\d+ — body — invalid MDX: .+ — escape \{ \} < > with a backslash, or close the tag$/),
    ],
    [
      'an empty body',
      (r: string) => change(r, 'content/events/tirana-2024.mdx', /\n---\n[\s\S]*$/, '\n---\n'),
      'content/events/tirana-2024.mdx:1 — body — the page has no text — write the body below the frontmatter',
    ],
    [
      'a raw <script>',
      (r: string) => change(r, 'content/events/tirana-2024.mdx', 'Some 160 senior', '<script>alert(1)</script> Some 160 senior'),
      'content/events/tirana-2024.mdx:1 — body — raw code in content ("<script") — content may not carry <script>, event handlers or javascript: links; remove it',
    ],
    [
      'an event-handler attribute',
      (r: string) => change(r, 'content/events/tirana-2024.mdx', 'Some 160 senior', '<b onclick="x()">Some</b> 160 senior'),
      expect.stringContaining('content/events/tirana-2024.mdx:1 — body — raw code in content ("<b onclick=")'),
    ],
    [
      'a file that is not UTF-8',
      (r: string) =>
        writeFileSync(
          join(r, 'content/places/vienna.yaml'),
          Buffer.concat([Buffer.from('name: Vi'), Buffer.from([0xe9]), readFileSync(join(r, 'content/places/vienna.yaml')).subarray('name: Vi'.length)]),
        ),
      'content/places/vienna.yaml:1 — name — the file is not valid UTF-8 (it has bytes that are not text) — save it as UTF-8',
    ],
    [
      'a duplicate slug',
      (r: string) => (mkdirSync(join(r, 'content/sources/2024')), cpSync(join(r, SOURCE), join(r, 'content/sources/2024/tirana-regional-conference.md'))),
      'content/sources/2024/tirana-regional-conference.md:1 — (file) — duplicate slug "tirana-regional-conference" — content/sources/tirana-regional-conference.md has the same name, so both would publish at the same address; rename one',
    ],
    [
      'a source saved as MDX',
      (r: string) => cpSync(join(r, SOURCE), join(r, 'content/sources/tirana-copy.mdx')),
      'content/sources/tirana-copy.mdx:1 — (file) — not a .md file — sources pages are .md files; rename it to tirana-copy.md',
    ],
    [
      'a duplicate passage anchor',
      (r: string) => change(r, 'content/events/tirana-2024.mdx', /\n$/, '\n\nSaid twice.\n\nSaid twice.\n'),
      expect.stringMatching(/^content\/events\/tirana-2024\.mdx:\d+ — body — duplicate passage anchor "#said-twice-[0-9a-f]{4}"/),
    ],
    [
      'an unknown language code',
      (r: string) => change(r, SOURCE, /^language: en$/m, 'language: de'),
      `${SOURCE}:5 — language — "de" is not one of the site's languages — write the BCP 47 code of the text's language: en, fr, es, ar`,
    ],
    [
      'a missing language code',
      (r: string) => change(r, SOURCE, /^language: en\n/m, ''),
      `${SOURCE}:1 — language — missing — say which language the text is in: en, fr, es, ar`,
    ],
    [
      'a declared language the text clearly is not in',
      (r: string) => change(r, SOURCE, /^language: en$/m, 'language: fr'),
      `${SOURCE}:5 — language — "fr" (French), but the text reads as English — write language: en, or check that the file holds the right text`,
    ],
    [
      'a translation of a source that does not exist',
      (r: string) => change(r, SOURCE, /^language: en$/m, 'language: en\ntranslationOf: vienna-declaraton'),
      `${SOURCE}:6 — translationOf — no source "vienna-declaraton" — did you mean "vienna-declaration"?`,
    ],
    [
      'a translation of itself',
      (r: string) => change(r, SOURCE, /^language: en$/m, 'language: en\ntranslationOf: tirana-regional-conference'),
      `${SOURCE}:6 — translationOf — points at this source itself — name the source this text is a translation of, or remove the field`,
    ],
    [
      'two translations claiming the same language',
      (r: string) => {
        // Two halves of a French text, each saying it is the French version of the closing release.
        const [head] = readFileSync(join(r, SOURCE), 'utf8').split('\n---\n');
        const paragraphs = readFileSync('tests/fixtures/languages/fr.txt', 'utf8').split(/\n\s*\n/);
        for (const [name, part] of [
          ['fr-one', paragraphs.slice(0, 4)],
          ['fr-two', paragraphs.slice(4)],
        ] as const)
          writeFileSync(
            join(r, `content/sources/${name}.md`),
            `${head.replace(/^language: en$/m, 'language: fr\ntranslationOf: general-assembly-closes-vienna-declaration')}\n---\n\n${part.join('\n\n')}\n`,
          );
      },
      'content/sources/fr-two.md:5 — language — "fr", but content/sources/fr-one.md is already the French version of this release — one version per language: correct the language, or translationOf if this is another release',
    ],
    [
      'a translation of a translation',
      (r: string) => {
        const [head] = readFileSync(join(r, SOURCE), 'utf8').split('\n---\n');
        const french = head.replace(/^language: en$/m, 'language: fr\ntranslationOf: general-assembly-closes-vienna-declaration');
        writeFileSync(join(r, 'content/sources/fr-one.md'), `${french}\n---\n\n${readFileSync('tests/fixtures/languages/fr.txt', 'utf8')}`);
        change(r, SOURCE, /^language: en$/m, 'language: en\ntranslationOf: fr-one');
      },
      `${SOURCE}:6 — translationOf — "fr-one" is itself a translation (of "general-assembly-closes-vienna-declaration") — point at the original: translationOf: general-assembly-closes-vienna-declaration`,
    ],
    [
      'a date with datePrecision "unknown"',
      (r: string) => change(r, SOURCE, /^datePrecision: day$/m, 'datePrecision: unknown'),
      `${SOURCE}:7 — date — give a date, or datePrecision "unknown" and no date — see the schema in src/schemas/content.ts`,
    ],
    [
      'a source whose text another already has (the same release under a new name, laid out differently)',
      (r: string) => writeFileSync(join(r, 'content/sources/tirana-copy.md'), readFileSync(join(r, SOURCE), 'utf8').replace(/\n\n/g, '\n\n\n')),
      `${SOURCE}:1 — body — the same text as content/sources/tirana-copy.md — one release is one source: keep one of the two files (and redirect the other's address if it was published)`,
    ],
    [
      'an unanswered import question',
      (r: string) => change(r, SOURCE, /^description: .*$/m, 'description: "?? one sentence describing it"'),
      `${SOURCE}:3 — description — unanswered question from the import: one sentence describing it — answer it or remove the field`,
    ],
  ])('%s', async (_, edit, expected) => {
    const problems = await checkWith(edit);
    expect(problems).toEqual([expected]);
  });

  it('lists every problem at once', async () => {
    const problems = await checkWith((r) => {
      change(r, SOURCE, /^date: .*$/m, 'date: 2024-02-30');
      change(r, 'content/events/tirana-2024.mdx', 'place: tirana', 'place: tirano');
    });
    expect(problems).toHaveLength(2);
  });
});
