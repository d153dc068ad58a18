/**
 * The site's ways in: the header's main sections (`extra` ones give way in a narrower row) and
 * every index, for the footer and the home page — from the collections list (their paths and
 * titles) and the site's own pages that are not a collection's.
 */
import { COLLECTIONS, DECLARATION, type PageCollection } from '../../schemas/collections.ts';
import { pathOf, SECTIONS, sectionPath, withBase } from './routes.ts';

/** The site's pages that are not a collection's: where they live and what they are called. */
const TIMELINE = { path: '/timeline/', label: COLLECTIONS.timeline.title };
const SITE_PAGES = [
  TIMELINE,
  { path: '/figures/', label: 'Facts and figures' },
  { path: '/evidence/', label: 'Evidence matrix' },
  { path: '/search/', label: 'Search and index of all pages' },
  { path: '/data/graph.json', label: 'Data (JSON)' },
  { path: '/feed.xml', label: 'RSS feed' },
];

export interface NavLink {
  href: string;
  label: string;
  /** Gives way in a narrower header row (global.css), staying in the footer. */
  extra: boolean;
}

/** The header's sections, in order; the last two give way first. */
const HEADER: [PageCollection | 'declaration' | 'timeline', boolean][] = [
  ['declaration', false],
  ['actions', false],
  ['events', false],
  ['sources', false],
  ['quotes', false],
  ['people', true],
  ['timeline', true],
];

/** The header's links under the base path, and the one the page at `here` is in (the longest that it starts with). */
export function headerNav(base: string, here: string): { links: NavLink[]; current?: NavLink } {
  const links = HEADER.map(([what, extra]) => {
    const [path, label] =
      what === 'declaration'
        ? [pathOf(DECLARATION), 'The Declaration']
        : what === 'timeline'
          ? [TIMELINE.path, TIMELINE.label]
          : [sectionPath(what), COLLECTIONS[what].title];
    return { href: withBase(base, path), label, extra };
  });
  const current = links.filter((n) => here.startsWith(n.href)).sort((a, b) => b.href.length - a.href.length)[0];
  return { links, current };
}

/** Every index of the site under the base path: each section's, then the site's own pages. */
export const exploreLinks = (base: string) =>
  [...SECTIONS.map((s) => ({ path: sectionPath(s.collection), label: s.title })), ...SITE_PAGES].map((l) => ({ href: withBase(base, l.path), label: l.label }));
