/** Dates as the site prints them: UTC, British order, at the precision the basis allows. */

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * @example formatDate(new Date('2016-05-23'), 'month') // 'May 2016'
 */
export function formatDate(date: Date, precision: 'day' | 'month' | 'year' = 'day'): string {
  if (precision === 'year') return String(date.getUTCFullYear());
  return (precision === 'month' ? MONTH : DAY).format(date);
}

/**
 * A date range, shortened where the ends share a month or year.
 * @example formatRange(new Date('2024-06-11'), new Date('2024-06-13')) // '11–13 June 2024'
 */
export function formatRange(start: Date, end: Date): string {
  if (start.getTime() === end.getTime()) return formatDate(start);
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
