/**
 * The site's own words in its four languages: one dictionary a language (dictionary/<lang>.json,
 * `page` words for the build, `browser` words for the scripts), checked whole before a page is
 * built, and what a page asks of it — a word, a count's plural form, a date. The English names
 * of sections and languages stay in the lists that define them (collections.ts, languages.ts);
 * the other languages' dictionaries carry them as `section.*`, `one.*` and `language.*`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, PAGE_COLLECTIONS } from '../../schemas/collections.ts';
import { LANGUAGE_CODES, LANGUAGES, SITE_LANGUAGE, type Language } from '../../schemas/languages.ts';
import { formatDate, formatRange, type Precision } from '../content/dates.ts';
import type { Problem } from '../content/problems.ts';
import type english from './dictionary/en.json';

import { capitalised, fill, pluralOf, type Value } from './word-forms.ts';
export { capitalised, fill };

/** `page`: words the build writes; `browser`: the scripts'. */
interface Dictionary {
  page: Record<string, Value>;
  browser: Record<string, Value>;
}
const GROUPS = ['page', 'browser'] as const;

/** The sections named in the header and lists (a page collection's, and the timeline's). */
const SECTION_NAMES = [...PAGE_COLLECTIONS, 'timeline'] as const;
type Derived = `section.${(typeof SECTION_NAMES)[number]}` | `one.${(typeof PAGE_COLLECTIONS)[number]}` | `language.${Language}`;
export type PageKey = keyof (typeof english)['page'] | Derived;
type Vars = Record<string, string | number>;

export const dictionaryFile = (lang: Language) => `src/lib/site/dictionary/${lang}.json`;

/** The English words the code's own lists hold. */
function derivedEnglish(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const s of SECTION_NAMES) words[`section.${s}`] = COLLECTIONS[s].title;
  for (const c of PAGE_COLLECTIONS) words[`one.${c}`] = COLLECTIONS[c].one;
  for (const l of LANGUAGE_CODES) words[`language.${l}`] = LANGUAGES[l].name;
  return words;
}

const placeholders = (v: Value) => new Set([...(typeof v === 'string' ? [v] : Object.values(v)).join(' ').matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const pluralCategories = (lang: Language) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

/** Read one language's dictionary: the words, or the problem that stops the build. */
function read(root: string, lang: Language): { dictionary?: Dictionary; problem?: Problem } {
  const file = dictionaryFile(lang);
  if (!existsSync(join(root, file)))
    return {
      problem: {
        file,
        message: `${lang} — the site lists ${LANGUAGES[lang].name} (src/schemas/languages.ts) but has no words for it — write ${file} with every key of ${dictionaryFile(SITE_LANGUAGE)}`,
      },
    };
  try {
    const parsed = JSON.parse(readFileSync(join(root, file), 'utf8')) as Dictionary;
    return { dictionary: { page: parsed.page ?? {}, browser: parsed.browser ?? {} } };
  } catch (e) {
    return { problem: { file, message: `${lang} — not valid JSON: ${(e as Error).message} — fix the syntax` } };
  }
}

/**
 * Every problem of the dictionaries, as `file — key — language — fix`: a language with none, a key
 * missing, empty or unknown, a count without its language's plural forms, a placeholder dropped.
 */
export function dictionaryProblems(root = process.cwd()): Problem[] {
  const problems: Problem[] = [];
  const en = read(root, SITE_LANGUAGE);
  if (!en.dictionary) return [en.problem!];
  const derived = derivedEnglish();
  for (const lang of LANGUAGE_CODES) {
    const { dictionary, problem } = lang === SITE_LANGUAGE ? en : read(root, lang);
    if (!dictionary) {
      problems.push(problem!);
      continue;
    }
    const file = dictionaryFile(lang);
    const name = LANGUAGES[lang].name;
    for (const group of GROUPS) {
      const wanted: Record<string, Value> = { ...en.dictionary[group], ...(group === 'page' && lang !== SITE_LANGUAGE ? derived : {}) };
      const have = dictionary[group];
      for (const [key, english] of Object.entries(wanted)) {
        const field = `${group}.${key}`;
        const value = have[key];
        const shown = JSON.stringify(typeof english === 'string' ? english : english.other);
        if (value === undefined) problems.push({ file, field, message: `${lang} — missing — add the ${name} words for it (English: ${shown})` });
        else if (typeof english === 'string' && typeof value !== 'string')
          problems.push({ file, field, message: `${lang} — a count's forms where one text is wanted — write one text (English: ${shown})` });
        else if (typeof value === 'string' ? !value.trim() : Object.values(value).some((v) => !v?.trim()))
          problems.push({ file, field, message: `${lang} — empty — write the ${name} words for it (English: ${shown})` });
        else {
          if (typeof english !== 'string') {
            const forms = typeof value === 'string' ? [] : Object.keys(value);
            const categories = pluralCategories(lang);
            const lacking = categories.filter((c) => !forms.includes(c));
            const extra = forms.filter((c) => !categories.includes(c as Intl.LDMLPluralRule));
            if (typeof value === 'string' || lacking.length || extra.length)
              problems.push({
                file,
                field,
                message: `${lang} — a count needs one form for each of ${name}'s plural categories (${categories.join(', ')})${lacking.length ? `; missing: ${lacking.join(', ')}` : ''}${extra.length ? `; not ${name}'s: ${extra.join(', ')}` : ''} — write them as { "${categories.join('": …, "')}": … }`,
              });
          }
          const dropped = [...placeholders(english)].filter((p) => !placeholders(value).has(p) && !(key === 'results' && group === 'browser'));
          if (dropped.length)
            problems.push({
              file,
              field,
              message: `${lang} — drops ${dropped.map((p) => `{${p}}`).join(', ')}, which the site fills in — put ${dropped.length > 1 ? 'them' : 'it'} back where ${name} word order wants ${dropped.length > 1 ? 'them' : 'it'}`,
            });
        }
      }
      for (const key of Object.keys(have))
        if (!(key in wanted))
          problems.push({
            file,
            field: `${group}.${key}`,
            message: `${lang} — not a key of ${dictionaryFile(SITE_LANGUAGE)} — remove it, or add it to the English first`,
          });
    }
  }
  return problems;
}

/** The dictionaries' files as they stand, for the incremental build's page keys (an edited word renders its pages again). */
export const dictionaryDigest = (root = process.cwd()) =>
  LANGUAGE_CODES.map((l) => join(root, dictionaryFile(l)))
    .map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : ''))
    .join('\0');

/** What a page in one language asks of the dictionary. */
export interface Words {
  lang: Language;
  /** A word, its `{placeholders}` filled. */
  t(key: PageKey, vars?: Vars): string;
  /** The form of a counted phrase for `count` (filled as `{count}`). */
  n(key: PageKey, count: number, vars?: Vars): string;
  /** A word split around its placeholders, for those a page fills with markup (a link, a date): strings and `{ slot }` names. */
  parts(key: PageKey, vars?: Vars): Part[];
  date(date: Date, precision?: Precision): string;
  range(start: Date, end: Date): string;
  /** The scripts' words, for a page that is not in English (English ones come with the scripts). */
  browser: Record<string, Value>;
}

export type Part = string | { slot: string };
/** A text split around the placeholders left in it. */
export const partsOf = (text: string): Part[] =>
  text
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((p) => (/^\{\w+\}$/.test(p) ? { slot: p.slice(1, -1) } : p));

const made = new Map<Language, Words>();

/** The words of `lang` (read once a build; a bad dictionary stops the build with the check's message). */
export function wordsFor(lang: Language, root = process.cwd()): Words {
  const known = made.get(lang);
  if (known) return known;
  const { dictionary, problem } = read(root, lang);
  if (!dictionary) throw new Error(`${problem!.file} — ${problem!.message}`);
  const page: Record<string, Value> = lang === SITE_LANGUAGE ? { ...derivedEnglish(), ...dictionary.page } : dictionary.page;
  const get = (key: string): Value => {
    const v = page[key];
    // The content check has reported it before any page is built; this is the last guard.
    if (v === undefined) throw new Error(`${dictionaryFile(lang)} — page.${key} — ${lang} — missing: run npm run check`);
    return v;
  };
  const words: Words = {
    lang,
    t: (key, vars) => fill(pluralOf(get(key), lang, 1), vars),
    n: (key, count, vars) => fill(pluralOf(get(key), lang, count), { count, ...vars }),
    parts: (key, vars) => partsOf(fill(pluralOf(get(key), lang, 1), vars)),
    date: (date, precision) => formatDate(date, precision, lang),
    range: (start, end) => formatRange(start, end, lang),
    browser: dictionary.browser,
  };
  made.set(lang, words);
  return words;
}

/**
 * The words of the page being rendered: a page in another language sets them first (its
 * frontmatter runs before its layout and components), every component then reads them from
 * `Astro.locals` — as Starlight's `Astro.locals.t`. English when a page says nothing.
 */
export function pageWords(astro: { locals: App.Locals }, lang?: Language): Words {
  if (lang) astro.locals.words = wordsFor(lang);
  return astro.locals.words ?? wordsFor(SITE_LANGUAGE);
}
