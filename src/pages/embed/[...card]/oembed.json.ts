/**
 * Each embed card's oEmbed file (type "rich"), beside the card: /embed/…/oembed.json — at every
 * address the card has (embedAddresses), each naming the card's current one.
 */
import type { APIContext } from 'astro';
import { siteGraph } from '../../../lib/site/site-graph.ts';
import { absoluteFor } from '../../../lib/site/page-meta.ts';
import { readAnchorAliases, readRedirects } from '../../../lib/content/url-data.ts';
import { embedAddresses, oembed } from '../../../lib/site/embeds.ts';

export async function getStaticPaths() {
  const abs = absoluteFor(new URL(import.meta.env.SITE));
  const moves = { aliases: readAnchorAliases(), redirects: readRedirects() };
  return embedAddresses(await siteGraph(), abs, moves).map(({ path, card }) => ({
    params: { card: path.slice('/embed/'.length, -1) },
    props: { response: oembed(card, abs) },
  }));
}

export function GET({ props }: APIContext<{ response: ReturnType<typeof oembed> }>) {
  return new Response(JSON.stringify(props.response), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
