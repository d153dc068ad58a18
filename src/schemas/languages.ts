/**
 * The site's languages — INTERPOL's four: the one list of codes, names and writing directions.
 * Data only, here with the schemas that validate a source's language; how pages mark a language
 * is src/lib/content/language.ts.
 */

/** BCP 47 code → how the site names the language (in English and in itself), which way it is written, and its name for biblatex (`langid`). */
export const LANGUAGES = {
  en: { name: 'English', own: 'English', dir: 'ltr', iso3: 'eng', locale: 'en_GB', babel: 'english' },
  fr: { name: 'French', own: 'Français', dir: 'ltr', iso3: 'fra', locale: 'fr_FR', babel: 'french' },
  es: { name: 'Spanish', own: 'Español', dir: 'ltr', iso3: 'spa', locale: 'es_ES', babel: 'spanish' },
  ar: { name: 'Arabic', own: 'العربية', dir: 'rtl', iso3: 'arb', locale: 'ar_AR', babel: 'arabic' },
} as const;

export type Language = keyof typeof LANGUAGES;

/** The codes, in the order the site lists versions ("Also in: English · Français · Español · العربية"). */
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [Language, ...Language[]];

/** The language the site's own words are written in. */
export const SITE_LANGUAGE: Language = 'en';
