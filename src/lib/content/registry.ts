/**
 * The entity registry read straight from content/ (names and aliases of people,
 * organisations, places and topics), for code that runs outside Astro's content layer:
 * the Markdown pipeline's in-text links (astro.config.mjs) and the importer.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTION_NAMES, COLLECTIONS, DECLARATION } from '../../schemas/collections.ts';
import { termsOf, type NamedEntry, type Term } from './mentions.ts';

/** Every registry entry (the collections with names: people, organisations, places, topics), read raw. */
export function readRegistry(cwd = process.cwd()): (NamedEntry & { data: Record<string, unknown> })[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const { files, ...kind } = COLLECTIONS[collection];
    if (!('named' in kind) || !('dir' in files)) return [];
    const dir = join(cwd, files.dir);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => ({ collection, id: f.replace(/\.ya?ml$/, ''), data: { ...parse(readFileSync(join(dir, f), 'utf8')) } }));
  });
}

/**
 * Terms to link in source texts: people, organisations and places, plus the Declaration's
 * own name (so "Vienna Declaration" links to the Declaration, not "Vienna" to the city).
 */
export function linkTerms(cwd = process.cwd()): Term[] {
  const names = termsOf(readRegistry(cwd).filter((e) => e.collection !== 'topics'));
  return [...names, { text: 'Vienna Declaration', target: DECLARATION }];
}
