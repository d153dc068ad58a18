/**
 * Mentions: where the names of entries (people, organisations, places, topics) occur in a
 * text. One matcher serves the in-text links of source pages (src/lib/markdown/mention-links.ts), the topic
 * pages' passage lists and the importer's suggested references.
 */
import type { CollectionName, EntryRef } from '../../schemas/collections.ts';

export interface Term {
  /** The words as they appear in text, e.g. "Al Raisi". */
  text: string;
  target: EntryRef;
  /** Topics match any case ("Cybercrime", "cybercrime"); names match as written. */
  caseless?: boolean;
}

export interface Mention {
  start: number;
  end: number;
  term: Term;
}

/** A string as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Typographic and typewriter apostrophes are one letter to a reader: "partage d’informations" is "partage d'informations". */
const APOSTROPHES = /['’]/g;
const sameApostrophe = (s: string) => s.replace(APOSTROPHES, "'");

/** A matcher for a list of terms: longest terms first, whole words only. */
export function mentionMatcher(terms: Term[]): (text: string) => Mention[] {
  const sorted = [...terms].sort((a, b) => b.text.length - a.text.length);
  const byKey = new Map(sorted.map((t) => [sameApostrophe(t.caseless ? t.text.toLowerCase() : t.text), t]));
  if (!sorted.length) return () => [];
  // \p{L}\p{N} boundaries rather than \b, so "Jürgen" and "Austria’s" behave.
  const termPattern = (t: Term) => escapeRegExp(t.text).replace(APOSTROPHES, "['’]");
  const alternatives = sorted.map((t) => (t.caseless ? `(?i:${termPattern(t)})` : termPattern(t)));
  let pattern: RegExp;
  try {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  } catch {
    // Engines without inline modifiers: fall back to case-insensitive and check case below.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(termPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }
  return (text) => {
    const found: Mention[] = [];
    for (const m of text.matchAll(pattern)) {
      const words = sameApostrophe(m[0]);
      const term = byKey.get(words) ?? byKey.get(words.toLowerCase());
      if (!term || (!term.caseless && sameApostrophe(term.text) !== words)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, term });
    }
    return found;
  };
}

/** An entry with a name and other wordings (people, organisations, places, topics), as parsed or as read raw. */
export interface NamedEntry {
  collection: CollectionName;
  id: string;
  data: { name?: unknown; aliases?: unknown; names?: unknown };
}

/** An entry's name, its other wordings, and its forms in other languages' texts. */
export function wordingsOf(data: NamedEntry['data']): string[] {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
  const other = typeof data.names === 'object' && data.names !== null ? Object.values(data.names).flatMap(list) : [];
  return [data.name, ...list(data.aliases), ...other].filter((w): w is string => typeof w === 'string');
}

/**
 * Terms for entries that have a `name` and `aliases` (people, organisations, places, topics).
 * @example termsOf([{ collection: 'people', id: 'x', data: { name: 'Jürgen Stock', aliases: ['Jurgen Stock'] } }]).map((t) => t.text) // ['Jürgen Stock', 'Jurgen Stock']
 */
export function termsOf(entries: readonly NamedEntry[]): Term[] {
  return entries.flatMap((e) => {
    const words = wordingsOf(e.data).filter((w) => w.length > 2);
    return words.map((text) => ({ text, target: { collection: e.collection, id: e.id }, caseless: e.collection === 'topics' }));
  });
}
