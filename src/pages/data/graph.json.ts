/** The content graph as JSON, for reuse (schema: /data/graph.schema.json; see README → Data export). */
import type { APIContext } from 'astro';
import { siteGraph } from '../../lib/site/site-graph.ts';
import { graphExport } from '../../lib/site/graph-export.ts';
import { absoluteFor } from '../../lib/site/page-meta.ts';

export async function GET(context: APIContext) {
  const data = graphExport(await siteGraph(), absoluteFor(context.site));
  return new Response(JSON.stringify(data, null, 1), { headers: { 'Content-Type': 'application/json' } });
}
