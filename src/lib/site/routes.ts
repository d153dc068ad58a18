/**
 * URLs and labels of entries: the one place that knows where each kind of page lives.
 * Paths here are base-less ("/sources/x/"); `withBase` adds the deployment's base path.
 */
import { COLLECTIONS, PAGE_COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import type { ContentGraph, EntryOf, EntryRef, GraphEntry } from '../content/graph.ts';
import { formatDate } from '../content/dates.ts';
import { capitalised } from './word-forms.ts';

/** The site's own name, as its pages, previews and citations (as the archive of a copy) give it. */
export const SITE_NAME = 'The Vienna Declaration';

/** The kinds of page, in the order the site presents them, with their section names. */
export const SECTIONS = PAGE_COLLECTIONS.map((collection) => ({ collection, title: COLLECTIONS[collection].title, singular: COLLECTIONS[collection].one }));

/** The section of a collection with pages. */
export function sectionOf(collection: CollectionName) {
  const s = SECTIONS.find((x) => x.collection === collection);
  if (!s) throw new Error(`no section for collection "${collection}"`);
  return s;
}

/**
 * A site page's path in a language: the English page's own, the others' under their code (the
 * home, the sources index and year archives, search and 404 exist in each language the archive
 * holds: language-pages.ts).
 * @example inLanguage('/sources/', 'fr') // '/fr/sources/'
 */
export const inLanguage = (path: string, lang: string) => (lang === 'en' ? path : `/${lang}${path}`);

/** Path of a section's index, without the base: /sources/. */
export const sectionPath = (collection: CollectionName) => `/${sectionOf(collection).collection}/`;

/** The sections whose index exists in each of the archive's languages (language-pages.ts); the others' in English only. */
const IN_EVERY_LANGUAGE: ReadonlySet<CollectionName> = new Set(['sources']);
export const indexInEveryLanguage = (collection: CollectionName) => IN_EVERY_LANGUAGE.has(collection);

/** Path of a section's index for a page in `lang`: its own where the section has one, else the English. */
export const sectionPathIn = (collection: CollectionName, lang: string) => inLanguage(sectionPath(collection), indexInEveryLanguage(collection) ? lang : 'en');

/**
 * Path of an entry's page, without the base.
 * @example pathOf({ collection: 'events', id: 'tirana-2024' }) // '/events/tirana-2024/'
 */
export function pathOf(ref: EntryRef): string {
  return `${sectionPath(ref.collection)}${ref.id}/`;
}

/**
 * Path of the embed card for an entry (a quote or a source) or one passage of a source.
 * @example embedPathOf({ collection: 'quotes', id: 'q' }) // '/embed/quotes/q/'
 */
export function embedPathOf(ref: EntryRef, passage?: string): string {
  return `/embed${pathOf(ref)}${passage ? `${passage}/` : ''}`;
}

/** Where an embed card's oEmbed file lives, beside the card (give it the card's path; a passage's card at a fragment has its source card's). */
export const oembedPath = (cardPath: string) => `${cardPath.split('#')[0]}oembed.json`;

/** Resolves site paths (base-less, e.g. "/sources/x/") to absolute URLs (page-meta.ts binds one to the build's site). */
export type Absolute = (path: string) => string;

/** Absolute URL of a site path, for canonical links, feeds and previews. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** Prefix a site path with the base path (`base` as Astro gives it: '/' or '/sub/'). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/**
 * A published path without the base path: the page's own address, as the URL contract and the
 * sitemap name it (the other half of `withBase`).
 * @example withoutBase('/vienna/', '/vienna/sources/x/') // '/sources/x/'
 */
export const withoutBase = (base: string, pathname: string) => `/${pathname.slice(base.length).replace(/^\//, '')}`;

/** Link to one passage (or heading) of an entry's page, under the site's base path. */
export function passageHref(base: string, ref: EntryRef, anchor: string): string {
  return `${withBase(base, pathOf(ref))}#${anchor}`;
}

/** The name a link to an entry shows. */
export function labelOf(entry: GraphEntry): string {
  switch (entry.collection) {
    case 'actions':
      return `${entry.data.number}. ${entry.data.shortTitle}`;
    case 'events':
      return entry.data.shortTitle;
    case 'people':
    case 'organisations':
    case 'places':
    case 'topics':
      return entry.data.name;
    case 'sources':
    case 'timeline':
      return entry.data.title;
    case 'figures':
      return entry.data.label;
    default:
      return entry.label ?? entry.id;
  }
}

/** The name a person, organisation, place or topic goes by in `lang` (the registry's first `names` of it), where it has one of its own. */
export function nameIn(entry: GraphEntry, lang: string): string | undefined {
  const names = 'names' in entry.data ? (entry.data.names as Partial<Record<string, string[]>> | undefined) : undefined;
  const own = lang === 'en' ? undefined : names?.[lang]?.[0];
  if (!own) return undefined;
  // An acronym (INTERPOL, UNODC) is written as it is in every Latin-script language; Arabic writes its own.
  if (lang !== 'ar' && 'name' in entry.data && /^[A-Z0-9-]+$/.test(String(entry.data.name))) return undefined;
  // The registry writes names as texts write them ("priorité de sécurité nationale"); a link starts with a capital.
  return capitalised(own, lang);
}

/** The date (or start date) an entry is ordered by, if it has one. */
export function dateOf(entry: GraphEntry): Date | undefined {
  if (entry.collection === 'sources' || entry.collection === 'timeline') return entry.data.date;
  if (entry.collection === 'events') return entry.data.start;
  return undefined;
}

/**
 * The site's one date order: oldest first, then by id. An undated entry has no place in time, so
 * it comes after every dated one — in this order and in `newestFirst` (archive.ts) alike.
 */
export function byDate(a: GraphEntry, b: GraphEntry): number {
  const [x, y] = [dateOf(a)?.getTime(), dateOf(b)?.getTime()];
  if (x === undefined || y === undefined) return x === y ? a.id.localeCompare(b.id) : x === undefined ? 1 : -1;
  return x - y || a.id.localeCompare(b.id);
}

/** The Declaration's own order: priority actions by their number (other entries keep their order). */
export function byActionNumber(a: GraphEntry, b: GraphEntry): number {
  return a.collection === 'actions' && b.collection === 'actions' ? a.data.number - b.data.number : 0;
}

/** The description an entry states, if it has one (quotes take theirs from their words). */
export const descriptionOf = (e: GraphEntry): string | undefined => ('description' in e.data ? e.data.description : undefined);

/** How precisely an entry's date is known (sources may know only the month or year; a dated entry never "unknown"). */
export const precisionOf = (e: GraphEntry): 'day' | 'month' | 'year' =>
  e.collection === 'sources' && e.data.datePrecision !== 'unknown' ? e.data.datePrecision : 'day';

/** The name of a source's publisher, where it records one. */
export function publisherOf(graph: ContentGraph, source: EntryOf<'sources'>, lang = 'en'): string | undefined {
  const publisher = source.data.publisher && graph.get(source.data.publisher);
  return publisher ? (nameIn(publisher, lang) ?? labelOf(publisher)) : undefined;
}

/** A source's date as attributions print it: at the precision known, or "n.d." (the citation styles' "no date"). */
export const sourceDateText = (source: EntryOf<'sources'>, lang = 'en'): string =>
  source.data.date ? formatDate(source.data.date, precisionOf(source), lang) : 'n.d.';
