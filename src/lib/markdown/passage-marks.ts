/**
 * Passage marks: every passage of a content page (see src/lib/content/passages.ts, which
 * decides what a passage is and its id) gets its anchor id, `lang`/`dir` when it is in another
 * script, and a plain "link to this passage" anchor — a link that works without JavaScript.
 * Duplicate ids stop the build, naming the file.
 *
 * Two adapters put the same marks on the two pipelines a page can go through: Sätteri (Astro's
 * native Markdown processor, for the source texts: `satteriPassages`) and unified (the MDX
 * pipeline, for the team's action and event pages: `rehypePassages`). Both hand the whole tree
 * to `passagesOfTree` and mark what it returns.
 */
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { HastPluginFactory } from './one-pass.ts';
import { assertUniquePassages, firstWords, passagesOfTree, recordPassages, type Passage, type TreeNode } from '../content/passages.ts';
import { isArabic, langAttrs } from '../content/language.ts';
import { PASSAGE, PASSAGE_LINK } from './class-names.ts';

function selfLink(id: string, heading: boolean): ElementContent {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [PASSAGE_LINK],
      href: `#${id}`,
      ariaLabel: heading ? 'Link to this section' : 'Link to this passage',
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: '#' }],
  };
}

/** A short label for a passage in search results: the first eight words of its text. */
function passageTitle(text: string): string {
  const start = firstWords(text);
  return start.length < text.length ? `${start}…` : text;
}

/** What a passage's element gets: the properties to set on it, and what to append, and where. */
function marksOf(element: TreeNode, { id, kind, text }: Passage) {
  const heading = kind === 'heading';
  const properties: Record<string, string | string[]> = {
    id,
    // Pagefind makes an element with an id and a title a sub-result: hits land on the passage.
    dataPagefindTitle: heading ? text : passageTitle(text),
  };
  // Among the site's (English) words a page may wrap around it, whatever the page's language.
  if (isArabic(text)) Object.assign(properties, langAttrs('ar'));
  properties.className = [...((element.properties?.className as string[] | undefined) ?? []), PASSAGE];
  // A table row's link goes in its last cell: a row holds cells only.
  const cells = kind === 'row' ? (element.children ?? []).filter((c) => c.type === 'element') : [];
  const target = cells.at(-1) ?? element;
  return { properties, target, append: [{ type: 'text', value: ' ' }, selfLink(id, heading)] as ElementContent[] };
}

/** The file a page body came from, relative to the project, for error messages. */
function fileName(path: string | undefined, cwd = process.cwd()): string {
  return path ? path.replace(`${cwd}/`, '') : 'content';
}

/**
 * Sätteri hast plugin (Markdown pages): marks the passages before the walk of other plugins, and
 * leaves them in the render's frontmatter (under Astro, which seeds it) for the content graph.
 */
export const satteriPassages: HastPluginFactory = ({ fileURL, data }) => ({
  name: 'passages',
  before(root, ctx) {
    const found = passagesOfTree(root as TreeNode);
    const passages = found.map((m) => m.passage);
    assertUniquePassages(fileName(fileURL && fileURLToPath(fileURL)), passages);
    const frontmatter = (data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter;
    if (frontmatter) recordPassages(frontmatter, passages);
    for (const { element, passage } of found) {
      const { properties, target, append } = marksOf(element, passage);
      const node = element as Parameters<typeof ctx.setProperty>[0];
      for (const [key, value] of Object.entries(properties)) ctx.setProperty(node, key, value);
      ctx.appendChild(target as typeof node, append);
    }
  },
});

/** rehype plugin (the MDX pipeline). Footnote references follow their note to its new id. */
export function rehypePassages() {
  return (tree: Root, file: { path?: string; cwd?: string }) => {
    const found = passagesOfTree<Element | Root>(tree);
    assertUniquePassages(
      fileName(file.path, file.cwd),
      found.map((m) => m.passage),
    );
    const moved = new Map<string, string>();
    for (const { element, passage, replaces } of found) {
      const { properties, target, append } = marksOf(element, passage);
      Object.assign((element as Element).properties, properties);
      (target as Element).children.push(...append);
      if (replaces) moved.set(`#${replaces}`, `#${passage.id}`);
    }
    if (moved.size) {
      visit(tree, 'element', (el: Element) => {
        const to = el.tagName === 'a' && moved.get(String(el.properties.href));
        if (to) el.properties.href = to;
      });
    }
  };
}

/** A run of a page's rendered HTML, ending just after the self-link of passage `after`, if any. */
export interface HtmlPart {
  html: string;
  after?: string;
}

/**
 * Cut a page's rendered HTML just after the self-links of the passages in `ids`, so a page can
 * add something inside those passages (their evidence and quote links) without rewriting the
 * HTML around them. The HTML is read as a tree (with each node's place in the text): the cut
 * is where the passage's own "#" link ends. A passage not on the page stops the build, naming
 * the file.
 * @example splitAfterPassages('<p id="a">A <a class="passage-link" href="#a">#</a></p>', ['a'], 'x.md')
 * // [{ html: '<p id="a">A <a class="passage-link" href="#a">#</a>', after: 'a' }, { html: '</p>' }]
 */
export function splitAfterPassages(html: string, ids: Iterable<string>, file: string): HtmlPart[] {
  const wanted = new Set(ids);
  if (!wanted.size) return [{ html }];
  const ends = new Map<string, number>();
  visit(fromHtml(html, { fragment: true }), 'element', (el: Element) => {
    const id = String(el.properties.id ?? '');
    if (!wanted.has(id)) return;
    const link = el.children.findLast((c) => c.type === 'element' && c.tagName === 'a' && String(c.properties.href) === `#${id}`);
    if (link?.position?.end.offset !== undefined) ends.set(id, link.position.end.offset);
  });
  const cuts = [...wanted].map((id) => {
    const at = ends.get(id);
    if (at === undefined)
      throw new Error(`${file}: passage "#${id}" is not in the rendered page — was the passage reworded? (see content/evidence.yaml and content/quotes.yaml)`);
    return { id, at };
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
