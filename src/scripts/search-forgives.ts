/**
 * Search that forgives, in the browser: loaded by search.ts only when a search finds little or
 * only weak matches. The site's vocabulary (/search/vocabulary.json, fetched once) puts a
 * misspelt name right, names the entry a query means, and tells a question's meaningful words
 * (src/lib/site/forgiving-search.ts).
 */
import { matcherOf, suggestion, withoutStopWords, type Matcher, type Suggestion, type Vocabulary } from '../lib/site/forgiving-search.ts';

let matcher: Promise<Matcher> | undefined;

/** What the vocabulary offers for a query: a correction, the entry it names, its meaningful words. */
export interface Help extends Suggestion {
  /** The query without its stop words, where that differs. */
  shorter?: string;
}

export async function help(base: string, query: string): Promise<Help> {
  matcher ??= fetch(`${base}search/vocabulary.json`)
    .then((r) => r.json() as Promise<Vocabulary>)
    .then(matcherOf);
  const m = await matcher;
  return { ...suggestion(query, m), shorter: withoutStopWords(query, m) };
}
