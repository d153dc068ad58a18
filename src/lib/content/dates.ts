/**
 * Dates as the site prints them: UTC, at the precision the basis allows, in the page's language —
 * English in British order ("1 December 2023"), French and Spanish as Intl writes them ("1 décembre
 * 2023", "1 de diciembre de 2023"), Arabic as INTERPOL's Arabic pages date their releases: Arabic-
 * Indic digits and the month's Gregorian name, a comma before the year ("١ ديسمبر، ٢٠٢٣" — its release
 * of 23 April 2024 is dated "٢٣ أبريل، ٢٠٢٤", and the Tirana source's own date line "١١ يونيو، ٢٠٢٤").
 * Plain Intl, no other import: the search script formats its results' dates with it too.
 */

/** The Intl locale of each language's dates ('ar-EG': Arabic-Indic digits and the month names INTERPOL uses). */
const LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ar: 'ar-EG' };
const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, precision: 'day' | 'month'): Intl.DateTimeFormat {
  const key = `${lang} ${precision}`;
  let f = formats.get(key);
  if (!f) {
    const day = precision === 'day' ? { day: 'numeric' as const } : {};
    f = new Intl.DateTimeFormat(LOCALES[lang] ?? lang, { ...day, month: 'long', year: 'numeric', timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}
const DAY = formatter('en', 'day');

/**
 * @example formatDate(new Date('2016-05-23'), 'month') // 'May 2016'
 * @example formatDate(new Date('2023-12-01'), 'day', 'ar') // '١ ديسمبر، ٢٠٢٣'
 */
export function formatDate(date: Date, precision: 'day' | 'month' | 'year' = 'day', lang = 'en'): string {
  if (precision === 'year') return lang === 'ar' ? formatter(lang, 'month').formatToParts(date).find((p) => p.type === 'year')!.value : String(date.getUTCFullYear());
  // French writes the first of the month as an ordinal: "1er décembre 2023".
  if (lang === 'fr' && precision === 'day' && date.getUTCDate() === 1) return formatter(lang, precision).format(date).replace(/^1 /, '1er ');
  if (lang !== 'ar') return formatter(lang, precision).format(date);
  // INTERPOL's order and comma: day, month, "،" year.
  const parts = formatter(lang, precision).formatToParts(date);
  const part = (t: string) => parts.find((p) => p.type === t)?.value;
  return `${precision === 'day' ? `${part('day')} ` : ''}${part('month')}، ${part('year')}`;
}

/**
 * A date range, shortened where the ends share a month or year.
 * @example formatRange(new Date('2024-06-11'), new Date('2024-06-13')) // '11–13 June 2024'
 */
export function formatRange(start: Date, end: Date, lang = 'en'): string {
  if (start.getTime() === end.getTime()) return formatDate(start, 'day', lang);
  // Other languages as Intl shortens a range in them.
  if (lang !== 'en') return lang === 'ar' ? `${formatDate(start, 'day', lang)} – ${formatDate(end, 'day', lang)}` : formatter(lang, 'day').formatRange(start, end);
  const [s, e] = [DAY.formatToParts(start), DAY.formatToParts(end)];
  const part = (p: Intl.DateTimeFormatPart[], t: string) => p.find((x) => x.type === t)!.value;
  if (part(s, 'year') !== part(e, 'year')) return `${formatDate(start)} – ${formatDate(end)}`;
  if (part(s, 'month') !== part(e, 'month')) return `${part(s, 'day')} ${part(s, 'month')} – ${formatDate(end)}`;
  return `${part(s, 'day')}–${formatDate(end)}`;
}

/** ISO date (YYYY-MM-DD) for `datetime` attributes. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** How precisely a date is known (a source may know only its month or year). */
export type Precision = 'day' | 'month' | 'year';

/**
 * A date as ISO 8601 writes it at the precision known — for `<time datetime>`, JSON-LD, Open Graph
 * and the sitemap, which all accept a reduced precision — never with an invented day.
 * @example isoAt(new Date('2016-05-23'), 'month') // '2016-05'
 */
export const isoAt = (date: Date, precision: Precision): string => isoDate(date).slice(0, { day: 10, month: 7, year: 4 }[precision]);
