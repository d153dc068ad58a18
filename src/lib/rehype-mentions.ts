/**
 * rehype plugin: in source texts, links the first mention per section of each person,
 * organisation and place to its page — added at build from the registry, never by editing
 * the source text (the words are unchanged; only an <a> is wrapped around them).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { mentionMatcher, type Term } from './mentions.ts';
import { pathOf, withBase } from './routes.ts';

export interface MentionOptions {
  terms: Term[];
  base: string;
  /** Only files whose path matches are linked (source pages). */
  include: RegExp;
}

export function rehypeMentions({ terms, base, include }: MentionOptions) {
  const match = mentionMatcher(terms);
  return (tree: Root, file: { path?: string }) => {
    if (!file.path || !include.test(file.path)) return;
    const self = file.path.match(/([^/]+)\.mdx?$/)?.[1];
    let linked = new Set<string>();
    const visit = (node: Element) => {
      node.children = node.children.flatMap((child): ElementContent[] => {
        if (child.type === 'element') {
          if (child.tagName !== 'a') visit(child);
          return [child];
        }
        if (child.type !== 'text') return [child];
        return linkText(child);
      });
    };
    const linkText = (text: Text): ElementContent[] => {
      const out: ElementContent[] = [];
      let at = 0;
      for (const m of match(text.value)) {
        const k = `${m.term.target.collection}/${m.term.target.id}`;
        if (linked.has(k) || m.term.target.id === self) continue;
        linked.add(k);
        if (m.start > at) out.push({ type: 'text', value: text.value.slice(at, m.start) });
        out.push({
          type: 'element',
          tagName: 'a',
          properties: { href: withBase(base, pathOf(m.term.target)), className: ['mention'] },
          children: [{ type: 'text', value: text.value.slice(m.start, m.end) }],
        });
        at = m.end;
      }
      if (at === 0) return [text];
      if (at < text.value.length) out.push({ type: 'text', value: text.value.slice(at) });
      return out;
    };
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (/^h[2-6]$/.test(node.tagName)) linked = new Set(); // a new section: link first mentions again
      else visit(node);
    }
  };
}
