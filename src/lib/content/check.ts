/**
 * The content check: every rule the build enforces, run once straight on the files in content/
 * in a second or two, reporting every problem at once as
 *   file:line — field — what is wrong — how to fix
 * Used by `npm run check` and, before a page is rendered, by every build
 * (src/integrations/check-and-previews.ts). What reading the files shows (YAML syntax, schemas:
 * read.ts; MDX syntax: here), then every content rule (rules/) on the entries read; only content
 * that passes all of them is indexed as a graph.
 */
import { bodyFormatOf, COLLECTION_NAMES } from '../../schemas/collections.ts';
import { passagesOfBody } from './passages.ts';
import { parseCollection } from './read.ts';
import { ContentGraph, type EntryRef, type GraphEntry } from './graph.ts';
import { formatProblem, lineOf, type Problem } from './problems.ts';
import { contentOf, problemsIn } from './rules/index.ts';
import { dictionaryProblems } from '../site/words.ts';

interface Loaded {
  entries: GraphEntry[];
  /** Entries that failed their schema: they exist, so references to them are not reported too. */
  known: EntryRef[];
  problems: Problem[];
  texts: Map<string, string>;
}

/** Read and schema-check every content file; work out each body's passages. */
async function load(root: string): Promise<Loaded> {
  const entries: GraphEntry[] = [];
  const known: EntryRef[] = [];
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  for (const collection of COLLECTION_NAMES) {
    const format = bodyFormatOf(collection);
    const read = parseCollection(root, collection);
    problems.push(...read.problems);
    known.push(...read.failed);
    for (const { id, file, text, parsed, body } of read.entries) {
      texts.set(file, text);
      let passages;
      if (body !== undefined && format) {
        try {
          passages = await passagesOfBody(body, format);
        } catch (err) {
          // MDX that does not compile: the compiler says where.
          const place = err as { line?: number; place?: { line?: number; start?: { line?: number } } };
          const line = place.line ?? place.place?.line ?? place.place?.start?.line;
          const offset = text.slice(0, text.length - body.length).split('\n').length - 1;
          problems.push({ file, field: 'body', message: `invalid MDX: ${(err as Error).message.split('\n')[0]} — escape { } < > with a backslash, or close the tag`, line: line ? line + offset : undefined });
        }
      }
      // Parsed by its own collection's schema: the data is that collection's (TypeScript cannot pair the two across the loop).
      entries.push({ collection, id, filePath: file, data: parsed, body, passages } as GraphEntry);
    }
  }
  return { entries, known, problems, texts };
}

/**
 * Every problem in the content under `root`, sorted by file and line, and — when there are
 * none — the content graph (without topic mentions) for steps that need it next.
 */
export async function inspectContent(root = process.cwd()): Promise<{ problems: Problem[]; graph?: ContentGraph }> {
  const { entries, known, problems, texts } = await load(root);
  for (const p of problemsIn(contentOf(entries, known))) problems.push({ ...p, line: p.line ?? lineOf(texts.get(p.file) ?? '', p.field, p.entry) });
  // The site's words in each language (the project's, wherever the content is): a page must never show a raw key or a blank label.
  problems.push(...dictionaryProblems());
  const unique = new Map(problems.map((p) => [formatProblem(p), p]));
  const sorted = [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems: sorted, graph: sorted.length ? undefined : new ContentGraph(entries) };
}

/** Every problem in the content under `root`, sorted by file and line. */
export async function checkContent(root = process.cwd()): Promise<Problem[]> {
  return (await inspectContent(root)).problems;
}
