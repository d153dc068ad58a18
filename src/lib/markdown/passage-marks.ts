/**
 * Passage markup: every top-level passage of a content page (paragraph, heading, quotation,
 * list item) gets its stable anchor id (see anchors.ts), `lang`/`dir` when it is in another
 * script, and a plain "link to this passage" anchor — a link that works without JavaScript.
 * Duplicate ids stop the build, naming the file.
 *
 * Two adapters put the same marks on the two pipelines a page can go through: Sätteri (Astro's
 * native Markdown processor, for the source texts: `satteriPassages`) and unified (the MDX
 * pipeline, for the team's action and event pages: `rehypePassages`).
 */
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { HastPluginFactory } from './one-pass.ts';
import { assertUniqueIds, headingId, passageId, passageText } from '../content/passages.ts';
import { isArabic } from '../content/language.ts';

/** The heading elements that start a section of a page (h1 is the page's title). */
export const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set(['p', 'blockquote', ...HEADINGS]);

function isElement(node: unknown): node is Element {
  return (node as Element)?.type === 'element';
}

/** Whether `el`, whose parent is `parent` (and grandparent `grand`), is a passage: a top-level block or an item of a top-level list. */
function isPassage(el: Element, parent: { type: string; tagName?: string } | undefined, grand: { type: string } | undefined): boolean {
  if (el.tagName === 'li') return parent?.type === 'element' && (parent.tagName === 'ul' || parent.tagName === 'ol') && grand?.type === 'root';
  return BLOCKS.has(el.tagName) && parent?.type === 'root';
}

function selfLink(id: string, heading: boolean): ElementContent {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: ['passage-link'],
      href: `#${id}`,
      ariaLabel: heading ? 'Link to this section' : 'Link to this passage',
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: '#' }],
  };
}

/** A short label for a passage in search results: the first eight words of its normalised text. */
function passageTitle(normal: string): string {
  const words = normal.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

/** What a passage gets: its id, the properties to set on it, and what to append to it. */
function marksOf(el: Element, text: string) {
  const heading = HEADINGS.has(el.tagName);
  const id = heading ? headingId(text) : passageId(text);
  const normal = passageText(text);
  const properties: Record<string, string | string[]> = {
    id,
    // Pagefind makes an element with an id and a title a sub-result: hits land on the passage.
    dataPagefindTitle: heading ? normal : passageTitle(normal),
  };
  if (isArabic(text)) Object.assign(properties, { lang: 'ar', dir: 'rtl' });
  properties.className = [...((el.properties.className as string[]) ?? []), 'passage'];
  return { id, properties, append: [{ type: 'text', value: ' ' }, selfLink(id, heading)] as ElementContent[] };
}

/** The file a page body came from, relative to the project, for error messages. */
function fileName(path: string | undefined, cwd = process.cwd()): string {
  return path ? path.replace(`${cwd}/`, '') : 'content';
}

/** Sätteri hast plugin (Markdown pages). A factory: each document gets its own list of ids. */
export const satteriPassages: HastPluginFactory = ({ fileURL }) => {
  const ids: string[] = [];
  return {
    name: 'passages',
    element: {
      filter: ['p', 'blockquote', 'li', ...HEADINGS],
      visit(node, ctx) {
        const parent = ctx.parent(node);
        if (!isPassage(node, parent, parent && ctx.parent(parent))) return;
        const { id, properties, append } = marksOf(node, ctx.textContent(node));
        for (const [key, value] of Object.entries(properties)) ctx.setProperty(node, key, value);
        ctx.appendChild(node, append);
        ids.push(id);
      },
    },
    after: () => void assertUniqueIds(fileName(fileURL && fileURLToPath(fileURL)), ids),
  };
};

/** rehype plugin (the MDX pipeline). */
export function rehypePassages() {
  return (tree: Root, file: { path?: string; cwd?: string }) => {
    const ids: string[] = [];
    const mark = (el: Element) => {
      const { id, properties, append } = marksOf(el, toString(el));
      Object.assign(el.properties, properties);
      el.children.push(...append);
      ids.push(id);
    };
    for (const node of tree.children) {
      if (!isElement(node)) continue;
      if (isPassage(node, tree, undefined)) mark(node);
      for (const item of node.children) if (isElement(item) && isPassage(item, node, tree)) mark(item);
    }
    assertUniqueIds(fileName(file.path, file.cwd), ids);
  };
}

/** A run of a page's rendered HTML, ending just after the self-link of passage `after`, if any. */
export interface HtmlPart {
  html: string;
  after?: string;
}

/**
 * Cut a page's rendered HTML just after the self-links of the passages in `ids`, so a page can
 * add something inside those passages (their evidence and quote links) without re-parsing the
 * HTML. Relies on the markup selfLink() writes; a passage not found stops the build, naming
 * the file.
 * @example splitAfterPassages('<p id="a">A <a class="passage-link" href="#a">#</a></p>', ['a'], 'x.md')
 * // [{ html: '<p id="a">A <a class="passage-link" href="#a">#</a>', after: 'a' }, { html: '</p>' }]
 */
export function splitAfterPassages(html: string, ids: Iterable<string>, file: string): HtmlPart[] {
  const cuts = [...new Set(ids)].map((id) => {
    const start = html.indexOf(`<a class="passage-link" href="#${id}"`);
    const end = start < 0 ? -1 : html.indexOf('</a>', start);
    if (end < 0) throw new Error(`${file}: passage "#${id}" is not in the rendered page — was the passage reworded? (see content/evidence.yaml and content/quotes.yaml)`);
    return { id, at: end + '</a>'.length };
  });
  cuts.sort((a, b) => a.at - b.at);
  const parts: HtmlPart[] = [];
  let from = 0;
  for (const { id, at } of cuts) {
    parts.push({ html: html.slice(from, at), after: id });
    from = at;
  }
  parts.push({ html: html.slice(from) });
  return parts;
}
