/**
 * What makes search forgive a reader (Pagefind matches words, not intentions, and has no fuzzy
 * search): the site's own vocabulary — every name it knows, in its four languages, with the page
 * it leads to — and the stop words of each language. Here the matching, shared by the build (which
 * writes the vocabulary: /search/vocabulary.json) and the browser (which loads it only when a
 * search needs help: src/scripts/search-forgives.ts). No imports: both sides use it.
 *
 * - `fold`: how two spellings are compared — case, diacritics ("Jurgen" is "Jürgen"), Arabic vowel
 *   marks, tatweel and the forms of alef, yeh and teh marbuta set aside;
 * - `suggestion`: the query with its misspelt words put right ("Interpl" → "INTERPOL"), and the
 *   entry a query names (or nearly names), whose page goes first;
 * - `withoutStopWords`: a question's meaningful words ("how many member countries" → "member
 *   countries"), never dropping a name or a number.
 */

import { fold, wordsOf } from './fold.ts';

export { fold };

/** One entry of the vocabulary: its label, page, kind (as search results name it) and every wording of it. */
interface VocabularyEntry {
  label: string;
  url: string;
  kind: string;
  forms: string[];
}

export interface Vocabulary {
  entries: VocabularyEntry[];
  /** Stop words by language code, as one space-separated string each. */
  stop: Record<string, string>;
}

/** How far a word of `length` letters may be from a name and still be taken for it: none under four letters, then one edit in four. */
export const tolerance = (length: number): number => (length < 4 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3);

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`; `max + 1` as soon as it must be more than `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row.push(d);
      least = Math.min(least, d);
    }
    if (least > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/** The vocabulary made ready to match against: each wording folded, and each word of them with the way names write it. */
export interface Matcher {
  entries: VocabularyEntry[];
  /** A wording's folded words, space-separated → the entry it names and the wording as written. */
  forms: Map<string, { entry: VocabularyEntry; form: string }>;
  /** Folded word of any wording → the word as the wording writes it (for a correction that reads right: "INTERPOL", "Jürgen"). */
  words: Map<string, string>;
  stop: Set<string>;
}

export function matcherOf(vocabulary: Vocabulary): Matcher {
  const forms = new Map<string, { entry: VocabularyEntry; form: string }>();
  const words = new Map<string, string>();
  for (const entry of vocabulary.entries)
    for (const form of [entry.label, ...entry.forms]) {
      const key = wordsOf(form).join(' ');
      if (!forms.has(key)) forms.set(key, { entry, form });
      for (const raw of form.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean)) if (!words.has(fold(raw))) words.set(fold(raw), raw);
    }
  const stop = new Set(Object.values(vocabulary.stop).flatMap((s) => s.split(' ').map(fold)));
  return { entries: vocabulary.entries, forms, words, stop };
}

/** The nearest of `candidates` to `word` within its tolerance (an exact one first, then the fewest edits, then the shortest). */
function nearest(word: string, candidates: Iterable<string>): { match: string; edits: number } | undefined {
  const max = tolerance(word.length);
  let best: { match: string; edits: number } | undefined;
  for (const c of candidates) {
    const edits = c === word ? 0 : distance(word, c, max);
    if (edits <= max && (!best || edits < best.edits || (edits === best.edits && c.length < best.match.length))) best = { match: c, edits };
    if (best?.edits === 0) break;
  }
  return best;
}

export interface Suggestion {
  /** The query put right, where a word of it was misspelt ("INTERPOL" for "Interpl"); absent when nothing needed putting right. */
  corrected?: string;
  /** The entry the query (or its correction) names, whose page goes first. */
  entry?: VocabularyEntry;
}

/** Queries this long are read as they are: a correction of a paragraph is no help, and matching it would be slow. */
const LONGEST = 80;

/** What the vocabulary makes of a query: a correction, the entry it names, or nothing. */
export function suggestion(query: string, m: Matcher): Suggestion {
  const words = wordsOf(query);
  if (!words.length || query.length > LONGEST) return {};
  const whole = words.join(' ');
  // The query as a whole names an entry, or nearly does ("Jurgen Stok", "Interpl").
  const named = nearest(whole, m.forms.keys());
  if (named) {
    const { entry, form } = m.forms.get(named.match)!;
    return named.edits === 0 ? { entry } : { corrected: form, entry };
  }
  // Else word by word: a word the vocabulary does not have, but nearly has, put right.
  let changed = false;
  const put = words.map((w) => {
    if (m.words.has(w) || m.stop.has(w) || /\p{N}/u.test(w)) return m.words.get(w) ?? w;
    const near = nearest(w, m.words.keys());
    if (!near || near.edits === 0) return w;
    changed = true;
    return m.words.get(near.match)!;
  });
  if (!changed) return {};
  const corrected = put.join(' ');
  return { corrected, entry: m.forms.get(wordsOf(corrected).join(' '))?.entry };
}

/**
 * A query's meaningful words: without the stop words of any of the site's languages, but never a
 * name the vocabulary knows or a number. Undefined when nothing would be dropped, or nothing kept.
 */
export function withoutStopWords(query: string, m: Matcher): string | undefined {
  const raw = query.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  const kept = raw.filter((w) => /\p{N}/u.test(w) || !m.stop.has(fold(w)) || (m.words.has(fold(w)) && w.length > 3));
  return kept.length && kept.length < raw.length ? kept.join(' ') : undefined;
}
