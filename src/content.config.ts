/**
 * The content collections, made from the content model's one list of them
 * (src/schemas/collections.ts) and its schemas (src/schemas/content.ts, shared with
 * `npm run check`). References go through Astro's `reference()`; that they point at real
 * entries is checked by the content graph (src/lib/content/graph.ts), which names the file and
 * field of a bad one.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/collections.ts';
import { contentSchemas, type RefFn } from './schemas/content.ts';

// Astro's reference() yields { collection, id } for an id, as RefFn says; its own type is a
// conditional one TypeScript cannot resolve for a collection name that is not yet known.
const schemas = contentSchemas(reference as RefFn);

/** A page's id is its file name, wherever in its folder it sits (the check refuses two of one name). */
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Where a collection's entries are read from, as the content model says. */
function loaderOf(name: CollectionName) {
  const { files } = COLLECTIONS[name];
  return 'file' in files ? file(`./${files.file}`) : glob({ pattern: files.pattern, base: `./${files.dir}`, generateId: fileName });
}

// Astro reads each collection's schema type from this object, so it names them one by one; the
// compiler holds the names to the content model's list (a missing or unknown one does not build).
export const collections = {
  actions: defineCollection({ loader: loaderOf('actions'), schema: schemas.actions }),
  events: defineCollection({ loader: loaderOf('events'), schema: schemas.events }),
  sources: defineCollection({ loader: loaderOf('sources'), schema: schemas.sources }),
  people: defineCollection({ loader: loaderOf('people'), schema: schemas.people }),
  organisations: defineCollection({ loader: loaderOf('organisations'), schema: schemas.organisations }),
  places: defineCollection({ loader: loaderOf('places'), schema: schemas.places }),
  topics: defineCollection({ loader: loaderOf('topics'), schema: schemas.topics }),
  quotes: defineCollection({ loader: loaderOf('quotes'), schema: schemas.quotes }),
  evidence: defineCollection({ loader: loaderOf('evidence'), schema: schemas.evidence }),
  timeline: defineCollection({ loader: loaderOf('timeline'), schema: schemas.timeline }),
  figures: defineCollection({ loader: loaderOf('figures'), schema: schemas.figures }),
} satisfies Record<CollectionName, unknown>;
