/**
 * URLs and labels of entries: the one place that knows where each kind of page lives.
 * Paths here are base-less ("/sources/x/"); `withBase` adds the deployment's base path.
 */
import type { EntryRef, GraphEntry } from '../content/graph.ts';

/** The kinds of page, in the order the site presents them, with their section names. */
export const SECTIONS = [
  { collection: 'actions', title: 'Priority actions', singular: 'Priority action' },
  { collection: 'events', title: 'Events', singular: 'Event' },
  { collection: 'sources', title: 'Sources', singular: 'Source' },
  { collection: 'people', title: 'People', singular: 'Person' },
  { collection: 'organisations', title: 'Organisations', singular: 'Organisation' },
  { collection: 'places', title: 'Places', singular: 'Place' },
  { collection: 'topics', title: 'Topics', singular: 'Topic' },
  { collection: 'quotes', title: 'Quotes', singular: 'Quote' },
] as const;

export type Collection = (typeof SECTIONS)[number]['collection'];

export function sectionOf(collection: string) {
  const s = SECTIONS.find((x) => x.collection === collection);
  if (!s) throw new Error(`no section for collection "${collection}"`);
  return s;
}

/**
 * Path of an entry's page, without the base.
 * @example pathOf({ collection: 'events', id: 'tirana-2024' }) // '/events/tirana-2024/'
 */
export function pathOf(ref: EntryRef): string {
  return `/${sectionOf(ref.collection).collection}/${ref.id}/`;
}

/** Absolute URL of a site path, for canonical links, feeds and previews. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** Prefix a site path with the base path (`base` as Astro gives it: '/' or '/sub/'). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** Link to one passage (or heading) of an entry's page, under the site's base path. */
export function passageHref(base: string, ref: EntryRef, anchor: string): string {
  return `${withBase(base, pathOf(ref))}#${anchor}`;
}

/** The name a link to an entry shows. */
export function labelOf(entry: GraphEntry): string {
  const d = entry.data;
  if (entry.collection === 'actions') return `${d.number}. ${d.shortTitle}`;
  if (entry.collection === 'events') return String(d.shortTitle);
  if (entry.label) return entry.label;
  return String(d.title ?? d.name);
}

/** The date (or start date) an entry is ordered by, if it has one. */
export function dateOf(entry: GraphEntry): Date | undefined {
  const d = entry.data.date ?? entry.data.start;
  return d instanceof Date ? d : undefined;
}

/** Oldest first (undated entries before dated ones), then by id: the site's one date order. */
export function byDate(a: GraphEntry, b: GraphEntry): number {
  return (dateOf(a)?.getTime() ?? 0) - (dateOf(b)?.getTime() ?? 0) || a.id.localeCompare(b.id);
}
