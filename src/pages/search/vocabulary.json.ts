/** The search's vocabulary (src/lib/site/search-vocabulary.ts), fetched by the search script only when a search needs help. */
import type { APIRoute } from 'astro';
import { siteGraph } from '../../lib/site/site-graph.ts';
import { searchVocabulary } from '../../lib/site/search-vocabulary.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(searchVocabulary(await siteGraph(), import.meta.env.BASE_URL)));
