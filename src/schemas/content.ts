/**
 * The zod schema of every kind of content, written once and used twice: by Astro's content
 * collections (src/content.config.ts, with Astro's `reference()`) and by the fast content
 * check (src/lib/content/check.ts, `npm run check`, with a plain id → reference transform).
 */
import { z } from 'astro/zod';
import type { CollectionName, EntryRef } from './collections.ts';
import { LANGUAGE_CODES } from './languages.ts';

/** Makes the schema of a reference to an entry of `collection`. */
export type RefFn = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>>;

/** A plain reference, for code outside Astro: an id string becomes { collection, id }, as Astro's reference() makes it. */
export const plainRef: RefFn = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ collection, id }));

const text = z.string().trim().min(1, 'must not be empty');

/** A text's language: one of the site's four BCP 47 codes. */
const language = z.enum(LANGUAGE_CODES, {
  error: (issue) =>
    issue.input === undefined
      ? `missing — say which language the text is in: ${LANGUAGE_CODES.join(', ')}`
      : `${JSON.stringify(issue.input)} is not one of the site's languages — write the BCP 47 code of the text's language: ${LANGUAGE_CODES.join(', ')}`,
});

/** How texts in other languages write a name: language code → its forms there ("fr: [Vienne]", "ar: [فيينا]"). */
const names = z.partialRecord(language, z.array(text)).default({});

/** Marks a question the importer could not answer; the build refuses it until it is answered. */
export const QUESTION = '??';

/**
 * A calendar date: YYYY-MM-DD (or a YAML date). Impossible dates (2023-02-30) are refused
 * rather than rolled over into the next month as JavaScript would.
 */
const calendarDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3]) {
    ctx.addIssue({ code: 'custom', message: `"${iso}" is not a real date — write it as YYYY-MM-DD, e.g. 2023-11-27` });
    return z.NEVER;
  }
  return date;
});

/** Refuse any top-level field still holding an importer's question ("?? …"). */
function noOpenQuestions(value: unknown, ctx: z.RefinementCtx) {
  if (value && typeof value === 'object') {
    for (const [field, v] of Object.entries(value)) {
      if (typeof v === 'string' && v.startsWith(QUESTION)) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `unanswered question from the import: ${v.slice(QUESTION.length).trim()} — answer it or remove the field`,
        });
      }
    }
  }
  return value;
}

const removal = z.object({
  kind: z.enum(['carousel-counter', 'blank-lines', 'whitespace', 'repeated-paragraph', 'link-list-heading', 'title-line', 'date-label']),
  count: z.number().int().positive(),
  text: z.string(),
  summary: text,
});

/** The kinds of source the archive holds; what each is in every citation vocabulary: src/lib/site/bibliography.ts. */
export const SOURCE_KINDS = ['news release', 'news article', 'declaration'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function contentSchemas(reference: RefFn) {
  const refs = <C extends CollectionName>(collection: C) => z.array(reference(collection)).default([]);
  const passageId = z.string().regex(/^[a-z0-9-]+$/, 'must be a passage anchor id');
  return {
    sources: z.preprocess(
      noOpenQuestions,
      z
        .object({
          title: text,
          /** Why the title reads as it does, where the scraped text has no headline. */
          titleBasis: text.optional(),
          description: text.max(200),
          kind: z.enum(SOURCE_KINDS),
          /** The language the text is written in (BCP 47). */
          language,
          /** The source this text is a translation of (the same release in another language). */
          translationOf: reference('sources').optional(),
          /** The organisation that published the text, where known (citations without one start from the title). */
          publisher: reference('organisations').optional(),
          /** The people the text itself names as its authors (signatories); otherwise the publisher is the author. */
          authors: refs('people'),
          /** Where the publisher published the text, if known: citations name it beside this site's copy. */
          originalUrl: z.url({ protocol: /^https?$/, error: 'must be the http(s) address of the original publication' }).optional(),
          /** Absent only where the text carries no date and none is known: citations then say "n.d.". */
          date: calendarDate.optional(),
          datePrecision: z.enum(['day', 'month', 'year', 'unknown']),
          dateBasis: text,
          dateline: reference('places').optional(),
          seed: z.string().regex(/^[\w.-]+\.(txt|html?)$/, 'must be a file name in content/raw/'),
          events: refs('events'),
          actions: refs('actions'),
          people: refs('people'),
          organisations: refs('organisations'),
          places: refs('places'),
          cleanup: z.object({ restoredBreaks: z.number().int().min(0), removed: z.array(removal) }),
        })
        .refine((s) => (s.datePrecision === 'unknown') === (s.date === undefined), {
          message: 'give a date, or datePrecision "unknown" and no date',
          path: ['date'],
        }),
    ),
    actions: z.object({
      number: z.number().int().min(1).max(5),
      /** The Declaration's own heading for the action, verbatim. */
      title: text,
      shortTitle: text,
      /** The action's name as texts in French, Spanish and Arabic word it, for the importer's suggestions. */
      names,
      description: text.max(200),
      /** The Declaration's own paragraph for the action, verbatim. */
      wording: text,
      sources: refs('sources'),
      events: refs('events'),
    }),
    events: z
      .object({
        title: text,
        shortTitle: text,
        description: text.max(200),
        start: calendarDate,
        end: calendarDate,
        dateBasis: text,
        ordinalBasis: text.optional(),
        place: reference('places'),
        organisations: refs('organisations'),
        people: refs('people'),
        sources: refs('sources'),
        actions: refs('actions'),
      })
      .refine((e) => e.end >= e.start, { message: 'end must not be before start', path: ['end'] }),
    people: z.object({
      name: text,
      aliases: z.array(text).default([]),
      names,
      description: text.max(200),
      /** Roles exactly as a source states them, with that source. */
      roles: z.array(z.object({ role: text, source: reference('sources') })).min(1),
      organisations: refs('organisations'),
    }),
    organisations: z.object({
      name: text,
      aliases: z.array(text).default([]),
      names,
      description: text.max(200),
      basis: text.optional(),
      parent: reference('organisations').optional(),
      place: reference('places').optional(),
    }),
    places: z.object({
      name: text,
      names,
      kind: z.enum(['city', 'country', 'region']),
      country: reference('places').optional(),
      region: text.optional(),
      description: text.max(240),
    }),
    /** Crime areas and themes; which passages mention them is computed from their names. */
    topics: z.object({
      name: text,
      /** Other wordings to find in the texts (matched in any case). */
      aliases: z.array(text).default([]),
      names,
      description: text.max(240),
    }),
    /** Passage → action mapping: which passages of a source speak to which priority action. */
    evidence: z.object({
      source: reference('sources'),
      passage: passageId,
      actions: z.array(reference('actions')).min(1),
    }),
    /** Quotations: who said which passages of which source, at which event. */
    quotes: z.object({
      person: reference('people'),
      source: reference('sources'),
      event: reference('events').optional(),
      passages: z.array(passageId).min(1),
    }),
    /** Dated entries of the timeline, each resting on one source passage. */
    timeline: z
      .object({
        date: calendarDate.optional(),
        precision: z.enum(['day', 'month', 'year', 'unknown']),
        title: text,
        source: reference('sources'),
        passage: passageId,
        event: reference('events').optional(),
        place: reference('places').optional(),
        basis: text.optional(),
      })
      .refine((t) => (t.precision === 'unknown') === (t.date === undefined), { message: 'give a date, or precision "unknown" and no date', path: ['date'] }),
    /** Figures the sources state; each must appear verbatim in its passage. */
    figures: z.object({ figure: text, label: text, source: reference('sources'), passage: passageId }),
  };
}

/** The schemas, one per collection. */
type ContentSchemas = ReturnType<typeof contentSchemas>;

/** What an entry of collection `C` holds once its schema has parsed it (dates as Dates, references as { collection, id }). */
export type EntryData<C extends CollectionName> = z.output<ContentSchemas[C]>;
