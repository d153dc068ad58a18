/**
 * Passage anchors: the `id` every paragraph, heading, list item and quotation carries, so
 * press officers can link to a single passage. An id is derived from the passage's own text
 * (a readable slug of its first words plus a short hash of the whole), so adding or removing
 * other passages never renumbers it. Headings use the plain slug: they are short and unique.
 */

/** Lower-case ASCII slug; diacritics folded, other scripts dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** FNV-1a 32-bit hash of a string, as 4 hex digits (enough to tell passages of one page apart). */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  // By code point, as `for…of` would walk it, without allocating a string per character.
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    h ^= cp;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 4);
}

/** Whitespace other than single spaces between words. */
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $/;

/** Whitespace-normalised text, the form ids are computed from. */
export function passageText(text: string): string {
  // Most texts are normal already, and a build asks several times for each of its passages:
  // looking is cheaper than rewriting.
  return IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * The anchor id of a passage: first six words, slugged (at most 40 characters), plus a hash
 * of the full text.
 * @example passageId('We are at a tipping point. Action needs to be taken now.') // 'we-are-at-a-tipping-point-1c2e'
 */
export function passageId(text: string): string {
  const normal = passageText(text);
  // Only the first six slug words count: slug a prefix when it already holds a seventh (so
  // the sixth is whole), the whole text otherwise. Same id, without slugging long passages.
  let slugWords = slugify(normal.slice(0, 160)).split('-').filter(Boolean);
  if (slugWords.length <= 6 && normal.length > 160) slugWords = slugify(normal).split('-').filter(Boolean);
  const words = slugWords.slice(0, 6).join('-');
  const head = words.length > 40 ? words.slice(0, 40).replace(/-[^-]*$/, '') : words;
  return `${head || 'p'}-${shortHash(normal)}`;
}

/**
 * The anchor id of a heading: its slug alone, so `#increased-action` reads well in a link.
 * @example headingId('1. Increased information sharing') // '1-increased-information-sharing' (long headings are cut at a word, ≤ 60 characters)
 */
export function headingId(text: string): string {
  const slug = slugify(passageText(text));
  const short = slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, '') : slug;
  return short || `h-${shortHash(passageText(text))}`;
}

/** Thrown when a page would carry the same id twice; names the file and the id. */
export class DuplicateAnchorError extends Error {
  constructor(file: string, id: string) {
    super(`${file}: duplicate passage anchor "#${id}" — two passages have the same text or heading; reword one or merge them`);
    this.name = 'DuplicateAnchorError';
    // A content error, not a crash: the message says everything; a stack trace would only hide it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Assert ids are unique within one file; returns them unchanged. */
export function assertUniqueIds(file: string, ids: string[]): string[] {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DuplicateAnchorError(file, id);
    seen.add(id);
  }
  return ids;
}

export interface Passage {
  id: string;
  kind: 'heading' | 'paragraph' | 'quote' | 'item';
  /** Plain text, as a reader sees it. */
  text: string;
}

/** Undo Markdown backslash escapes and hard breaks: the text a reader sees. */
function plainMarkdown(text: string): string {
  return text.replace(/\\\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * The passages of a Markdown/MDX body, with the same ids rehype-passages gives them in HTML.
 * Handles the block forms our content uses: paragraphs, `##` headings, `>` quotations and
 * `-`/`1.` lists (one passage per item).
 */
export function passagesFromMarkdown(body: string): Passage[] {
  const out: Passage[] = [];
  for (const block of body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
    const heading = /^#{2,6}\s+(.*)$/s.exec(block);
    if (heading) {
      const text = passageText(plainMarkdown(heading[1]));
      out.push({ id: headingId(text), kind: 'heading', text });
    } else if (block.startsWith('>')) {
      const text = passageText(plainMarkdown(block.replace(/^>\s?/gm, '')));
      out.push({ id: passageId(text), kind: 'quote', text });
    } else if (/^([-*+]|\d+[.)])\s/.test(block)) {
      for (const item of block.split(/\n(?=(?:[-*+]|\d+[.)])\s)/)) {
        const text = passageText(plainMarkdown(item.replace(/^([-*+]|\d+[.)])\s+/, '')));
        out.push({ id: passageId(text), kind: 'item', text });
      }
    } else {
      const text = passageText(plainMarkdown(block));
      out.push({ id: passageId(text), kind: 'paragraph', text });
    }
  }
  return out;
}
