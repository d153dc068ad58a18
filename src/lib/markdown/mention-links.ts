/**
 * Sätteri hast plugin: in source texts, links the first mention per section of each person,
 * organisation and place to its page — added at build from the registry, never by editing
 * the source text (the words are unchanged; only an <a> is wrapped around them).
 */
import { fileURLToPath } from 'node:url';
import type { ElementContent } from 'hast';
import type { HastPluginFactory } from './one-pass.ts';
import { mentionMatcher, type Term } from '../content/mentions.ts';
import { HEADINGS } from '../content/passages.ts';

export interface MentionOptions {
  terms: Term[];
  /** The address of an entry's page (the site's routes, with its base path). */
  hrefOf: (target: Term['target']) => string;
  /** Only files whose path matches are linked (source pages). */
  include: RegExp;
}

export function mentionLinks({ terms, hrefOf, include }: MentionOptions): HastPluginFactory {
  const match = mentionMatcher(terms);
  // A factory: each document is checked against `include` and gets its own "already linked" set.
  return ({ fileURL }) => {
    const path = fileURL && fileURLToPath(fileURL);
    if (!path || !include.test(path)) return null;
    const self = path.match(/([^/]+)\.mdx?$/)?.[1];
    let linked = new Set<string>();
    /** The text split into plain runs and links, or null when nothing in it is linked. */
    const linkText = (value: string): ElementContent[] | null => {
      const out: ElementContent[] = [];
      let at = 0;
      for (const m of match(value)) {
        const k = `${m.term.target.collection}/${m.term.target.id}`;
        if (linked.has(k) || m.term.target.id === self) continue;
        linked.add(k);
        if (m.start > at) out.push({ type: 'text', value: value.slice(at, m.start) });
        out.push({
          type: 'element',
          tagName: 'a',
          properties: { href: hrefOf(m.term.target), className: ['mention'] },
          children: [{ type: 'text', value: value.slice(m.start, m.end) }],
        });
        at = m.end;
      }
      if (at === 0) return null;
      if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
      return out;
    };
    return {
      name: 'mention-links',
      // Visited in reading order; a heading at the top level starts a section, whose first
      // mentions are linked again. Links already there (a passage's "#") are left alone.
      element: {
        filter: [...HEADINGS],
        visit(node, ctx) {
          if (ctx.parent(node).type === 'root') linked = new Set();
        },
      },
      // Only text nodes cross from the parser: no element tree is built for this plugin.
      text(node, ctx) {
        for (let up = ctx.parent(node); up.type === 'element'; up = ctx.parent(up)) {
          if (up.tagName === 'a' || HEADINGS.has(up.tagName)) return;
        }
        const by = linkText(node.value);
        if (by) ctx.replaceNode(node, by);
      },
    };
  };
}
