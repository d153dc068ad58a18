/**
 * How an element says which language its words are in, for the site's languages (the list:
 * src/schemas/languages.ts, which the schemas read too). No dependencies beyond that list: the
 * search script uses it in the browser (detecting a text's language is detect-language.ts).
 */

export { LANGUAGES, LANGUAGE_CODES, SITE_LANGUAGE, type Language } from '../../schemas/languages.ts';
import { LANGUAGES, SITE_LANGUAGE, type Language } from '../../schemas/languages.ts';

/** Attributes for an element whose text is in `lang`, inside text in `around` (nothing when they agree). */
export function langAttrs(lang: Language, around: Language = SITE_LANGUAGE): { lang?: Language; dir?: 'ltr' | 'rtl' } {
  if (lang === around) return {};
  // A change of direction is isolated by dir, so punctuation stays with its own words.
  return LANGUAGES[lang].dir === LANGUAGES[around].dir ? { lang } : { lang, dir: LANGUAGES[lang].dir };
}

/**
 * The mark for a block of the site's own words (labels, navigation, provenance), written in
 * `words`, on a page in `page`'s language: nothing where the dictionary speaks the page's language.
 * Only the language changes: the block keeps the page's direction, so an Arabic page stays right
 * to left throughout (global.css lets each English line take its own direction for its punctuation).
 */
export function siteWordsOn(page: Language, words: Language = SITE_LANGUAGE): { lang?: Language } {
  return page === words ? {} : { lang: words };
}

/** The language of one passage of a text in `declared`: its own where it is Arabic (an Arabic date line in an English release). */
export const passageLanguage = (text: string, declared: Language): Language => (isArabic(text) ? 'ar' : declared);

/** True when most letters of `text` are Arabic script. */
export function isArabic(text: string): boolean {
  // Most passages have no Arabic at all: say so without listing their letters.
  if (!/\p{Script=Arabic}/u.test(text)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  const arabic = text.match(/\p{Script=Arabic}/gu) ?? [];
  return letters.length > 0 && arabic.length / letters.length > 0.5;
}
