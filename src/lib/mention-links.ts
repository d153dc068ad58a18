/**
 * Sätteri hast plugin: in source texts, links the first mention per section of each person,
 * organisation and place to its page — added at build from the registry, never by editing
 * the source text (the words are unchanged; only an <a> is wrapped around them).
 */
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { mentionMatcher, type Term } from './mentions.ts';
import { pathOf, withBase } from './routes.ts';

export interface MentionOptions {
  terms: Term[];
  base: string;
  /** Only files whose path matches are linked (source pages). */
  include: RegExp;
}

export function mentionLinks({ terms, base, include }: MentionOptions): HastPluginEntry {
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
          properties: { href: withBase(base, pathOf(m.term.target)), className: ['mention'] },
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
      // Runs once the passage marks are on, in reading order; their "#" links are left alone.
      after(root, ctx) {
        const visit = (node: Element) => {
          for (const child of node.children) {
            if (child.type === 'element' && child.tagName !== 'a') visit(child);
            else if (child.type === 'text') {
              const by = linkText(child.value);
              if (by) ctx.replaceNode(child, by);
            }
          }
        };
        for (const node of (root as Root).children) {
          if (node.type !== 'element') continue;
          if (/^h[2-6]$/.test(node.tagName)) linked = new Set(); // a new section: link first mentions again
          else visit(node);
        }
      },
    };
  };
}
