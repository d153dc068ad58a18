/** One link-preview image per entry page (and per quote): /og/<collection>/<id>.png */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteGraph } from '../../../lib/site-graph.ts';
import type { EntryRef } from '../../../lib/graph.ts';
import { renderPreview } from '../../../lib/og-image.ts';
import { SECTIONS, sectionOf } from '../../../lib/routes.ts';
import { titleAndDescription } from '../../../lib/seo.ts';

export const getStaticPaths = (async () => {
  const graph = await siteGraph();
  return SECTIONS.flatMap((s) => graph.all(s.collection).map((e) => ({ params: { collection: s.collection, id: e.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const graph = await siteGraph();
  const entry = graph.get({ collection: params.collection!, id: params.id! });
  const { title, description } = titleAndDescription(graph, entry);
  const png = await renderPreview(
    entry.collection === 'quotes'
      ? { kicker: `Quote · ${graph.get(entry.data.person as EntryRef).data.name}`, title: `“${graph.quoteOf(entry).text}”` }
      : { kicker: sectionOf(entry.collection).singular, title, text: description },
  );
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
