/**
 * Each embed card's oEmbed file (type "rich"), beside the card: /embed/…/oembed.json — at every
 * address the card has (embedPages), each naming the card's current one.
 */
import type { APIContext } from 'astro';
import { embedPages } from '../../../lib/site/site-graph.ts';
import { absoluteFor } from '../../../lib/site/page-meta.ts';
import { oembed, type EmbedCard } from '../../../lib/site/embeds.ts';

export const getStaticPaths = embedPages;

export function GET({ props, site }: APIContext<{ card: EmbedCard }>) {
  return new Response(JSON.stringify(oembed(props.card, absoluteFor(site))), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
