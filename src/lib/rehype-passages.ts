/**
 * rehype plugin: gives every top-level passage of a content page (paragraph, heading,
 * quotation, list item) its stable anchor id (see anchors.ts), marks passages in another
 * script with `lang`/`dir`, and appends a plain "link to this passage" anchor — a link that
 * works without JavaScript. Duplicate ids stop the build, naming the file.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { assertUniqueIds, headingId, passageId, passageText } from './anchors.ts';
import { isArabic } from './cleanup.ts';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function isElement(node: unknown): node is Element {
  return (node as Element)?.type === 'element';
}

/** The passages of a page, in order: top-level blocks and the items of top-level lists. */
function passages(tree: Root): Element[] {
  const found: Element[] = [];
  for (const node of tree.children) {
    if (!isElement(node)) continue;
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      found.push(...node.children.filter((c): c is Element => isElement(c) && c.tagName === 'li'));
    } else if (node.tagName === 'p' || node.tagName === 'blockquote' || HEADINGS.has(node.tagName)) {
      found.push(node);
    }
  }
  return found;
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

/** A short label for a passage in search results: its first eight words. */
function passageTitle(text: string): string {
  const words = passageText(text).split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}

export function rehypePassages() {
  return (tree: Root, file: { path?: string; cwd?: string }) => {
    const ids: string[] = [];
    for (const el of passages(tree)) {
      const text = toString(el);
      const heading = HEADINGS.has(el.tagName);
      const id = heading ? headingId(text) : passageId(text);
      el.properties.id = id;
      // Pagefind makes an element with an id and a title a sub-result: hits land on the passage.
      el.properties.dataPagefindTitle = heading ? passageText(text) : passageTitle(text);
      if (isArabic(text)) {
        el.properties.lang = 'ar';
        el.properties.dir = 'rtl';
      }
      el.properties.className = [...((el.properties.className as string[]) ?? []), 'passage'];
      ids.push(id);
      el.children.push({ type: 'text', value: ' ' }, selfLink(id, heading));
    }
    const where = file.path && file.cwd ? file.path.replace(`${file.cwd}/`, '') : (file.path ?? 'content');
    assertUniqueIds(where, ids);
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
