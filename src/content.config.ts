/**
 * The content model: one collection per kind of page, each with its zod schema. References
 * between entries are typed with `reference()`; that they point at real entries is checked
 * by the content graph (src/lib/graph.ts), which names the file and field of a bad one.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

const text = z.string().trim().min(1, 'must not be empty');
const refs = <C extends Parameters<typeof reference>[0]>(collection: C) => z.array(reference(collection)).default([]);

const removal = z.object({
  kind: z.enum(['carousel-counter', 'blank-lines', 'whitespace', 'repeated-paragraph', 'link-list-heading', 'title-line', 'date-label']),
  count: z.number().int().positive(),
  text: z.string(),
  summary: text,
});

const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sources' }),
  schema: z.object({
    title: text,
    /** Why the title reads as it does, where the scraped text has no headline. */
    titleBasis: text.optional(),
    description: text.max(200),
    kind: z.enum(['news release', 'news article', 'declaration']),
    publisher: reference('organisations'),
    date: z.coerce.date(),
    datePrecision: z.enum(['day', 'month', 'year']),
    dateBasis: text,
    dateline: reference('places').optional(),
    seed: z.string().regex(/^[\w-]+\.txt$/, 'must be a file name in content/raw/'),
    events: refs('events'),
    actions: refs('actions'),
    people: refs('people'),
    organisations: refs('organisations'),
    places: refs('places'),
    cleanup: z.object({ restoredBreaks: z.number().int().min(0), removed: z.array(removal) }),
  }),
});

const actions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/actions' }),
  schema: z.object({
    number: z.number().int().min(1).max(5),
    /** The Declaration's own heading for the action, verbatim. */
    title: text,
    shortTitle: text,
    description: text.max(200),
    /** The Declaration's own paragraph for the action, verbatim. */
    wording: text,
    sources: refs('sources'),
    events: refs('events'),
  }),
});

const events = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/events' }),
  schema: z
    .object({
      title: text,
      shortTitle: text,
      description: text.max(200),
      start: z.coerce.date(),
      end: z.coerce.date(),
      dateBasis: text,
      ordinalBasis: text.optional(),
      place: reference('places'),
      organisations: refs('organisations'),
      people: refs('people'),
      sources: refs('sources'),
      actions: refs('actions'),
    })
    .refine((e) => e.end >= e.start, { message: 'end must not be before start', path: ['end'] }),
});

const people = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/people' }),
  schema: z.object({
    name: text,
    aliases: z.array(text).default([]),
    description: text.max(200),
    /** Roles exactly as a source states them, with that source. */
    roles: z.array(z.object({ role: text, source: reference('sources') })).min(1),
    organisations: refs('organisations'),
  }),
});

const organisations = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/organisations' }),
  schema: z.object({
    name: text,
    aliases: z.array(text).default([]),
    description: text.max(200),
    basis: text.optional(),
    parent: reference('organisations').optional(),
    place: reference('places').optional(),
  }),
});

const places = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/places' }),
  schema: z.object({
    name: text,
    kind: z.enum(['city', 'country', 'region']),
    country: reference('places').optional(),
    region: text.optional(),
    description: text.max(240),
  }),
});

/** Crime areas and themes; which passages mention them is computed from their names. */
const topics = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/topics' }),
  schema: z.object({
    name: text,
    /** Other wordings to find in the texts (matched in any case). */
    aliases: z.array(text).default([]),
    description: text.max(240),
  }),
});

/** Passage → action mapping: which passages of a source speak to which priority action. */
const evidence = defineCollection({
  loader: file('./content/evidence.yaml'),
  schema: z.object({
    source: reference('sources'),
    /** An anchor id on the source's page. */
    passage: z.string().regex(/^[a-z0-9-]+$/, 'must be a passage anchor id'),
    actions: z.array(reference('actions')).min(1),
  }),
});

/** Quotations: who said which passages of which source, at which event. */
const quotes = defineCollection({
  loader: file('./content/quotes.yaml'),
  schema: z.object({
    person: reference('people'),
    source: reference('sources'),
    event: reference('events').optional(),
    passages: z.array(z.string().regex(/^[a-z0-9-]+$/, 'must be a passage anchor id')).min(1),
  }),
});

/** Dated entries of the timeline, each resting on one source passage. */
const timeline = defineCollection({
  loader: file('./content/timeline.yaml'),
  schema: z
    .object({
      date: z.coerce.date().optional(),
      precision: z.enum(['day', 'month', 'year', 'unknown']),
      title: text,
      source: reference('sources'),
      passage: z.string().regex(/^[a-z0-9-]+$/, 'must be a passage anchor id'),
      event: reference('events').optional(),
      place: reference('places').optional(),
      basis: text.optional(),
    })
    .refine((t) => (t.precision === 'unknown') === (t.date === undefined), { message: 'give a date, or precision "unknown" and no date', path: ['date'] }),
});

/** Figures the sources state; each must appear verbatim in its passage. */
const figures = defineCollection({
  loader: file('./content/figures.yaml'),
  schema: z.object({
    figure: text,
    label: text,
    source: reference('sources'),
    passage: z.string().regex(/^[a-z0-9-]+$/, 'must be a passage anchor id'),
  }),
});

export const collections = { sources, actions, events, people, organisations, places, evidence, quotes, topics, timeline, figures };
