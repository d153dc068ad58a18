/**
 * The kinds of content — the one list of them: where each kind's files live, how its body is
 * parsed, what it is called, and whether it has pages of its own. The collections
 * (src/content.config.ts), the content check, the graph, the routes and the registry all read it.
 * Order is the order the site presents its sections in.
 */

interface Kind {
  /** A folder of files (`pattern` under `dir`), or one YAML file listing every entry. */
  files: { dir: string; pattern: string } | { file: string };
  /** Pages whose body is text: `md` (source texts, through Sätteri) or `mdx` (the team's pages). */
  body?: 'md' | 'mdx';
  /** Section title and the name of one entry, as the site shows them. */
  title: string;
  one: string;
  /** How messages name one entry ("no person …"). */
  noun: string;
  /** Entries with pages at /<collection>/<id>/. */
  pages: boolean;
  /** Entries with a name and aliases that are found in the texts. */
  named?: 'linked' | 'topic';
}

export const COLLECTIONS = {
  actions: { files: { dir: 'content/actions', pattern: '*.mdx' }, body: 'mdx', title: 'Priority actions', one: 'Priority action', noun: 'action', pages: true },
  events: { files: { dir: 'content/events', pattern: '*.mdx' }, body: 'mdx', title: 'Events', one: 'Event', noun: 'event', pages: true },
  // Sources may sit in folders of content/sources/; a page's id is its file name.
  sources: { files: { dir: 'content/sources', pattern: '**/*.md' }, body: 'md', title: 'Sources', one: 'Source', noun: 'source', pages: true },
  people: { files: { dir: 'content/people', pattern: '*.yaml' }, title: 'People', one: 'Person', noun: 'person', pages: true, named: 'linked' },
  organisations: {
    files: { dir: 'content/organisations', pattern: '*.yaml' },
    title: 'Organisations',
    one: 'Organisation',
    noun: 'organisation',
    pages: true,
    named: 'linked',
  },
  places: { files: { dir: 'content/places', pattern: '*.yaml' }, title: 'Places', one: 'Place', noun: 'place', pages: true, named: 'linked' },
  topics: { files: { dir: 'content/topics', pattern: '*.yaml' }, title: 'Topics', one: 'Topic', noun: 'topic', pages: true, named: 'topic' },
  quotes: { files: { file: 'content/quotes.yaml' }, title: 'Quotes', one: 'Quote', noun: 'quote', pages: true },
  evidence: { files: { file: 'content/evidence.yaml' }, title: 'Evidence', one: 'Evidence', noun: 'evidence record', pages: false },
  timeline: { files: { file: 'content/timeline.yaml' }, title: 'Timeline', one: 'Timeline entry', noun: 'timeline entry', pages: false },
  figures: { files: { file: 'content/figures.yaml' }, title: 'Figures', one: 'Figure', noun: 'figure', pages: false },
} as const satisfies Record<string, Kind>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Every collection, in the order the site presents them. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collections with pages of their own, in the order of the site's sections. */
export type PageCollection = { [C in CollectionName]: (typeof COLLECTIONS)[C]['pages'] extends true ? C : never }[CollectionName];
export const PAGE_COLLECTIONS = COLLECTION_NAMES.filter((c): c is PageCollection => COLLECTIONS[c].pages);

/** How a collection's bodies are parsed, if its entries have one. */
export function bodyFormatOf(collection: CollectionName): 'md' | 'mdx' | undefined {
  const kind: Kind = COLLECTIONS[collection];
  return kind.body;
}

/** A reference to an entry, as a schema's reference field yields it. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** The Vienna Declaration itself: the source the actions are part of and whose name is linked in every text. */
export const DECLARATION: EntryRef<'sources'> = { collection: 'sources', id: 'vienna-declaration' };
