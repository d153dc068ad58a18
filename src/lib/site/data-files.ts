/**
 * The site's files that are not pages: each source's citation files (cite.json, cite.bib,
 * cite.ris) and each embed card's oEmbed file, at every address the card has. They need nothing
 * Astro renders — only the content graph — so the build's helper process writes them on the
 * machine's second core while Astro renders pages (check-and-previews-child.ts), instead of a
 * route per file on the main thread; `astro dev` makes them on request.
 */
import type { ContentGraph } from '../content/graph.ts';
import { readAnchorAliases, readManifest, readRedirects } from '../content/url-data.ts';
import { bibRecord } from './bibliography.ts';
import { CITATION_FILES, citationFilePath, type CitationFile } from './citation-files.ts';
import { embedAddresses, oembed, type Published } from './embeds.ts';
import { absoluteUrl } from './routes.ts';
import { siteSettings } from './settings.ts';

export interface DataFile {
  /** The file's site path, e.g. /sources/vienna-declaration/cite.bib. */
  path: string;
  body: string;
}

/** What moves an embed card's addresses — old passage ids, moved pages, published card pages — as content/ records them. */
export function embedMoves(cwd = process.cwd()) {
  const manifest = readManifest(cwd);
  const published: Published = (path) => path in manifest;
  return { aliases: readAnchorAliases(cwd), redirects: readRedirects(cwd), published };
}

/** Every citation file and oEmbed file of the site, with its body, addressed under this build's SITE_URL and BASE_PATH. */
export function dataFiles(graph: ContentGraph, cwd = process.cwd()): DataFile[] {
  const { SITE_URL, BASE_PATH } = siteSettings();
  const abs = (path: string) => absoluteUrl(SITE_URL, BASE_PATH, path);
  const exts = Object.keys(CITATION_FILES) as CitationFile[];
  const citations = graph.all('sources').flatMap((source) => {
    const record = bibRecord(graph, source, abs);
    return exts.map((ext) => ({ path: citationFilePath(source, ext), body: CITATION_FILES[ext].body(record) }));
  });
  const oembeds = embedAddresses(graph, abs, embedMoves(cwd)).map(({ path, card }) => ({
    path: `${path}oembed.json`,
    body: JSON.stringify(oembed(card, abs)),
  }));
  return [...citations, ...oembeds];
}
