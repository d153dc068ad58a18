/**
 * The content collections, made from the content model's one list of them
 * (src/schemas/collections.ts) and its schemas (src/schemas/content.ts, shared with
 * `npm run check`). References go through Astro's `reference()`; that they point at real
 * entries is checked by the content rules (src/lib/content/rules/), which name the file and
 * field of a bad one.
 */
import { defineCollection, reference } from 'astro:content';
import type { CollectionName } from './schemas/collections.ts';
import { contentSchemas } from './schemas/content.ts';
import { contentLoader } from './lib/site/content-loader.ts';

// Astro's reference() yields { collection, id } for an id, as the schemas' RefFn says.
const schemas = contentSchemas(reference);

// Astro reads each collection's schema type from this object, so it names them one by one; the
// compiler holds the names to the content model's list (a missing or unknown one does not build).
export const collections = {
  actions: defineCollection({ loader: contentLoader('actions'), schema: schemas.actions }),
  events: defineCollection({ loader: contentLoader('events'), schema: schemas.events }),
  sources: defineCollection({ loader: contentLoader('sources'), schema: schemas.sources }),
  people: defineCollection({ loader: contentLoader('people'), schema: schemas.people }),
  organisations: defineCollection({ loader: contentLoader('organisations'), schema: schemas.organisations }),
  places: defineCollection({ loader: contentLoader('places'), schema: schemas.places }),
  topics: defineCollection({ loader: contentLoader('topics'), schema: schemas.topics }),
  quotes: defineCollection({ loader: contentLoader('quotes'), schema: schemas.quotes }),
  evidence: defineCollection({ loader: contentLoader('evidence'), schema: schemas.evidence }),
  timeline: defineCollection({ loader: contentLoader('timeline'), schema: schemas.timeline }),
  figures: defineCollection({ loader: contentLoader('figures'), schema: schemas.figures }),
} satisfies Record<CollectionName, unknown>;
