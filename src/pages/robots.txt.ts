/** robots.txt: everything may be crawled; points to the sitemap. */
import type { APIContext } from 'astro';
import { absoluteFor } from '../lib/site/page-meta.ts';

export function GET(context: APIContext) {
  const abs = absoluteFor(context.site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${abs('/sitemap-index.xml')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
