import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockText, cleanPressText, splitGlued } from '../../src/lib/editorial/cleanup.ts';
import { escapeMarkdown, toMarkdown } from '../../src/lib/editorial/markdown-body.ts';
import { regenerateSources } from '../../src/lib/editorial/seeds.ts';
import { readPage } from '../../src/lib/content/frontmatter.ts';

const RAW = 'content/raw';
const seeds = readdirSync(RAW)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const raw = (f: string) => readFileSync(`${RAW}/${f}`, 'utf8');
/** Titles as the source pages give them (the pipeline lifts a matching first line). */
const titles = new Map(
  readdirSync('content/sources').map((f) => {
    const m = readPage(f, readFileSync(`content/sources/${f}`, 'utf8'));
    return [String(m.data.get('seed')), String(m.data.get('title'))];
  }),
);
const clean = (f: string) => cleanPressText(raw(f), { title: titles.get(f) });
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, '');

/** Sentences of a raw text: split at sentence ends, glued or not; whitespace removed. */
function rawSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?][’”"]?|[”])(?=\s*[“‘"]?[A-Z])/)
    .map(squash)
    .filter((s) => s.length > 0);
}

describe('cleanPressText on the five seeds', () => {
  it('finds all five seeds', () => expect(seeds).toHaveLength(5));

  it.each(seeds)('%s keeps every original sentence (measured on all of them)', (seed) => {
    const result = clean(seed);
    const body = squash(result.blocks.map(blockText).join(''));
    // Text the record says was moved off the body (title, date label, "See also") is not expected in it.
    let text = raw(seed);
    for (const r of result.removed) if (['title-line', 'date-label', 'link-list-heading'].includes(r.kind)) text = text.replace(r.text, '');
    const sentences = rawSentences(text).filter((s) => !/^\d+\/?$/.test(s));
    expect(sentences.length).toBeGreaterThan(5);
    expect(sentences.filter((s) => !body.includes(s))).toEqual([]);
  });

  it.each(seeds)('%s adds no text of its own (every block comes from the raw text)', (seed) => {
    const source = squash(raw(seed));
    for (const block of clean(seed).blocks) expect(source).toContain(squash(blockText(block)));
  });

  it.each(seeds)('%s has no carousel counter, blank run or doubled space left', (seed) => {
    const mdx = toMarkdown(clean(seed).blocks);
    expect(mdx).not.toMatch(/^\s*\d+\s*\/\s*\d*\s*$/m);
    expect(mdx).not.toMatch(/\n\n\n/);
    expect(mdx).not.toMatch(/[ \u00a0]{2,}/);
  });

  it.each(seeds)('%s keeps each paragraph exactly once', (seed) => {
    const texts = clean(seed).blocks.map(blockText);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('drops the carousel copies of seed 004 and keeps each repeated paragraph once', () => {
    const result = clean('004_8daefbbd14e8f4f2.txt');
    const body = result.blocks.map(blockText).join('\n');
    for (const start of [
      'Signed by INTERPOL Secretary General',
      '“INTERPOL and the UNODC have been',
      '“The need for global partnerships',
      'An agreement between INTERPOL',
    ]) {
      expect(body.split(start).length - 1, start).toBe(1);
    }
    expect(result.removed.filter((r) => r.kind === 'repeated-paragraph')).toHaveLength(4);
    expect(result.removed.find((r) => r.kind === 'carousel-counter')?.text).toBe('1 / 4');
    // The body keeps the article's order: lede, then the signing.
    expect(result.blocks[0]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^VIENNA, Austria – An agreement/) });
    expect(result.blocks[1]).toMatchObject({ text: expect.stringMatching(/^Signed by/) });
  });

  it('restores the glued sub-headings and paragraph breaks of seed 000', () => {
    const result = clean('000_a1fda86abf2a3902.txt');
    const headings = result.blocks.filter((b) => b.kind === 'heading').map(blockText);
    expect(headings).toEqual(['Increased action', 'Global security architecture', 'Standards']);
    const after = (h: string) => blockText(result.blocks[result.blocks.findIndex((b) => blockText(b) === h) + 1]);
    expect(after('Increased action')).toMatch(/^Officially closing the conference/);
    expect(after('Global security architecture')).toMatch(/^INTERPOL Secretary General Jürgen Stock said/);
    expect(after('Standards')).toMatch(/^As part of the ongoing reforms/);
    expect(result.blocks.length).toBeGreaterThan(15);
    expect(result.removed.find((r) => r.kind === 'carousel-counter')?.text).toBe('1 / 6');
  });

  it('removes the Arabic "See also" heading and lifts the title line of seed 003', () => {
    const result = clean('003_56dd29900c3901f6.txt');
    expect(result.blocks.map(blockText)).not.toContain('انظر أيضا');
    expect(result.removed.map((r) => r.kind)).toEqual(expect.arrayContaining(['link-list-heading', 'title-line']));
    expect(blockText(result.blocks[0])).toBe('١١ يونيو، ٢٠٢٤');
  });

  it('turns the Declaration’s numbered actions into headings and keeps signatures together', () => {
    const result = clean('001_5767b09f0e9c3643.txt');
    expect(result.blocks.filter((b) => b.kind === 'heading').map(blockText)).toEqual([
      '1. Tackling transnational organized crime must become a global national security priority',
      '2. Building greater cooperation to tackle criminal activity',
      '3. Increased information sharing',
      '4. Empowering frontline police',
      '5. Greater investment in innovation and technology',
    ]);
    expect(result.blocks).toContainEqual({ kind: 'lines', lines: ['Jürgen Stock', 'INTERPOL Secretary General'] });
  });

  it('moves the date label of seed 002 to the record', () => {
    const result = clean('002_a3615cf31bb79631.txt');
    expect(result.removed).toContainEqual(expect.objectContaining({ kind: 'date-label', text: 'date 2023-11-29' }));
    expect(blockText(result.blocks[0])).toMatch(/^The 2023 General Assembly is the largest ever/);
  });
});

describe('cleanup helpers', () => {
  it('splits glued sentences but not abbreviations', () => {
    expect(splitGlued('It ended.The next began.')).toEqual(['It ended.', 'The next began.']);
    expect(splitGlued('future.“Austria will')).toEqual(['future.', '“Austria will']);
    expect(splitGlued('in the U.S.A and more')).toEqual(['in the U.S.A and more']);
  });

  it('escapes MDX syntax so text renders literally', () => {
    expect(escapeMarkdown('1. {x} <b> *y*')).toBe('1\\. \\{x\\} \\<b\\> \\*y\\*');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });
});

describe('the committed source pages', () => {
  it('are exactly what the seed pipeline produces (run `npm run seeds` after changing it)', () => {
    const stale = regenerateSources('content/sources', RAW)
      .filter((r) => r.changed)
      .map((r) => r.file);
    expect(stale).toEqual([]);
  });
});
