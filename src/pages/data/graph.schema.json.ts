/** The JSON Schema of /data/graph.json, generated from the zod schema in src/lib/site/graph-export.ts. */
import { exportJsonSchema } from '../../lib/site/graph-export.ts';

export function GET() {
  return new Response(JSON.stringify(exportJsonSchema(), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
}
