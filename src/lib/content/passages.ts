/**
 * Passages: the parts of a page a press officer can link to, and the one derivation of their
 * anchor ids. `passagesOfTree` decides, on the page's own HTML syntax tree, which elements are
 * passages and what each one's id is; the Markdown plugins that mark the pages
 * (src/lib/markdown/passage-marks.ts) and the content graph (through `passagesOfBody`, which
 * parses a body with the same parser and settings the site renders it with) both call it.
 *
 * An id is derived from the passage's own text (a readable slug of its first words plus a
 * short hash of the whole), so adding or removing other passages never renumbers it.
 * Headings use the plain slug: they are short and unique.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { markdownToHast } from 'satteri';
import { ContentError, type Problem } from './problems.ts';

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
function shortHash(text: string): string {
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

/**
 * A fingerprint of a text's sentences, to recognise the same release however it was scraped or
 * laid out — the import refuses one the site has, the graph two sources with one text: layout,
 * case, punctuation, repeats (carousels) and sentence order do not change it.
 */
export function textFingerprint(text: string): string {
  const sentences = new Set(
    text
      .split(/(?<=[.!?])|\n/)
      .map((s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))
      .filter((s) => s.length > 3),
  );
  const joined = [...sentences].sort().join('|');
  return `${sentences.size}-${shortHash(joined)}${shortHash([...joined].reverse().join(''))}`;
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

/** What a passage is: a heading, a paragraph, a quotation, a list item, a table's body row, a footnote. */
export const PASSAGE_KINDS = ['heading', 'paragraph', 'quote', 'item', 'row', 'note'] as const;
type PassageKind = (typeof PASSAGE_KINDS)[number];

export interface Passage {
  id: string;
  kind: PassageKind;
  /** Plain text, as a reader sees it, whitespace normalised. */
  text: string;
}

/**
 * The least of a hast node this module reads: plain hast trees and the nodes Sätteri's plugins
 * are given both have it.
 */
export interface TreeNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly TreeNode[];
}

/** A passage and the element that carries it. */
export interface MarkedPassage<N extends TreeNode = TreeNode> {
  element: N;
  passage: Passage;
  /** For a footnote: the id remark-gfm gave it, which the footnote's references point to. */
  replaces?: string;
}

/** The heading elements that start a section of a page (h1 is the page's title). */
export const HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

const isElement = (node: TreeNode | undefined, ...tags: string[]): node is TreeNode =>
  node?.type === 'element' && (tags.length === 0 || tags.includes(node.tagName!));
const elements = (node: TreeNode, ...tags: string[]) => (node.children ?? []).filter((c) => isElement(c, ...tags));

/** The text a reader reads in an element: its text nodes, less a footnote's "back to text" arrow. */
function textOf(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.properties?.dataFootnoteBackref !== undefined) return '';
  let text = '';
  for (const child of node.children ?? []) text += textOf(child);
  return text;
}

function marked<N extends TreeNode>(element: N, kind: PassageKind): MarkedPassage<N> {
  const text = passageText(textOf(element));
  return { element, passage: { id: kind === 'heading' ? headingId(text) : passageId(text), kind, text } };
}

/**
 * The passages of a page, in reading order, from its HTML syntax tree (before any marks):
 * each top-level paragraph, heading and quotation; each item of a top-level list; each body
 * row of a table; each footnote. Nothing nested deeper is a passage of its own: it is part of
 * the passage that holds it.
 */
export function passagesOfTree<N extends TreeNode>(root: N): MarkedPassage<N>[] {
  const out: MarkedPassage<N>[] = [];
  for (const node of elements(root) as N[]) {
    const tag = node.tagName!;
    if (HEADINGS.has(tag)) out.push(marked(node, 'heading'));
    else if (tag === 'p') out.push(marked(node, 'paragraph'));
    else if (tag === 'blockquote') out.push(marked(node, 'quote'));
    else if (tag === 'ul' || tag === 'ol') for (const li of elements(node, 'li') as N[]) out.push(marked(li, 'item'));
    else if (tag === 'table') {
      for (const body of elements(node, 'tbody')) for (const tr of elements(body, 'tr') as N[]) out.push(marked(tr, 'row'));
    } else if (tag === 'section' && node.properties?.dataFootnotes !== undefined) {
      for (const list of elements(node, 'ol')) {
        for (const li of elements(list, 'li') as N[]) out.push({ ...marked(li, 'note'), replaces: li.properties?.id as string | undefined });
      }
    }
  }
  return out;
}

/** A problem for each id a page would carry twice (two passages with the same text or heading). */
export function duplicatePassages(file: string, passages: readonly Passage[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const p of passages) {
    if (seen.has(p.id)) {
      problems.push({ file, field: 'body', message: `duplicate passage anchor "#${p.id}" — two passages have the same text ("${p.text.slice(0, 40)}…"); reword or merge one` });
    }
    seen.add(p.id);
  }
  return problems;
}

/** Throw the duplicates of `passages` as a content error, naming the file. */
export function assertUniquePassages(file: string, passages: readonly Passage[]): void {
  const problems = duplicatePassages(file, passages);
  if (problems.length) throw new ContentError(problems);
}

/**
 * How bodies are parsed — here, so the site's Markdown pipelines (astro.config.mjs) and the
 * content graph read a body the same way. Source texts are verbatim press texts: plain
 * CommonMark, no GFM (no autolinks, no "~" strikethrough), no smart punctuation. The team's MDX
 * pages have GFM through remark-gfm, a single "~" left as it is.
 */
export const SOURCE_FEATURES = { gfm: false, smartPunctuation: false } as const;
export const MDX_REMARK_PLUGINS: [typeof remarkGfm, { singleTilde: boolean }][] = [[remarkGfm, { singleTilde: false }]];

/** Which parser a body goes through: Sätteri for source texts (`md`), MDX for the team's pages. */
export type BodyFormat = 'md' | 'mdx';

/**
 * The passages of a page body, read from the tree its own parser gives. MDX that does not
 * compile throws the compiler's error (with its position), for the content check to report.
 */
export async function passagesOfBody(body: string, format: BodyFormat): Promise<Passage[]> {
  if (format === 'md') return passagesOfTree(markdownToHast(body, { features: SOURCE_FEATURES }) as TreeNode).map((m) => m.passage);
  let found: Passage[] = [];
  const capture = () => (tree: TreeNode) => void (found = passagesOfTree(tree).map((m) => m.passage));
  await createProcessor({ remarkPlugins: MDX_REMARK_PLUGINS, rehypePlugins: [capture] }).process(body);
  return found;
}

/**
 * A source text's passages travel from its render to the graph, so that a body is parsed once per
 * build: the only document data Astro's Markdown processor hands back is the frontmatter object
 * (as `rendered.metadata.frontmatter`), so the marks plugin adds them to it under this key, which
 * no frontmatter field takes (the schemas' fields are plain words).
 */
const RENDERED_PASSAGES = '@passages';

/** Leave a page's passages in its render's frontmatter object (see RENDERED_PASSAGES). */
export function recordPassages(frontmatter: Record<string, unknown>, passages: readonly Passage[]): void {
  frontmatter[RENDERED_PASSAGES] = passages.map(({ id, kind, text }) => ({ id, kind, text }));
}

/** The passages a render left (see RENDERED_PASSAGES), or undefined where it left none. */
export function renderedPassages(rendered: unknown): Passage[] | undefined {
  const found: unknown = (rendered as { metadata?: { frontmatter?: Record<string, unknown> } } | undefined)?.metadata?.frontmatter?.[RENDERED_PASSAGES];
  if (!Array.isArray(found)) return undefined;
  const isPassage = (p: unknown): p is Passage =>
    typeof p === 'object' &&
    p !== null &&
    typeof (p as Passage).id === 'string' &&
    typeof (p as Passage).text === 'string' &&
    (PASSAGE_KINDS as readonly unknown[]).includes((p as Passage).kind);
  return found.every(isPassage) ? found : undefined;
}

/**
 * Paragraph numbers, as citations give them ("para. 4", as the UN asks for its documents):
 * every passage but headings, counted from 1 in reading order.
 */
export function paragraphNumbers(passages: readonly Passage[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const p of passages) if (p.kind !== 'heading') numbers.set(p.id, numbers.size + 1);
  return numbers;
}

/**
 * The first eight words of a text: how a quote or a passage is named where its whole text would not fit.
 * @example firstWords('We are at a tipping point. Action needs to be taken now.') // 'We are at a tipping point. Action needs'
 */
export const firstWords = (text: string) => text.split(' ').slice(0, 8).join(' ');
