/**
 * How a source page words what the site says of the text, in the page's words (words.ts): the
 * byline ("A news release published by INTERPOL on 11 June 2024.", "… in May 2016 (only the month
 * is known; see Provenance).", or undated) and the arrival note a reader who lands on one passage
 * sees ("A passage of …, a news release published by INTERPOL on 1 December 2023."). Each comes
 * as parts: text, and the slots a page fills with markup (the publisher's link, the date, the title).
 */
import type { ContentGraph, EntryOf } from '../content/graph.ts';
import { isoAt } from '../content/dates.ts';
import { precisionOf, publisherOf, sourceDateText } from './routes.ts';
import { capitalised, fill, partsOf, type Part, type Words } from './words.ts';

export interface Byline {
  /** The date: its `datetime` and its words. */
  when?: { iso: string; text: string };
  /** The byline: text, `{publisher}` and `{date}` slots. */
  lede: Part[];
  /** The arrival note: text and a `{title}` slot. */
  arrival: Part[];
}

export function bylineOf(graph: ContentGraph, source: EntryOf<'sources'>, w: Words): Byline {
  const d = source.data;
  const when = d.date && { iso: isoAt(d.date, precisionOf(source)), text: sourceDateText(source, w.lang) };
  const day = d.datePrecision === 'day';
  const publisher = publisherOf(graph, source, w.lang);
  // "a news release published by {publisher}": the slot stays for the lede's link, the arrival note names it.
  const what = w.t(publisher ? 'byline.by' : 'byline.alone', { kind: w.t(`kind.${d.kind}`) });
  const on = when ? w.t(day ? 'byline.on' : 'byline.in') : '';
  const sentence = when
    ? w.t(day ? 'byline.day' : 'byline.partial', {
        what,
        when: on,
        precision: d.datePrecision === 'day' ? '' : w.t(`precision.${d.datePrecision as 'month' | 'year'}`),
      })
    : w.t('byline.undated', { what });
  const arrival = w.t(when ? 'arrival.dated' : 'arrival.undated', {
    what: fill(what, { publisher: publisher ?? '' }),
    when: fill(on, { date: when ? when.text : '' }),
  });
  return { ...(when ? { when } : {}), lede: partsOf(capitalised(sentence)), arrival: partsOf(arrival) };
}
