/** Finding dates in press texts in INTERPOL's four languages, for the importer. */

/** Month names in INTERPOL's four official languages (Arabic with its common variants). */
const MONTHS: Record<string, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
const ARABIC_VARIANTS: Record<string, number> = {
  ابريل: 3,
  إبريل: 3,
  يونيه: 5,
  يوليه: 6,
  اغسطس: 7,
  اكتوبر: 9,
  'كانون الثاني': 0,
  شباط: 1,
  آذار: 2,
  نيسان: 3,
  أيار: 4,
  حزيران: 5,
  تموز: 6,
  آب: 7,
  أيلول: 8,
  'تشرين الأول': 9,
  'تشرين الثاني': 10,
  'كانون الأول': 11,
};

/** Arabic-Indic (and Persian) digits to ASCII. */
export const westernDigits = (s: string) => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));

function monthIndex(name: string): number | undefined {
  const n = name.toLowerCase().normalize('NFC');
  for (const list of Object.values(MONTHS)) {
    const i = list.indexOf(n);
    if (i >= 0) return i;
  }
  if (n === 'setiembre') return 8;
  return ARABIC_VARIANTS[name];
}

export interface FoundDate {
  date: Date;
  /** The words as they stand in the text. */
  text: string;
  language: 'iso' | 'en' | 'fr' | 'es' | 'ar';
}

const real = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d ? date : undefined;
};

const ARABIC_MONTH = [...MONTHS.ar, ...Object.keys(ARABIC_VARIANTS)].sort((a, b) => b.length - a.length).join('|');
const PATTERNS: { language: FoundDate['language']; re: RegExp; parts: (m: RegExpExecArray) => [number, string | number, number] }[] = [
  { language: 'iso', re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, parts: (m) => [+m[3], +m[2] - 1, +m[1]] },
  { language: 'es', re: /\b(\d{1,2}) de ([a-záéíóú]+) de (\d{4})\b/giu, parts: (m) => [+m[1], m[2], +m[3]] },
  {
    language: 'fr',
    re: /\b(1er|\d{1,2}) (janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre) (\d{4})\b/giu,
    parts: (m) => [m[1] === '1er' ? 1 : +m[1], m[2].replace('fevrier', 'février').replace('aout', 'août').replace('decembre', 'décembre'), +m[3]],
  },
  { language: 'en', re: /\b(\d{1,2}) ([A-Z][a-z]+),? (\d{4})\b/g, parts: (m) => [+m[1], m[2], +m[3]] },
  { language: 'en', re: /\b([A-Z][a-z]+) (\d{1,2}),? (\d{4})\b/g, parts: (m) => [+m[2], m[1], +m[3]] },
  {
    language: 'ar',
    re: new RegExp(`([0-9\\u0660-\\u0669]{1,2})\\s+(${ARABIC_MONTH})\\s*،?\\s*([0-9\\u0660-\\u0669]{4})`, 'gu'),
    parts: (m) => [+westernDigits(m[1]), m[2], +westernDigits(m[3])],
  },
];

/**
 * Every full date (day, month, year) in a text, in the forms INTERPOL publishes: ISO,
 * English, French, Spanish and Arabic (Arabic-Indic digits too). Impossible dates are skipped.
 * @example findDates('١١ يونيو، ٢٠٢٤')[0].date // 2024-06-11
 */
export function findDates(text: string): (FoundDate & { index: number })[] {
  const found: (FoundDate & { index: number })[] = [];
  for (const { language, re, parts } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const [d, month, y] = parts(m);
      const mi = typeof month === 'number' ? month : monthIndex(month);
      if (mi === undefined || (language === 'en' && !MONTHS.en.includes(String(month).toLowerCase()))) continue;
      const date = real(y, mi, d);
      if (date && !found.some((f) => f.index === m.index)) found.push({ date, text: m[0], language, index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
