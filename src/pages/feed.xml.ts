/** RSS feed of sources and events, newest first (official @astrojs/rss). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteGraph } from '../lib/site/site-graph.ts';
import { dateOf, pathOf, precisionOf, SITE_NAME } from '../lib/site/routes.ts';
import { titleAndDescription } from '../lib/site/seo.ts';
import { absoluteFor } from '../lib/site/page-meta.ts';
import { FEED_ITEMS, newestFirst } from '../lib/site/archive.ts';

export async function GET(context: APIContext) {
  const graph = await siteGraph();
  const abs = absoluteFor(context.site);
  // Newest first; an undated source last (an RSS item may have no date). The latest only.
  const entries = [...graph.all('sources'), ...graph.all('events')].sort(newestFirst).slice(0, FEED_ITEMS);
  return rss({
    title: `${SITE_NAME}: sources and events`,
    description: 'New source texts and events on the reference site about INTERPOL’s Vienna Declaration on transnational organized crime.',
    site: abs('/'),
    trailingSlash: true,
    items: entries.map((e) => ({
      ...titleAndDescription(graph, e),
      link: abs(pathOf(e)),
      // RSS dates name a day: a source known only to its month or year goes without one rather than with an invented day.
      ...(precisionOf(e) === 'day' ? { pubDate: dateOf(e) } : {}),
      categories: [e.collection === 'sources' ? 'Source' : 'Event'],
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // The feed's own address, as feed readers and validators expect it (RSS Advisory Board: atom:link rel="self").
    customData: `<language>en-gb</language><atom:link href="${abs('/feed.xml')}" rel="self" type="application/rss+xml"/>`,
  });
}
