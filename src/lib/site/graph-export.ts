/**
 * The machine-readable export: the whole content graph (entries, references, passages,
 * quotes, evidence, topic mentions) as one JSON document, with its JSON Schema generated
 * from the zod schema below — so the published schema and the data cannot disagree.
 * Published at /data/graph.json and /data/graph.schema.json.
 */
import { z } from 'astro/zod';
import { PASSAGE_KINDS } from '../content/passages.ts';
import { cslOf } from './csl-json.ts';
import { isRef, key, type ContentGraph, type EntryRef, type GraphEntry } from '../content/graph.ts';
import { SECTIONS, labelOf, pathOf } from './routes.ts';
import { isoDate } from '../content/dates.ts';
import type { Absolute } from './routes.ts';
import { LANGUAGE_CODES } from '../content/language.ts';

const id = z
  .string()
  .regex(/^[a-z]+\/[a-z0-9-]+$/)
  .describe('An entry id: "<collection>/<id>", e.g. "people/jurgen-stock"');
const url = z.url();

const exportSchema = z
  .object({
    version: z.literal(1),
    site: url.describe('The site the URLs below belong to'),
    entries: z.array(
      z.object({
        id,
        collection: z.enum(SECTIONS.map((s) => s.collection) as [string, ...string[]]),
        label: z.string().min(1),
        url,
        data: z.record(z.string(), z.unknown()).describe('The entry’s frontmatter; dates as ISO strings, references as entry ids'),
      }),
    ),
    references: z.array(z.object({ from: id, to: id, field: z.string().describe('Field path of the reference, or "text" for a topic named in the text') })),
    passages: z.array(
      z.object({
        entry: id,
        id: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .describe('Anchor id on the entry’s page'),
        kind: z.enum(PASSAGE_KINDS),
        text: z.string().min(1),
        url,
      }),
    ),
    quotes: z.array(z.object({ id, person: id, source: id, event: id.nullable(), passages: z.array(z.string()), text: z.string().min(1) })),
    evidence: z.array(z.object({ action: id, source: id, passage: z.string(), url })),
    topicMentions: z.array(z.object({ topic: id, source: id, passage: z.string(), url })),
    translations: z
      .array(z.object({ original: id, translation: id, language: z.enum(LANGUAGE_CODES).describe('The translation’s language (BCP 47)') }))
      .describe('Sources that are the same release in another language'),
    citations: z
      .array(z.looseObject({ id: z.string(), type: z.string(), title: z.string().min(1), URL: url }))
      .describe('Each source as a CSL-JSON item, as /sources/<id>/cite.json publishes it'),
  })
  .describe('The Vienna Declaration reference site: its content graph');

export type GraphExport = z.infer<typeof exportSchema>;

const idOf = (r: EntryRef) => key(r);

/** Frontmatter made JSON-safe: dates → ISO dates, references → entry ids. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(plain);
  if (isRef(value)) return idOf(value);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** The export document for a graph. */
export function graphExport(graph: ContentGraph, abs: Absolute): GraphExport {
  const pages: GraphEntry[] = SECTIONS.flatMap((s) => graph.all(s.collection));
  const isPage = new Set(pages.map(key));
  const passageUrl = (e: EntryRef, passage: string) => `${abs(pathOf(e))}#${passage}`;
  return {
    version: 1,
    site: abs('/'),
    entries: pages.map((e) => ({
      id: idOf(e),
      collection: e.collection,
      label: labelOf(e),
      url: abs(pathOf(e)),
      data: plain(e.data) as Record<string, unknown>,
    })),
    references: pages.flatMap((e) =>
      graph
        .linksOf(e)
        .filter((to) => isPage.has(key(to)))
        .map((to) => ({ from: idOf(e), to: idOf(to), field: graph.fieldsBetween(e, to).join(', ') })),
    ),
    passages: pages.flatMap((e) => graph.passages(e).map((p) => ({ entry: idOf(e), id: p.id, kind: p.kind, text: p.text, url: passageUrl(e, p.id) }))),
    quotes: graph.quotes().map((q) => ({
      id: idOf(q.entry),
      person: idOf(q.person),
      source: idOf(q.source),
      event: q.entry.data.event ? idOf(q.entry.data.event) : null,
      passages: q.passages.map((p) => p.id),
      text: q.text,
    })),
    evidence: graph
      .all('actions')
      .flatMap((a) =>
        graph.evidenceFor(a).map((ev) => ({ action: idOf(a), source: idOf(ev.source), passage: ev.passage.id, url: passageUrl(ev.source, ev.passage.id) })),
      ),
    topicMentions: graph
      .all('topics')
      .flatMap((t) =>
        graph.mentionsOf(t).map((m) => ({ topic: idOf(t), source: idOf(m.source), passage: m.passage.id, url: passageUrl(m.source, m.passage.id) })),
      ),
    translations: graph
      .all('sources')
      .flatMap((s) => (s.data.translationOf ? [{ original: idOf(s.data.translationOf), translation: idOf(s), language: s.data.language }] : [])),
    citations: graph.all('sources').map((source) => cslOf(graph, source, abs)),
  };
}

/** The JSON Schema of the export (draft 2020-12). */
export const exportJsonSchema = () => z.toJSONSchema(exportSchema);
