/**
 * THE bibliographic model. One table says what each kind of source is in every vocabulary a
 * citation tool reads, and `bibRecord` turns a source into one record — its creators, publisher,
 * date at the precision known, address and language — from which the page's citation tags and
 * JSON-LD, the feed, CSL-JSON, BibTeX and RIS are all derived, so no two of them can disagree.
 *
 * The types follow what the importers do (Zotero's Embedded Metadata, RDF, RIS and BibTeX
 * translators; biber's data model): Zotero has no press-release type and files press releases and
 * policy statements as reports with a report type, so a release and the Declaration are reports
 * whose genre says which; an article of a news site is a newspaper article. README → Citations.
 */
import type { SourceKind } from '../../schemas/content.ts';
import type { ContentGraph, EntryOf } from '../content/graph.ts';
import type { Precision } from '../content/dates.ts';
import { LANGUAGES } from '../content/language.ts';
import { parse as parseName } from '@citation-js/name';
import { pathOf, publisherOf, SITE_NAME } from './routes.ts';
import type { Absolute } from './routes.ts';

/** What a kind of source is called in each vocabulary. */
export interface KindVocabulary {
  /** Zotero's item type: what it makes of the page's tags and of the RIS and BibTeX files. */
  zotero: 'report' | 'newspaperArticle';
  /** The genre in words: Zotero's report type, CSL `genre`, BibTeX `type`, RIS `M3`, schema.org `genre`. */
  genre?: string;
  /**
   * Dublin Core `DC.type`. Zotero's RDF reader takes it as the report type, and the eprints term
   * "News item" as a newspaper article (its Highwire tags have no newspaper tag).
   */
  dcType: string;
  csl: 'report' | 'article-newspaper';
  /** BibTeX's entry type; biber reads `techreport` as biblatex's `report`. */
  bibtex: 'techreport' | 'article';
  /** biblatex's `entrysubtype`, where it has one for the kind. */
  entrysubtype?: 'newspaper';
  ris: 'RPRT' | 'NEWS';
  schemaOrg: 'Report' | 'NewsArticle';
  /** The publisher's part: the institution that issued the text, or the periodical that ran it. */
  publisherAs: 'institution' | 'periodical';
}

/** Every kind of source the archive holds, in every vocabulary (a new kind fails to compile until it has a row). */
export const KINDS = {
  'news release': {
    zotero: 'report',
    genre: 'Press release',
    dcType: 'Press release',
    csl: 'report',
    bibtex: 'techreport',
    ris: 'RPRT',
    schemaOrg: 'Report',
    publisherAs: 'institution',
  },
  declaration: {
    zotero: 'report',
    genre: 'Declaration',
    dcType: 'Declaration',
    csl: 'report',
    bibtex: 'techreport',
    ris: 'RPRT',
    schemaOrg: 'Report',
    publisherAs: 'institution',
  },
  'news article': {
    zotero: 'newspaperArticle',
    dcType: 'News item',
    csl: 'article-newspaper',
    bibtex: 'article',
    entrysubtype: 'newspaper',
    ris: 'NEWS',
    schemaOrg: 'NewsArticle',
    publisherAs: 'periodical',
  },
} as const satisfies Record<SourceKind, KindVocabulary>;

/** A creator: a person (with family and given names where they can be told apart) or an organisation. */
export type Creator = { person: true; name: string; family?: string; given?: string; page: string } | { person: false; name: string; page: string };

/** A date to the precision known: a year, a month of it, or a day (the parts present say which). */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** A source as every citation format sees it. */
export interface BibRecord {
  id: string;
  kind: SourceKind;
  types: KindVocabulary;
  title: string;
  /** The people the text names as its authors (the Declaration's signatories), else its publisher. */
  creators: Creator[];
  publisher?: string;
  date?: PartialDate;
  /** The address to cite: the original publication's where it is recorded, else this site's page. */
  url: string;
  /** This site's page (always; the same as `url` when no original address is recorded). */
  page: string;
  /** This site's name, where `url` is the original's and this site holds the copy. */
  archive?: string;
  language: keyof typeof LANGUAGES;
}

/** A person's name split into family and given names, where it can be (a name in Arabic script stays whole). */
function personCreator(name: string, page: string): Creator {
  const { family, given } = parseName(name);
  return family && given ? { person: true, name, family, given, page } : { person: true, name, page };
}

/** The date parts a source knows: none when undated, else down to its precision. */
export function partialDate(date: Date | undefined, precision: Precision | 'unknown'): PartialDate | undefined {
  if (!date || precision === 'unknown') return undefined;
  const year = date.getUTCFullYear();
  if (precision === 'year') return { year };
  const month = date.getUTCMonth() + 1;
  return precision === 'month' ? { year, month } : { year, month, day: date.getUTCDate() };
}

/** The source's record: the one input of every citation format. */
export function bibRecord(graph: ContentGraph, source: EntryOf<'sources'>, abs: Absolute): BibRecord {
  const d = source.data;
  const publisher = publisherOf(graph, source);
  const page = abs(pathOf(source));
  const creators: Creator[] = d.authors.length
    ? d.authors.map((p) => personCreator(graph.get(p).data.name, abs(pathOf(p))))
    : d.publisher && publisher
      ? [{ person: false, name: publisher, page: abs(pathOf(d.publisher)) }]
      : [];
  const date = partialDate(d.date, d.datePrecision);
  return {
    id: source.id,
    kind: d.kind,
    types: KINDS[d.kind],
    title: d.title,
    creators,
    ...(publisher ? { publisher } : {}),
    ...(date ? { date } : {}),
    url: d.originalUrl ?? page,
    page,
    ...(d.originalUrl ? { archive: SITE_NAME } : {}),
    language: d.language,
  };
}

/** Year, month and day zero-padded, to the precision known: the parts every format writes its own way. */
export function dateFields(date: PartialDate): { year: string; month?: string; day?: string } {
  const pad = (n: number | undefined) => (n === undefined ? undefined : String(n).padStart(2, '0'));
  return { year: String(date.year).padStart(4, '0'), month: pad(date.month), day: pad(date.day) };
}

/**
 * The date as ISO 8601 writes it at the precision known (JSON-LD, Open Graph).
 * @example isoOf({ year: 2016, month: 5 }) // '2016-05'
 */
export function isoOf(date: PartialDate): string {
  const f = dateFields(date);
  return [f.year, f.month, f.day].filter(Boolean).join('-');
}

/**
 * The Highwire (`citation_*`) and Dublin Core tags of a source — what Zotero's Embedded Metadata
 * translator, Mendeley and Google Scholar read — for every page that shows it (its page, cite
 * page, quote pages, embed card). `citation_public_url` is the source's address on each of them.
 */
export function citationTags(r: BibRecord): [string, string][] {
  const tag = (name: string, value: string | undefined): [string, string][] => (value ? [[name, value]] : []);
  const f = r.date && dateFields(r.date);
  const date = f && [f.year, f.month, f.day].filter(Boolean).join('/');
  const issuer = r.types.publisherAs === 'institution';
  return [
    ['citation_title', r.title],
    // "Family, Given": Zotero splits at the comma. An organisation's name of several words would be
    // split at its last space (Highwire has no single-field name), so it is left to the institution tag.
    ...r.creators
      .filter((c) => c.person || !/\s/.test(c.name))
      .map((c): [string, string] => ['citation_author', c.person && c.family ? `${c.family}, ${c.given}` : c.name]),
    ...tag('citation_date', date),
    ...tag('citation_publication_date', date),
    // The institution tag is what makes Zotero file a report as one (without it: a journal article).
    ...(issuer ? tag('citation_technical_report_institution', r.publisher) : []),
    ...tag('citation_publisher', r.publisher),
    ['citation_language', r.language],
    ['citation_public_url', r.url],
    ['DC.type', r.types.dcType],
    ...tag('DC.publisher', r.publisher),
    // A periodical's name, as PRISM calls it: Zotero's newspaper article takes it as its publication.
    ...(issuer ? [] : tag('prism.publicationName', r.publisher)),
  ];
}
