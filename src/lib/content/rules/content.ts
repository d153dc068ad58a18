/**
 * What every content rule reads: the entries (each with its file, data, body and passages) and
 * those that exist but failed their schema — plus the small helpers the rules share to say where
 * a problem is.
 */
import type { EntryRef } from '../../../schemas/collections.ts';
import { key, type GraphEntry } from '../graph.ts';
import type { Passage } from '../passages.ts';
import type { Problem } from '../problems.ts';

export interface Content {
  entries: readonly GraphEntry[];
  /** Entries that exist but failed their schema: references to them are not reported as well. */
  known: readonly EntryRef[];
  /** Each entry by key (`sources/x`), the last of two with one key, as the graph keeps it. */
  byKey: ReadonlyMap<string, GraphEntry>;
}

/** A rule: every problem of one kind in the content, each naming its file and field. */
export type Rule = (content: Content) => Problem[];

/** The content a rule reads, from the entries the check (or the site) loaded. */
export function contentOf(entries: readonly GraphEntry[], known: readonly EntryRef[] = []): Content {
  return { entries, known, byKey: new Map(entries.map((e) => [key(e), e])) };
}

/** The file a problem of an entry is reported in. */
export const fileOf = (e: GraphEntry): string => e.filePath ?? key(e);

/** An entry's id when it is one of several in a list file (YAML), to find its line. */
export function inList(e: GraphEntry): string | undefined {
  return e.filePath?.endsWith('.yaml') && !e.filePath.includes(`/${e.id}.`) ? e.id : undefined;
}

/** A body's text, passage by passage: what the same-text and the language rules read. */
export const textOf = (passages: readonly Passage[]) => passages.map((p) => p.text).join('\n');
