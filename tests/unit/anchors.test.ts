import { describe, expect, it } from 'vitest';
import { assertUniqueIds, headingId, passageId, passagesFromMarkdown, passageText, slugify } from '../../src/lib/content/passages.ts';

describe('passage anchors', () => {
  it('are readable: the first words of the passage, then a short hash', () => {
    expect(passageId('We are at a tipping point. Action needs to be taken now.')).toMatch(/^we-are-at-a-tipping-point-[0-9a-f]{4}$/);
    expect(headingId('Global security architecture')).toBe('global-security-architecture');
    expect(slugify('Jürgen Stock’s “epidemic”')).toBe('jurgen-stocks-epidemic');
  });

  it('depend only on the passage text (whitespace aside), so inserting passages renumbers nothing', () => {
    const before = passagesFromMarkdown('First paragraph here.\n\nSecond paragraph here.\n\n## A heading\n\nThird.');
    const after = passagesFromMarkdown('A new opening paragraph.\n\nFirst paragraph here.\n\nSecond   paragraph\nhere.\n\n## A heading\n\nThird.');
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

  it('read Markdown as the page shows it: escapes undone, lists split into items, quotes kept', () => {
    const passages = passagesFromMarkdown('1\\. Not a list \\{x\\}\n\n- one\n- two\n\n> quoted\n> text\n\nName\\\nRole');
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', '1. Not a list {x}'],
      ['item', 'one'],
      ['item', 'two'],
      ['quote', 'quoted text'],
      ['paragraph', 'Name Role'],
    ]);
  });

  it('reject a duplicate on one page, naming the file and the id', () => {
    expect(() => assertUniqueIds('content/sources/x.md', ['a', 'b', 'a'])).toThrow(/^content\/sources\/x\.md: duplicate passage anchor "#a"/);
    expect(assertUniqueIds('f', ['a', 'b'])).toEqual(['a', 'b']);
  });
});
