/**
 * The scripts' words: a page in another language carries its own (`<body data-words>`, from the
 * dictionary: src/lib/site/words.ts); the English ones (the dictionary's `browser` group) come with
 * every page's script, which hands `word` to the source pages' script (source-page.ts).
 */
import { browser as english } from '../lib/site/dictionary/en.json';
import { fill, pluralOf, type Value } from '../lib/site/word-forms.ts';

const own = document.body.dataset.words ? (JSON.parse(document.body.dataset.words) as Record<string, Value>) : undefined;
const lang = document.documentElement.lang || 'en';

/** A word in the page's language, its `{placeholders}` filled (`count` chooses a plural form and fills `{count}`). */
export const word = (key: keyof typeof english, vars?: Record<string, string | number>, count = 1) =>
  fill(pluralOf(own?.[key] ?? english[key], lang, count), { count, ...vars });

export type Word = typeof word;
