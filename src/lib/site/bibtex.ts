/**
 * A source's record as one BibTeX entry that both BibTeX and biblatex (biber) read without a
 * warning: the entry type and fields from the kind's row (bibliography.ts), only fields valid for
 * that type; names in UTF-8; the date as `year`, a month macro and `day` (BibTeX prints the month,
 * biber joins all three into its `date`); TeX's special characters escaped; the title's capitals
 * brace-protected, so a style that lowercases titles keeps INTERPOL and Vienna as the source writes them.
 *
 * Written here rather than by citation-js's BibTeX plugin, whose output failed biber's data-model
 * check (a month "nov 27", `publisher` on @misc, `howpublished` on @article) and escaped "ü" as
 * `{\" u}`, which Zotero reads back as `\" u` (README → Citations).
 */
import { LANGUAGES } from '../content/language.ts';
import { dateFields, type BibRecord, type Creator } from './bibliography.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** TeX's special characters as text: what a reader typed stays what BibTeX prints (braces balanced whatever the input). */
export function texEscape(text: string): string {
  const specials: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\textbraceleft{}',
    '}': '\\textbraceright{}',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return text.replace(/[\\{}~^]|[%&$#_]/g, (c) => specials[c] ?? `\\${c}`);
}

/**
 * A title with every word that holds a capital braced — bar a first word capitalised only at its
 * start, which styles keep anyway — so sentence-casing styles cannot lowercase names and acronyms.
 * @example protectCase('INTERPOL and UNODC agree') // '{INTERPOL} and {UNODC} agree'
 */
export function protectCase(title: string): string {
  return title
    .split(/(\s+)/)
    .map((word, i) => {
      if (/^\s*$/.test(word) || !/\p{Lu}/u.test(word)) return texEscape(word);
      if (i === 0 && !/\p{Lu}/u.test(word.slice(1))) return texEscape(word);
      return `{${texEscape(word)}}`;
    })
    .join('');
}

/** A name as BibTeX's name list wants it: "Family, Given"; an organisation or an unsplit name braced whole. */
const bibName = (c: Creator) => (c.person && c.family ? `${texEscape(c.family)}, ${texEscape(c.given ?? '')}` : `{${texEscape(c.name)}}`);

/** The record as a BibTeX entry, keyed by the source's id (stable: it is the page's address). */
export function bibtexOf(r: BibRecord): string {
  const fields: [string, string][] = [];
  const field = (name: string, value: string | undefined, raw = false) => {
    if (value) fields.push([name, raw ? value : `{${value}}`]);
  };
  field('author', r.creators.map(bibName).join(' and '));
  field('title', protectCase(r.title));
  // `institution` is a name list to biblatex: braced whole, "and" in a name does not split it.
  if (r.types.publisherAs === 'institution') field('institution', r.publisher && `{${texEscape(r.publisher)}}`);
  else field('journal', r.publisher && texEscape(r.publisher));
  field('type', r.types.genre);
  if ('entrysubtype' in r.types) field('entrysubtype', r.types.entrysubtype);
  if (r.date) {
    const f = dateFields(r.date);
    field('year', f.year);
    field('month', r.date.month ? MONTHS[r.date.month - 1] : undefined, true);
    field('day', f.day);
  }
  field('url', r.url);
  field('language', LANGUAGES[r.language].babel);
  field('langid', LANGUAGES[r.language].babel);
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@${r.types.bibtex}{${r.id},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`).join('\n')}\n}\n`;
}
