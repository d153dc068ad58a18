/** The link-preview image of pages that are not entries (home, indexes, search). */
import type { APIRoute } from 'astro';
import { renderPreview } from '../../lib/og-image.ts';

export const GET: APIRoute = async () =>
  new Response(
    (await renderPreview({
      kicker: 'A reference',
      title: 'The Vienna Declaration on transnational organized crime',
      text: 'The Declaration’s five priority actions, the events around it and the sources, verbatim and cross-linked.',
    })) as BodyInit,
    { headers: { 'Content-Type': 'image/png' } },
  );
