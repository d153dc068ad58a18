/**
 * Marks the search terms on the page a search result led to (?highlight=…), inside the
 * passage the link points at, or the whole text if it points at none.
 */
import { PASSAGE_LINK } from '../lib/markdown/class-names.ts';

const terms = (new URLSearchParams(location.search).get('highlight') ?? '')
  .split(/\s+/)
  .map((t) => t.replace(/[^\p{L}\p{N}.-]/gu, ''))
  .filter((t) => t.length > 1);

if (terms.length) {
  const scope = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || document.querySelector('main');
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})`, 'giu');
  const walker = document.createTreeWalker(scope ?? document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    if (!pattern.test(node.data) || node.parentElement?.closest(`mark, script, style, .${PASSAGE_LINK}`)) continue;
    pattern.lastIndex = 0;
    const parts = node.data.split(pattern);
    node.replaceWith(
      ...parts.map((part, i) =>
        i % 2 ? Object.assign(document.createElement('mark'), { className: 'search-term', textContent: part }) : document.createTextNode(part),
      ),
    );
  }
}

// A module, so it can be loaded on demand (Header.astro imports it only on a page a search result led to).
export {};
