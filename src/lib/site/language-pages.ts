/**
 * The site's own pages a reader reaches from the header — home, the sources index and its year
 * archives, search, 404 — exist in each language the archive holds (English at its addresses,
 * which never move; the others under their code: /fr/, /fr/sources/, /fr/search/). Here: each such
 * page's versions, for its hreflang links and the header's language switch.
 */
import type { ContentGraph } from '../content/graph.ts';
import type { Language } from '../content/language.ts';
import { siteLanguages } from './search-meta.ts';
import { inLanguage, type Absolute } from './routes.ts';

/** The versions of the site page at `path` (its English path), one per archive language; none on a site in one language. */
export function languageVersions(graph: ContentGraph, path: string, abs: Absolute): { versions?: { lang: Language; href: string }[] } {
  const languages = siteLanguages(graph);
  return languages.length > 1 ? { versions: languages.map((lang) => ({ lang, href: abs(inLanguage(path, lang)) })) } : {};
}
