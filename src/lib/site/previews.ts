/**
 * Which link-preview images the site has and what each shows: one per entry page and per
 * quote (/og/<collection>/<id>.png), and one for every other page (/og/site.png). Their URLs
 * in page metadata come from seo.ts (imagePathOf, SITE_IMAGE); this list must match them.
 */
import type { ContentGraph } from '../content/graph.ts';
import type { PreviewContent } from './preview-image.ts';
import { SECTIONS, sectionOf } from './routes.ts';
import { imagePathOf, SITE_IMAGE, titleAndDescription } from './seo.ts';

export interface Preview {
  /** Path under the site root, e.g. /og/sources/vienna-declaration.png */
  path: string;
  content: PreviewContent;
}

export function previewsOf(graph: ContentGraph): Preview[] {
  const entries = SECTIONS.flatMap((s) => graph.all(s.collection)).map((entry): Preview => {
    const { title, description } = titleAndDescription(graph, entry);
    const content =
      entry.collection === 'quotes'
        ? { kicker: `Quote · ${graph.quoteOf(entry).person.data.name}`, title: `“${graph.quoteOf(entry).text}”` }
        : { kicker: sectionOf(entry.collection).singular, title, text: description };
    return { path: imagePathOf(entry), content };
  });
  const site: Preview = {
    path: SITE_IMAGE,
    content: {
      kicker: 'A reference',
      title: 'The Vienna Declaration on transnational organized crime',
      text: 'The Declaration’s five priority actions, the events around it and the sources, verbatim and cross-linked.',
    },
  };
  return [site, ...entries];
}
