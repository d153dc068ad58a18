/**
 * The site's ways in: the header's main sections (`extra` ones give way in a narrower row) and
 * every index, for the footer and the home page — from the collections list (their paths and
 * titles) and the site's own pages that are not a collection's.
 */
import { DECLARATION, type PageCollection } from '../../schemas/collections.ts';
import { SECTIONS, inLanguage, pathOf, sectionPathIn, withBase } from './routes.ts';
import type { PageKey, Words } from './words.ts';

/** The site's pages that are not a collection's: where they live and what they are called. */
const TIMELINE = { path: '/timeline/', label: 'section.timeline' } as const;
/** `ownLanguage`: the page exists in each of the archive's languages (language-pages.ts). */
const SITE_PAGES: { path: string; label: PageKey; ownLanguage?: boolean }[] = [
  TIMELINE,
  { path: '/figures/', label: 'page.figures' },
  { path: '/evidence/', label: 'page.evidence' },
  { path: '/search/', label: 'page.search', ownLanguage: true },
  { path: '/data/graph.json', label: 'page.data' },
  { path: '/feed.xml', label: 'page.feed' },
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

/** The header's links under the base path, in the page's words, and the one the page at `here` is in (the longest that it starts with). */
export function headerNav(base: string, here: string, w: Words): { links: NavLink[]; current?: NavLink } {
  const links = HEADER.map(([what, extra]) => {
    const [path, label] =
      what === 'declaration'
        ? [pathOf(DECLARATION), w.t('nav.declaration')]
        : what === 'timeline'
          ? [TIMELINE.path, w.t(TIMELINE.label)]
          : [sectionPathIn(what, w.lang), w.t(`section.${what}`)];
    return { href: withBase(base, path), label, extra };
  });
  const current = links.filter((n) => here.startsWith(n.href)).sort((a, b) => b.href.length - a.href.length)[0];
  return { links, current };
}

/** Every index of the site under the base path, in the page's words: each section's, then the site's own pages. */
export const exploreLinks = (base: string, w: Words) =>
  [
    ...SECTIONS.map((s) => ({
      path: sectionPathIn(s.collection, w.lang),
      label: w.t(`section.${s.collection}`),
    })),
    ...SITE_PAGES.map((p) => ({ path: inLanguage(p.path, p.ownLanguage ? w.lang : 'en'), label: w.t(p.label) })),
  ].map((l) => ({ href: withBase(base, l.path), label: l.label }));
