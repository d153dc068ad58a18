/**
 * How a source page words what the site says of the text: its date as the byline gives it ("on
 * 11 June 2024", but "in May 2016", or undated) and the arrival note a reader who lands on one
 * passage sees ("…, a news release published by INTERPOL on 1 December 2023.").
 */
import type { ContentGraph, EntryOf } from '../content/graph.ts';
import { isoAt } from '../content/dates.ts';
import { precisionOf, publisherOf, sourceDateText } from './routes.ts';

export interface Byline {
  /** The date: its `datetime`, its words, and the preposition before them. */
  when?: { iso: string; text: string; on: 'on' | 'in' };
  /** What ends the byline's sentence — whole phrases, so a template's line breaks cannot put a space before a full stop. */
  end: string;
  /** The arrival note's words after the title. */
  arrival: string;
}

export function bylineOf(graph: ContentGraph, source: EntryOf<'sources'>): Byline {
  const d = source.data;
  const when = d.date && {
    iso: isoAt(d.date, precisionOf(source)),
    text: sourceDateText(source),
    on: d.datePrecision === 'day' ? ('on' as const) : ('in' as const),
  };
  const end = !d.date ? ', undated (see Provenance).' : d.datePrecision === 'day' ? '.' : ` (only the ${d.datePrecision} is known; see Provenance).`;
  const publisher = publisherOf(graph, source);
  const arrival = `, a ${d.kind}${publisher ? ` published by ${publisher}` : ''}${when ? ` ${when.on} ${when.text}` : ', undated'}.`;
  return { ...(when ? { when } : {}), end, arrival };
}
