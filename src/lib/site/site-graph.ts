/**
 * The site's content graph, built once per build from Astro's collections (the Astro-facing
 * half of graph.ts). Pages call `siteGraph()`; a bad reference stops the build here.
 */
import { getCollection } from 'astro:content';
import { ContentGraph, type GraphEntry } from '../content/graph.ts';
import { passagesOfBody } from '../content/passages.ts';
import { COLLECTION_FILES } from '../../schemas/content.ts';

// Every collection, as the content model lists them (src/schemas/content.ts).
const COLLECTIONS = Object.keys(COLLECTION_FILES) as (keyof typeof COLLECTION_FILES)[];

let graph: Promise<ContentGraph> | undefined;

async function load(): Promise<ContentGraph> {
  const lists = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
  const entries: GraphEntry[] = await Promise.all(
    lists.flat().map(async (e) => {
      const where = COLLECTION_FILES[e.collection];
      const format = 'body' in where ? where.body : undefined;
      const body = 'body' in e ? e.body : undefined;
      return {
        collection: e.collection,
        id: e.id,
        filePath: 'filePath' in e ? e.filePath : undefined,
        data: e.data as Record<string, unknown>,
        body,
        // The same derivation the page's Markdown plugin runs (src/lib/content/passages.ts).
        passages: body !== undefined && format ? await passagesOfBody(body, format) : undefined,
      };
    }),
  );
  return new ContentGraph(entries);
}

/** The graph (memoised: built once, shared by every page of the build). */
export function siteGraph(): Promise<ContentGraph> {
  graph ??= load();
  return graph;
}
