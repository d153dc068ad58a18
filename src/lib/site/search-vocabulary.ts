/**
 * The vocabulary search forgives with (src/lib/site/forgiving-search.ts): every name the site knows
 * — people, organisations, places and topics with their aliases and their French, Spanish and
 * Arabic forms, the actions and events by their titles — each with the page it leads to, and the
 * stop words of the site's four languages from the `stopword` package. Written once a build as
 * /search/vocabulary.json; the search script fetches it only when a search needs help.
 */
import { ara, eng, fra, spa } from 'stopword';
import type { ContentGraph, GraphEntry } from '../content/graph.ts';
import { wordingsOf } from '../content/mentions.ts';
import { COLLECTIONS } from '../../schemas/collections.ts';
import type { Language } from '../../schemas/languages.ts';
import type { Vocabulary } from './forgiving-search.ts';
import { labelOf, pathOf, withBase } from './routes.ts';

/** The kinds of entry a reader may look up by name. */
const NAMED = ['people', 'organisations', 'places', 'topics', 'actions', 'events'] as const;

/** The stop words of each language (the `stopword` package's lists, by its ISO 639-3 names). */
const STOP_WORDS: Record<Language, string[]> = { en: eng, fr: fra, es: spa, ar: ara };

/** An entry's wordings: a named entry's name, aliases and forms in other languages; an action's or event's titles (and forms). */
function formsOf(e: GraphEntry): string[] {
  if (e.collection === 'actions' || e.collection === 'events') {
    const names = 'names' in e.data && e.data.names ? Object.values(e.data.names as Record<string, string[]>).flat() : [];
    return [e.data.title, e.data.shortTitle, ...names];
  }
  return wordingsOf(e.data as Parameters<typeof wordingsOf>[0]);
}

export function searchVocabulary(graph: ContentGraph, base: string): Vocabulary {
  return {
    entries: NAMED.flatMap((c) =>
      graph.all(c).map((e) => {
        // An action is looked up by its short title ("Information sharing"), not its numbered label.
        const label = e.collection === 'actions' ? e.data.shortTitle : labelOf(e);
        return { label, url: withBase(base, pathOf(e)), kind: COLLECTIONS[c].one, forms: [...new Set(formsOf(e))].filter((f) => f !== label) };
      }),
    ),
    stop: Object.fromEntries(Object.entries(STOP_WORDS).map(([lang, words]) => [lang, words.join(' ')])),
  };
}
