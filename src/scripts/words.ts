/**
 * The scripts' words: a page in another language carries its own (`<body data-words>`, from the
 * dictionary: src/lib/site/words.ts); English ones come with the scripts — only the dictionary's
 * `browser` group is bundled.
 */
import { browser as english } from '../lib/site/dictionary/en.json';
import { fill, pluralOf, type Value } from '../lib/site/word-forms.ts';

type Key = keyof typeof english;
const own = document.body.dataset.words ? (JSON.parse(document.body.dataset.words) as Record<string, Value>) : undefined;
const lang = document.documentElement.lang || 'en';

/** A word in the page's language, its `{placeholders}` filled. */
export const word = (key: Key, vars?: Record<string, string | number>) => fill(pluralOf(own?.[key] ?? english[key], lang, 1), vars);

/** The form of a counted phrase for `count` (filled as `{count}`). */
export const counted = (key: Key, count: number, vars?: Record<string, string | number>) =>
  fill(pluralOf(own?.[key] ?? english[key], lang, count), { count, ...vars });
