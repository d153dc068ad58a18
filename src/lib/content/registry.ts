/**
 * The entity registry read straight from content/ (names and aliases of people,
 * organisations, places and topics), for code that runs outside Astro's content layer:
 * the Markdown pipeline's in-text links (astro.config.mjs) and the importer.
 */
import { COLLECTION_NAMES, COLLECTIONS, DECLARATION } from '../../schemas/collections.ts';
import { termsOf, type NamedEntry, type Term } from './mentions.ts';
import { readCollection } from './read.ts';

/** Every registry entry (the collections with names: people, organisations, places, topics), read raw. */
export function readRegistry(cwd = process.cwd()): (NamedEntry & { data: Record<string, unknown> })[] {
  return COLLECTION_NAMES.filter((collection) => 'named' in COLLECTIONS[collection]).flatMap((collection) =>
    // The files the site reads, read the same way; a file that cannot be read is the content check's to report.
    readCollection(cwd, collection).entries.map((e) => ({ collection, id: e.id, data: typeof e.data === 'object' && e.data !== null ? { ...e.data } : {} })),
  );
}

/**
 * Terms to link in source texts: people, organisations and places, plus the Declaration's
 * own name (so "Vienna Declaration" links to the Declaration, not "Vienna" to the city).
 */
export function linkTerms(cwd = process.cwd()): Term[] {
  const names = termsOf(readRegistry(cwd).filter((e) => e.collection !== 'topics'));
  // Its name in French, Spanish and Arabic texts too, so "Déclaration de Vienne" is not the city.
  const declaration = ['Vienna Declaration', 'Déclaration de Vienne', 'Declaración de Viena', 'إعلان فيينا'];
  return [...names, ...declaration.map((text) => ({ text, target: DECLARATION }))];
}
