/**
 * A source as a CSL-JSON item: the data reference managers read (the cite.json file) and the input
 * citeproc formats (citations.ts), from the source's one bibliographic record (bibliography.ts).
 */
import { capitalised, type Words } from './words.ts';
import type { SourceKind } from '../../schemas/content.ts';
import { SITE_LANGUAGE } from '../../schemas/languages.ts';
import type { ContentGraph, EntryOf } from '../content/graph.ts';
import { bibRecord, type BibRecord, type KindVocabulary } from './bibliography.ts';
import type { Absolute } from './routes.ts';

/** A CSL-JSON item (the fields this site fills). */
export type CslItem = {
  id: string;
  type: KindVocabulary['csl'];
  genre?: string;
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  publisher?: string;
  'container-title'?: string;
  /** Year, month and day, as far as known (absent where the date is not known). */
  issued?: { 'date-parts': number[][] };
  URL: string;
  archive?: string;
  archive_location?: string;
  language: string;
};

/**
 * The CSL-JSON item of a source's record (bibliography.ts): its type and genre from the kind's
 * row, the publisher as publisher or as the periodical, the date at the precision known, and the
 * original's address with this site as the archive where the original is recorded.
 */
export function cslItem(r: BibRecord): CslItem {
  const author = r.creators.map((c) => (c.person && c.family ? { family: c.family, given: c.given ?? '' } : { literal: c.name }));
  const d = r.date;
  return {
    id: r.id,
    type: r.types.csl,
    ...(r.types.genre ? { genre: r.types.genre } : {}),
    title: r.title,
    ...(author.length ? { author } : {}),
    ...(r.publisher ? (r.types.publisherAs === 'institution' ? { publisher: r.publisher } : { 'container-title': r.publisher }) : {}),
    ...(d ? { issued: { 'date-parts': [[d.year, ...(d.month ? [d.month] : []), ...(d.day ? [d.day] : [])]] } } : {}),
    ...(r.archive ? { URL: r.url, archive: r.archive, archive_location: r.page } : { URL: r.url }),
    language: r.language,
  };
}

/** A source's CSL-JSON item, from its record. */
export const cslOf = (graph: ContentGraph, source: EntryOf<'sources'>, abs: Absolute): CslItem => cslItem(bibRecord(graph, source, abs));

/**
 * The item as a page in `w`'s language cites it: the genre in the page's words ("[Communiqué de
 * presse]"); English pages and the citation files keep the record's own genre, which reference managers map.
 */
export const citedIn = (item: CslItem, w: Words, kind: SourceKind): CslItem =>
  item.genre && w.lang !== SITE_LANGUAGE ? { ...item, genre: capitalised(w.t(`kindLabel.${kind}`)) } : item;
