/** RSS feed of sources and events, newest first (official @astrojs/rss). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteGraph } from '../lib/site/site-graph.ts';
import { dateOf, pathOf } from '../lib/site/routes.ts';
import { SITE_NAME, titleAndDescription } from '../lib/site/seo.ts';
import { absoluteFor } from '../lib/site/page-meta.ts';
import { FEED_ITEMS } from '../lib/site/archive.ts';

export async function GET(context: APIContext) {
  const graph = await siteGraph();
  const abs = absoluteFor(context.site);
  // Newest first; an undated source last (an RSS item may have no date). The latest only.
  const entries = [...graph.all('sources'), ...graph.all('events')]
    .sort((a, b) => (dateOf(b)?.getTime() ?? 0) - (dateOf(a)?.getTime() ?? 0))
    .slice(0, FEED_ITEMS);
  return rss({
    title: `${SITE_NAME}: sources and events`,
    description: 'New source texts and events on the reference site about INTERPOL’s Vienna Declaration on transnational organized crime.',
    site: abs('/'),
    trailingSlash: true,
    items: entries.map((e) => ({
      ...titleAndDescription(graph, e),
      link: abs(pathOf(e)),
      pubDate: dateOf(e),
      categories: [e.collection === 'sources' ? 'Source' : 'Event'],
    })),
    customData: '<language>en-gb</language>',
  });
}
