/**
 * A source's record as an RIS file, as the RIS specification writes one: `TY` first and `ER`
 * last, each tag as "XX  - value" on one line, `AU` once per author ("Family, Given"), `DA` as
 * YYYY/MM/DD/ zero-padded (a month alone: YYYY/MM//), the whole `ID`, and a newline after `ER  - `.
 * The publisher goes where Zotero's RIS import looks for the kind: `PB` (a report's institution)
 * or `T2` (a newspaper's name); `M3` carries a report's type.
 *
 * Written here rather than by citation-js's RIS plugin, which cut `ID` to 20 characters, wrote
 * dates unpadded and left the news article without `AU` and `DA` (README → Citations).
 */
import { dateFields, type BibRecord } from './bibliography.ts';

/** A value on one line: RIS has no continuation lines, so line breaks become spaces. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The record as an RIS file. */
export function risOf(r: BibRecord): string {
  const lines: string[] = [];
  const tag = (name: string, value: string | undefined) => {
    if (value) lines.push(`${name}  - ${oneLine(value)}`);
  };
  tag('TY', r.types.ris);
  tag('ID', r.id);
  tag('TI', r.title);
  for (const c of r.creators) tag('AU', c.person && c.family ? `${c.family}, ${c.given}` : c.name);
  if (r.types.publisherAs === 'institution') tag('PB', r.publisher);
  else tag('T2', r.publisher);
  tag('M3', r.types.genre);
  if (r.date) {
    const f = dateFields(r.date);
    tag('PY', f.year);
    tag('DA', `${f.year}/${f.month ?? ''}/${f.day ?? ''}/`);
  }
  tag('LA', r.language);
  tag('UR', r.url);
  lines.push('ER  - ');
  return `${lines.join('\n')}\n`;
}
