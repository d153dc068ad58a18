/**
 * Page keys for incremental builds (Astro's experimental.incrementalBuild): a page whose key and
 * code are unchanged since the last build is copied from it instead of rendered. A key is a hash
 * of everything the page can show — so it must cover more than the page's own entry:
 *
 * - an entry page: the entries around it (ContentGraph.surroundings: what it links to, what links
 *   to it, what those link to — a new backlink, a renamed speaker, a retitled source all change it);
 * - a list page: the entries it lists and what they link to (a source's publisher);
 * - a page made from plain data (an embed card): that data;
 * - and on every page, what every page can show: the languages of the site (the search form's
 *   language list), the site's words (src/lib/site/dictionary/, read from files, so not in the
 *   code's hash) and the address files (published URLs, redirects, anchor aliases).
 *
 * Astro adds the hash of the page's code; the build configuration and the lockfile reset the cache.
 */
import { key, type ContentGraph, type EntryRef, type GraphEntry } from '../content/graph.ts';
import { readAnchorAliases, readManifest, readRedirects } from '../content/url-data.ts';
import { siteLanguages } from './search-meta.ts';
import { digestOf } from './digest.ts';
import { dictionaryDigest } from './words.ts';

/** One entry's own content: its file, data and text (a derived label follows from its surroundings). */
const contents = new WeakMap<GraphEntry, string>();
function contentHash(e: GraphEntry): string {
  let h = contents.get(e);
  if (!h) contents.set(e, (h = digestOf(key(e), e.filePath ?? '', JSON.stringify(e.data), e.body ?? '')));
  return h;
}

const sites = new WeakMap<ContentGraph, string>();
/** What every page can show whatever its entry: the site's languages and its address files. */
function siteHash(graph: ContentGraph): string {
  let h = sites.get(graph);
  if (!h)
    sites.set(
      graph,
      (h = digestOf(siteLanguages(graph).join(' '), dictionaryDigest(), JSON.stringify([readManifest(), readRedirects(), readAnchorAliases()]))),
    );
  return h;
}

/** Keys of single entries, worked out once: a source's page, cite page and three citation files share one. */
const entryKeys = new WeakMap<ContentGraph, Map<string, string>>();

/** The key of a page about `refs` (an entry page: its entry; a list page: the entries it lists), plus any other data it shows. */
export function entriesKey(graph: ContentGraph, refs: readonly EntryRef[], extra: unknown = null): string {
  const one = refs.length === 1 && extra === null ? key(refs[0]) : undefined;
  const known = one && entryKeys.get(graph)?.get(one);
  if (known) return known;
  const made = digestOf(siteHash(graph), JSON.stringify(extra), ...graph.surroundings(refs).map(contentHash).sort());
  if (one) (entryKeys.get(graph) ?? entryKeys.set(graph, new Map()).get(graph)!).set(one, made);
  return made;
}

/** The key of a page made from plain data alone (an embed card: its props). */
export const dataKey = (graph: ContentGraph, data: unknown): string => digestOf(siteHash(graph), JSON.stringify(data));
