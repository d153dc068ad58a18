/**
 * The site's content graph, built once per build from Astro's collections (the Astro-facing
 * half of graph.ts). Pages call `siteGraph()`; a bad reference stops the build here.
 */
import { getCollection } from 'astro:content';
import { ContentGraph, type GraphEntry } from '../content/graph.ts';
import { passagesOfBody, renderedPassages } from '../content/passages.ts';
import { ContentError } from '../content/problems.ts';
import { contentOf, problemsIn } from '../content/rules/index.ts';
import { bodyFormatOf, COLLECTION_NAMES, type PageCollection } from '../../schemas/collections.ts';
import { embedMoves } from './data-files.ts';
import { embedAddresses, type Published } from './embeds.ts';
import { absoluteFor } from './page-meta.ts';
import { mentionedInPath, mentionsBeyondPanel, paginate, sourceYears, yearPath } from './archive.ts';
import { inLanguage, SECTIONS } from './routes.ts';
import { SITE_LANGUAGE, type Language } from '../content/language.ts';
import { dataKey, entriesKey } from './page-keys.ts';
import { siteLanguages } from './search-meta.ts';

let graph: Promise<ContentGraph> | undefined;

async function load(): Promise<ContentGraph> {
  const lists = await Promise.all(COLLECTION_NAMES.map((c) => getCollection(c)));
  const entries = await Promise.all(
    lists.flat().map(async (e) => {
      const format = bodyFormatOf(e.collection);
      const body = 'body' in e ? e.body : undefined;
      const entry = {
        collection: e.collection,
        id: e.id,
        filePath: 'filePath' in e ? e.filePath : undefined,
        data: e.data,
        body,
        // A source text's passages as its render found them (parsed once); an MDX page, rendered
        // only when its page is, through the same derivation (src/lib/content/passages.ts).
        passages:
          body !== undefined && format ? (renderedPassages('rendered' in e ? e.rendered : undefined) ?? (await passagesOfBody(body, format))) : undefined,
      };
      // Each entry's data is its own collection's (Astro typed it so); TypeScript cannot pair the two once mapped.
      return entry as GraphEntry;
    }),
  );
  // A build renders pages only once the content check has passed (check-and-previews.ts); `astro dev`
  // has no check of its own, so the rules run here, and a problem shows as the page's error.
  if (import.meta.env.DEV) {
    const problems = problemsIn(contentOf(entries));
    if (problems.length) throw new ContentError(problems);
  }
  return new ContentGraph(entries);
}

/** The graph (memoised: built once, shared by every page of the build). */
export function siteGraph(): Promise<ContentGraph> {
  graph ??= load();
  return graph;
}

/**
 * The pages of one collection, for its page's getStaticPaths: each entry's id, with its Astro
 * entry (to render its body), its graph entry (typed data and links) and the graph.
 */
export async function entryPages<C extends PageCollection>(collection: C) {
  const graph = await siteGraph();
  return (await getCollection(collection)).map((entry) => ({
    params: { id: entry.id },
    props: { entry, node: graph.get({ collection, id: entry.id }), graph },
    cacheKey: entriesKey(graph, [{ collection, id: entry.id }]),
  }));
}

/** The source archive's pages, for getStaticPaths: every year, cut into pages (/sources/2024/, /sources/2024/2/; in another language /fr/sources/2024/). */
export async function sourceArchivePages(lang: Language = SITE_LANGUAGE) {
  const graph = await siteGraph();
  const years = sourceYears(graph);
  // Every page links to every year, with its count: a new source changes them all.
  const yearList = years.map((y) => [y.year, y.sources.length]);
  return years.flatMap(({ year, sources }) =>
    paginate(inLanguage(yearPath(year), lang), sources).map((page) => ({
      params: { year, page: page.number === 1 ? undefined : String(page.number) },
      props: { year, page, years, lang },
      cacheKey: entriesKey(graph, page.items, { yearList, page: { ...page, items: undefined } }),
    })),
  );
}

/** The complete "Mentioned in" lists of entries that more mention than a panel shows, cut into pages. */
export async function mentionedInPages() {
  const graph = await siteGraph();
  return SECTIONS.flatMap((s) => graph.all(s.collection)).flatMap((entry) => {
    const mentions = mentionsBeyondPanel(graph, entry);
    if (!mentions) return [];
    return paginate(mentionedInPath(entry), mentions).map((page) => ({
      params: { section: entry.collection, id: entry.id, page: page.number === 1 ? undefined : String(page.number) },
      props: { entry, page, total: mentions.length },
      // What it lists (and what they link to: the entry among them), not everything around the entry.
      cacheKey: entriesKey(graph, page.items, { page: { ...page, items: undefined }, total: mentions.length }),
    }));
  });
}

let moves: ReturnType<typeof embedMoves> | undefined;
/** Whether a page was published before (content/published-urls.json): a passage's card page that was keeps its address. */
export const publishedPage: Published = (path) => (moves ??= embedMoves()).published(path);

/**
 * The embed cards, for the getStaticPaths of the card pages: each card at every address it is
 * published at (embedAddresses: old passage ids and moved pages included; their oEmbed files, at
 * the same addresses: data-files.ts).
 */
export async function embedPages() {
  const graph = await siteGraph();
  return embedAddresses(graph, absoluteFor(new URL(import.meta.env.SITE)), (moves ??= embedMoves())).map(({ path, card }) => ({
    params: { card: path.slice('/embed/'.length, -1) },
    props: { card },
    cacheKey: dataKey(graph, card),
  }));
}

/** The archive's languages besides English, for getStaticPaths of the site pages made in each (/fr/, /fr/sources/, /fr/search/…). */
export async function otherLanguages() {
  return siteLanguages(await siteGraph())
    .filter((lang) => lang !== SITE_LANGUAGE)
    .map((lang) => ({ params: { lang }, props: { lang } }));
}

/** The source archive's year pages in each of the archive's other languages (/fr/sources/2023/). */
export async function otherLanguageArchivePages() {
  const pages = await Promise.all(
    (await otherLanguages()).map(async ({ params: { lang } }) => (await sourceArchivePages(lang)).map((p) => ({ ...p, params: { ...p.params, lang } }))),
  );
  return pages.flat();
}
