/**
 * Search metadata and filters for Pagefind, derived from the content graph — declared on the
 * page (data-pagefind-meta / -filter), never scraped from its text. One place decides what a
 * reader can filter by: type, year, event, action, person, organisation.
 */
import type { CollectionName } from '../../schemas/collections.ts';
import { languageOf, type ContentGraph, type GraphEntry } from '../content/graph.ts';
import { LANGUAGE_CODES, LANGUAGES, SITE_LANGUAGE, type Language } from '../content/language.ts';
import { dateOf, labelOf, publisherOf, sectionOf } from './routes.ts';
import { isoDate } from '../content/dates.ts';

export interface SearchData {
  /** Pagefind metadata shown with each result. */
  meta: Record<string, string>;
  /** Pagefind filters: name → values. */
  filters: Record<string, string[]>;
}

/** The filters, in the order the search page shows them, with their labels (the page hands them to its script). */
export const FILTERS: Record<string, string> = {
  type: 'Type',
  language: 'Language',
  year: 'Year',
  event: 'Event',
  action: 'Priority action',
  person: 'Person',
  organisation: 'Organisation',
};

const related = (graph: ContentGraph, e: GraphEntry, collection: CollectionName) => {
  const own = e.collection === collection ? [e] : [];
  const rel = graph.relatedOf(e).get(collection) ?? [];
  return [...new Set([...own, ...rel].map((x) => labelOf(x)))].sort();
};

const languagesOf = new WeakMap<ContentGraph, Language[]>();

/** The languages the site's pages are in, in the site's order: the site's own, and its sources' (worked out once per graph: every page asks). */
export function siteLanguages(graph: ContentGraph): Language[] {
  let known = languagesOf.get(graph);
  if (!known) {
    const used = new Set<Language>([SITE_LANGUAGE, ...graph.all('sources').map((s) => s.data.language)]);
    known = LANGUAGE_CODES.filter((c) => used.has(c));
    languagesOf.set(graph, known);
  }
  return known;
}

/** Search metadata and filters for an entry's page. */
export function searchDataFor(graph: ContentGraph, e: GraphEntry): SearchData {
  const type = sectionOf(e.collection).singular;
  const date = dateOf(e);
  const meta: Record<string, string> = { type };
  if (date) meta.date = isoDate(date);
  const publisher = e.collection === 'sources' && publisherOf(graph, e);
  if (publisher) meta.publisher = publisher;
  return {
    meta,
    filters: {
      type: [type],
      // Only where there is a choice: a site in one language has no language filter.
      language: siteLanguages(graph).length > 1 ? [LANGUAGES[languageOf(e)].name] : [],
      year: date ? [String(date.getUTCFullYear())] : [],
      event: related(graph, e, 'events'),
      action: related(graph, e, 'actions'),
      person: related(graph, e, 'people'),
      organisation: related(graph, e, 'organisations'),
    },
  };
}

/** Search metadata for a page that is not an entry (timeline, figures): its type only. */
export const plainSearchData = (type: string): SearchData => ({ meta: { type }, filters: { type: [type] } });
