/**
 * What keeps every page's size independent of the archive's: lists that grow with the number of
 * releases are cut to their most recent few where they are shown, and given in full on pages of
 * their own, in pages of a fixed size at addresses that do not move — the sources by year
 * (/sources/2024/, /sources/2024/2/, …) and everything that mentions an entry
 * (/organisations/interpol/mentioned-in/, …/2/, …). The one module that decides what is cut where.
 */
import type { ContentGraph, EntryOf, GraphEntry } from '../content/graph.ts';
import { byDate, dateOf, pathOf, SECTIONS } from './routes.ts';

/** Entries of one kind shown where a list is cut ("Mentioned in", the home page, a topic's other sources). */
export const LIST_LIMIT = 10;
/**
 * Sources whose passages a topic's page quotes in full, oldest first; further sources are listed
 * (LIST_LIMIT of them), each with a link to its first such passage, and all of them have pages of
 * their own. Quoting them all made a topic page megabytes long at scale.
 */
export const TOPIC_QUOTED_SOURCES = 10;
/** Sources on the home page: as many as the site began with, so the page weighs the same at any size. */
export const HOME_LATEST = 5;
/** Items in the feed: what a reader's feed reader has not seen yet, not the whole archive. */
export const FEED_ITEMS = 50;
/** Entries per page of a complete list. */
const PAGE_SIZE = 100;
/** The archive segment of sources without a date. */
export const UNDATED = 'undated';

/** Newest first (undated last), then by id: the order of a cut list, so what is shown is what is new. */
export const newestFirst = (a: GraphEntry, b: GraphEntry) => (dateOf(a) && dateOf(b) ? byDate(b, a) : byDate(a, b));

/** One page of a complete list. */
export interface ListPage<T> {
  /** Base-less path of this page: the list's own path for page 1, then `<path><n>/`. */
  path: string;
  number: number;
  count: number;
  items: T[];
  /** Paths of the neighbouring pages, where there are. */
  prev?: string;
  next?: string;
}

/**
 * A list cut into pages at `path`, `path2/`, `path3/`…: page 1 keeps the list's own address.
 * @example paginate('/sources/2024/', [1, 2, 3], 2).map((p) => p.path) // ['/sources/2024/', '/sources/2024/2/']
 */
export function paginate<T>(path: string, items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  const at = (n: number) => (n === 1 ? path : `${path}${n}/`);
  return Array.from({ length: count }, (_, i) => ({
    path: at(i + 1),
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    prev: i > 0 ? at(i) : undefined,
    next: i + 1 < count ? at(i + 2) : undefined,
  }));
}

/** The archive year a source is filed under: the year of its date, or "undated". */
const yearOf = (source: EntryOf<'sources'>): string => (source.data.date ? String(source.data.date.getUTCFullYear()) : UNDATED);

/** Base-less path of a year of the source archive. */
export const yearPath = (year: string) => `/sources/${year}/`;

/** The sources by archive year, newest year first (undated last), each year oldest first — so its first pages keep their sources as the year goes on. */
export function sourceYears(graph: ContentGraph): { year: string; sources: EntryOf<'sources'>[] }[] {
  const years = Map.groupBy([...graph.all('sources')].sort(byDate), yearOf);
  return [...years.entries()]
    .map(([year, sources]) => ({ year, sources }))
    .sort((a, b) => (a.year === UNDATED ? 1 : b.year === UNDATED ? -1 : Number(b.year) - Number(a.year)));
}

/** Base-less path of the complete list of what mentions an entry. */
export const mentionedInPath = (e: GraphEntry) => `${pathOf(e)}mentioned-in/`;

/** What mentions an entry, newest first, when it is more than one panel shows — else nothing (no page of its own). */
export function mentionsBeyondPanel(graph: ContentGraph, e: GraphEntry): GraphEntry[] | undefined {
  const all = graph.backlinksOf(e).filter((x) => SECTIONS.some((s) => s.collection === x.collection));
  const groups = Map.groupBy(all, (x) => x.collection);
  return [...groups.values()].some((g) => g.length > LIST_LIMIT) ? all.sort(newestFirst) : undefined;
}
