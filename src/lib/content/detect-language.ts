/** What language a text is written in: the importer's guess and the content check's test share it. */
import { franc } from 'franc-min';
import { isArabic, LANGUAGE_CODES, LANGUAGES, type Language } from './language.ts';

/** Below this many letters a guess is not worth stating (a dateline, a title). */
const MIN_LETTERS = 120;

/**
 * The language a text is written in, among the site's four, or undefined when the text is too
 * short to tell. Arabic is told by its script; English, French and Spanish by franc's trigram
 * models (franc-min), which need a sentence or two.
 * @example detectLanguage('Les ministres ont adopté la Déclaration de Vienne sur la criminalité organisée transnationale, un appel à une coopération policière renforcée entre les pays membres.') // 'fr'
 */
export function detectLanguage(text: string): Language | undefined {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) return undefined;
  if (isArabic(text)) return 'ar';
  // franc picks the nearest of the languages it is given: a text in another script would get one.
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (latin / letters < 0.8) return undefined;
  const iso3 = franc(text, { only: LANGUAGE_CODES.map((c) => LANGUAGES[c].iso3), minLength: MIN_LETTERS });
  return LANGUAGE_CODES.find((c) => LANGUAGES[c].iso3 === iso3);
}
