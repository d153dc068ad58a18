/** A source's citation as a file: /sources/<id>/cite.json (CSL-JSON), cite.bib (BibTeX), cite.ris (RIS). */
import type { APIContext } from 'astro';
import { siteGraph } from '../../../lib/site/site-graph.ts';
import { entriesKey } from '../../../lib/site/page-keys.ts';
import { absoluteFor } from '../../../lib/site/page-meta.ts';
import { CITATION_FILES, type CitationFile } from '../../../lib/site/citations.ts';
import { bibRecord } from '../../../lib/site/bibliography.ts';

export async function getStaticPaths() {
  const graph = await siteGraph();
  const exts = Object.keys(CITATION_FILES) as CitationFile[];
  return graph
    .all('sources')
    .flatMap((source) => exts.map((ext) => ({ params: { id: source.id, ext }, props: { source, ext, graph }, cacheKey: entriesKey(graph, [source]) })));
}

export function GET({ props, site }: APIContext<Awaited<ReturnType<typeof getStaticPaths>>[number]['props']>) {
  const file = CITATION_FILES[props.ext];
  const record = bibRecord(props.graph, props.source, absoluteFor(site));
  return new Response(file.body(record), { headers: { 'Content-Type': `${file.type}; charset=utf-8` } });
}
