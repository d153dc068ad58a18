/**
 * The entity registry read straight from content/ (names and aliases of people,
 * organisations, places and topics), for code that runs outside Astro's content layer:
 * the Markdown pipeline's in-text links (astro.config.mjs) and the importer.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { termsOf, type Term } from './mentions.ts';

export const ENTITY_COLLECTIONS = ['people', 'organisations', 'places', 'topics'] as const;

/** Every registry entry as { collection, id, data }. */
export function readRegistry(cwd = process.cwd()) {
  return ENTITY_COLLECTIONS.flatMap((collection) => {
    const dir = join(cwd, 'content', collection);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => ({ collection, id: f.replace(/\.ya?ml$/, ''), data: (parse(readFileSync(join(dir, f), 'utf8')) ?? {}) as Record<string, unknown> }));
  });
}

/**
 * Terms to link in source texts: people, organisations and places, plus the Declaration's
 * own name (so "Vienna Declaration" links to the Declaration, not "Vienna" to the city).
 */
export function linkTerms(cwd = process.cwd()): Term[] {
  const names = termsOf(readRegistry(cwd).filter((e) => e.collection !== 'topics'));
  return [...names, { text: 'Vienna Declaration', target: { collection: 'sources', id: 'vienna-declaration' } }];
}
