import { describe, expect, it } from 'vitest';
import { assertUniquePassages, headingId, passageId, passagesOfBody, passageText, slugify, textFingerprint } from '../../src/lib/content/passages.ts';
import { ContentError } from '../../src/lib/content/problems.ts';

describe('passage anchors', () => {
  it('are readable: the first words of the passage, then a short hash', () => {
    expect(passageId('We are at a tipping point. Action needs to be taken now.')).toMatch(/^we-are-at-a-tipping-point-[0-9a-f]{4}$/);
    expect(headingId('Global security architecture')).toBe('global-security-architecture');
    expect(slugify('Jürgen Stock’s “epidemic”')).toBe('jurgen-stocks-epidemic');
  });

  it('depend only on the passage text (whitespace aside), so inserting passages renumbers nothing', async () => {
    const before = await passagesOfBody('First paragraph here.\n\nSecond paragraph here.\n\n## A heading\n\nThird.', 'md');
    const after = await passagesOfBody('A new opening paragraph.\n\nFirst paragraph here.\n\nSecond   paragraph\nhere.\n\n## A heading\n\nThird.', 'md');
    expect(after.slice(1).map((p) => p.id)).toEqual(before.map((p) => p.id));
  });

  it('are computed from the text with every run of whitespace one space, and none at the ends', () => {
    for (const messy of [' Two  spaces.', 'Tab\tand\nnewline. ', 'No-break\u00a0space\u2009and thin space.', '\n\nLeading lines.']) {
      expect(passageText(messy)).toBe(messy.replace(/\s+/g, ' ').trim());
    }
    const normal = 'Already normal text, one space between words.';
    expect(passageText(normal)).toBe(normal);
    expect(passageId('Tab\tand\nnewline. ')).toBe(passageId('Tab and newline.'));
  });

  it('differ for passages that share their first words', () => {
    const a = passageId('INTERPOL President Ahmed Naser al-Raisi said the Declaration is a commitment.');
    const b = passageId('INTERPOL President Ahmed Naser al-Raisi said something else.');
    expect(a).not.toBe(b);
    expect(a.slice(0, -5)).toBe(b.slice(0, -5));
  });

  it('read Markdown as the page shows it: escapes undone, lists split into items, quotes kept', async () => {
    const passages = await passagesOfBody('1\\. Not a list \\{x\\}\n\n- one\n- two\n\n> quoted\n> text\n\nName\\\nRole', 'md');
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', '1. Not a list {x}'],
      ['item', 'one'],
      ['item', 'two'],
      ['quote', 'quoted text'],
      ['paragraph', 'Name Role'],
    ]);
  });

  it('reject a duplicate on one page, naming the file and the id', () => {
    const p = (id: string) => ({ id, kind: 'paragraph' as const, text: id });
    expect(() => assertUniquePassages('content/sources/x.md', [p('a'), p('b'), p('a')])).toThrow(ContentError);
    expect(() => assertUniquePassages('content/sources/x.md', [p('a'), p('b'), p('a')])).toThrow(
      /\n {2}content\/sources\/x\.md — body — duplicate passage anchor "#a"/,
    );
    expect(() => assertUniquePassages('f', [p('a'), p('b')])).not.toThrow();
  });

  it('in MDX, are every list item, quotation, table body row and footnote, each with its own words', async () => {
    const mdx =
      '| Action | Source |\n| --- | --- |\n| Sharing | Vienna |\n| Training | Tirana |\n\nA claim.[^1]\n\n1. first\n2. second\n\n> quoted\n\n[^1]: The basis of the claim.\n';
    const passages = await passagesOfBody(mdx, 'mdx');
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['row', 'Sharing Vienna'],
      ['row', 'Training Tirana'],
      ['paragraph', 'A claim.1'],
      ['item', 'first'],
      ['item', 'second'],
      ['quote', 'quoted'],
      ['note', 'The basis of the claim.'],
    ]);
  });
});

describe('textFingerprint (one release, however laid out; not its translation)', () => {
  const en = 'Countries can no longer rely on bilateral exchanges. Information sharing across borders is fundamental.';
  it('ignores case, punctuation, layout, repeats and order', () => {
    const same =
      'INFORMATION SHARING ACROSS BORDERS IS FUNDAMENTAL!\n\n\nCountries can no longer rely on bilateral exchanges…\nCountries can no longer rely on bilateral exchanges.';
    expect(textFingerprint(same)).toBe(textFingerprint(en));
  });
  it('tells a translation and a changed sentence apart', () => {
    const fr = 'Les pays ne peuvent plus compter sur les échanges bilatéraux. Le partage d’informations par-delà les frontières est fondamental.';
    expect(textFingerprint(fr)).not.toBe(textFingerprint(en));
    expect(textFingerprint(en.replace('fundamental', 'essential'))).not.toBe(textFingerprint(en));
  });
});
