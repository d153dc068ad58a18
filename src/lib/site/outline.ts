/**
 * A page's own outline ("On this page"): the h2 sections of its article, in order. A heading
 * written in a template without an id gets the one a Markdown heading would (`headingId`,
 * passages.ts), unique on the page, so every section can be linked to.
 */
import { headingId } from '../content/passages.ts';
import { PASSAGE_LINK as PASSAGE_LINK_CLASS } from '../markdown/class-names.ts';

export interface Section {
  id: string;
  label: string;
}

const H2 = /<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g;
const ID = /\sid="([^"]*)"/;
const IDS = new RegExp(ID.source, 'g');
// A heading's "#" passage link is not part of its words.
const PASSAGE_LINK = new RegExp(`<a\\b[^>]*class="[^"]*${PASSAGE_LINK_CLASS}[^"]*"[^>]*>[\\s\\S]*?<\\/a>`, 'g');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
const textOf = (html: string) =>
  html
    .replace(PASSAGE_LINK, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? all)
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The article's sections, and its HTML with an id on every h2.
 * @example outlineOf('<h2>What it means</h2>') // { html: '<h2 id="what-it-means" data-pagefind-ignore>What it means</h2>', sections: [{ id: 'what-it-means', label: 'What it means' }] }
 */
export function outlineOf(html: string): { html: string; sections: Section[] } {
  const sections: Section[] = [];
  const taken = new Set([...html.matchAll(IDS)].map((m) => m[1]));
  const out = html.replace(H2, (whole, attrs: string | undefined, inner: string) => {
    const label = textOf(inner);
    const own = attrs?.match(ID)?.[1];
    if (own) {
      sections.push({ id: own, label });
      return whole;
    }
    const slug = headingId(label);
    let id = slug;
    for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
    taken.add(id);
    sections.push({ id, label });
    // The site's own section words are not searched, and a section of an entry's page is not a
    // search result of its own (the entry's page is): no Pagefind sub-result for this heading.
    return `<h2 id="${id}" data-pagefind-ignore${attrs ?? ''}>${inner}</h2>`;
  });
  return { html: out, sections };
}
