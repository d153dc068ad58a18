/**
 * The content check: every rule the build enforces, run straight on the files in content/
 * in a second or two, reporting every problem at once as
 *   file:line — field — what is wrong — how to fix
 * Used by `npm run check` and, before anything is written, by every build
 * (src/integrations/check-and-previews.ts). Shares the schemas (src/schemas/content.ts), the
 * passages (passages.ts) and the graph's rules (graph.ts) with the site, so the two cannot
 * disagree; what is checked here alone is what only reading the files can see (YAML syntax,
 * schemas, MDX syntax, two files with one slug).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { bodyFormatOf, COLLECTION_NAMES, COLLECTIONS } from '../../schemas/collections.ts';
import { contentSchemas, plainRef } from '../../schemas/content.ts';
import { passagesOfBody } from './passages.ts';
import { escapeRegExp } from './mentions.ts';
import { FRONTMATTER } from './frontmatter.ts';
import { ContentGraph, type EntryRef, type GraphEntry } from './graph.ts';
import { ContentError, formatProblem, type Problem } from './problems.ts';

const schemas = contentSchemas(plainRef);

/** 1-based line of a field in a file's text: `field:` at the start of a line, after the entry's `id:` line if given. */
function lineOf(text: string, field?: string, entry?: string): number | undefined {
  const lines = text.split('\n');
  let from = 0;
  if (entry) {
    const at = lines.findIndex((l) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${escapeRegExp(entry)}["']?\\s*$`).test(l));
    if (at >= 0) from = at;
  }
  if (!field) return entry ? from + 1 : undefined;
  const key = field.replace(/[[.].*$/, '');
  const at = lines.findIndex((l, i) => i >= from && new RegExp(`^\\s*-?\\s*${key}\\s*:`).test(l));
  return at >= 0 ? at + 1 : from + 1;
}

/** Zod issues as problems, each with its field path. */
function schemaProblems(file: string, text: string, issues: { path: PropertyKey[]; message: string }[], entry?: string): Problem[] {
  return issues.map((i) => {
    const field = i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join('') || undefined;
    const message = /received undefined$/.test(i.message) ? 'missing — this field is required; add it' : i.message;
    return { file, entry, field, message: message.includes(' — ') ? message : `${message} — see the schema in src/schemas/content.ts`, line: lineOf(text, field, entry) };
  });
}

interface Loaded {
  entries: GraphEntry[];
  /** Entries that failed their schema: they exist, so references to them are not reported too. */
  known: EntryRef[];
  problems: Problem[];
  texts: Map<string, string>;
}

/** Files under `dir` (project-relative) matching `pattern` (a file extension, in folders too when it starts with two stars), in name order. */
function filesIn(root: string, dir: string, pattern: string): string[] {
  const deep = pattern.startsWith('**/');
  try {
    return readdirSync(join(root, dir), { recursive: deep, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => relative(root, join(d.parentPath, d.name)))
      // Top-level files first, so of two files with one name, the one in a folder is reported.
      .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  } catch {
    return []; // no such folder: an empty collection
  }
}

/** Read and schema-check every content file; work out each body's passages. */
async function load(root: string): Promise<Loaded> {
  const entries: GraphEntry[] = [];
  const known: EntryRef[] = [];
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  // Decoded as Astro's loaders decode: bytes that are not UTF-8 become U+FFFD, which the graph's text rule reports.
  const read = (file: string): string => {
    const text = readFileSync(join(root, file), 'utf8');
    texts.set(file, text);
    return text;
  };
  const yaml = (file: string, text: string, lineOffset = 0): unknown => {
    const doc = parseDocument(text);
    if (!doc.errors.length) return doc.toJS() ?? {};
    const error = doc.errors[0];
    problems.push({ file, message: `not valid YAML: ${error.message.split('\n')[0]} — fix the indentation or quoting`, line: (error.linePos?.[0].line ?? 0) + lineOffset || undefined });
    return undefined;
  };
  for (const collection of COLLECTION_NAMES) {
    const where = COLLECTIONS[collection].files;
    const format = bodyFormatOf(collection);
    const schema = schemas[collection];
    const add = (file: string, text: string, id: string, raw: unknown, entry?: string, body?: Pick<GraphEntry, 'body' | 'passages'>) => {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        problems.push(...schemaProblems(file, text, parsed.error.issues, entry));
        known.push({ collection, id });
        return;
      }
      // Parsed by its own collection's schema: the data is that collection's (TypeScript cannot pair the two across the loop).
      entries.push({ collection, id, filePath: file, data: parsed.data, ...body } as GraphEntry);
    };
    if ('file' in where) {
      let text: string;
      try {
        text = read(where.file);
      } catch {
        continue; // no such file: an empty collection
      }
      const list = yaml(where.file, text);
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        problems.push({ file: where.file, message: 'must be a list of entries, each starting "- id: …"', line: 1 });
        continue;
      }
      for (const item of list) {
        const { id = '', ...data } = item ?? {};
        if (!id) problems.push({ file: where.file, message: 'an entry has no id — give each entry "id: some-name"', line: 1 });
        add(where.file, text, String(id), data, String(id));
      }
      continue;
    }
    const ext = where.pattern.replace(/^.*\*/, '');
    const slugs = new Map<string, string>();
    for (const file of filesIn(root, where.dir, where.pattern)) {
      const name = file.replace(/^.*\//, '');
      if (!name.endsWith(ext)) {
        // A page with the other Markdown extension would be skipped by the build without a word.
        if (/\.(mdx?|ya?ml)$/.test(name)) problems.push({ file, message: `not a ${ext} file — ${collection} pages are ${ext} files; rename it to ${name.replace(/\.[^.]+$/, ext)}`, line: 1 });
        continue;
      }
      const id = name.slice(0, -ext.length);
      if (slugs.has(id)) {
        problems.push({ file, message: `duplicate slug "${id}" — ${slugs.get(id)} has the same name, so both would publish at the same address; rename one`, line: 1 });
        continue;
      }
      slugs.set(id, file);
      const text = read(file);
      if (!format) {
        const raw = yaml(file, text);
        if (raw !== undefined) add(file, text, id, raw);
        continue;
      }
      const m = FRONTMATTER.exec(text);
      if (!m) {
        problems.push({ file, message: 'no frontmatter — start the file with a --- fenced YAML block', line: 1 });
        continue;
      }
      const raw = yaml(file, m[1], 1);
      if (raw === undefined) continue;
      const body = text.slice(m[0].length);
      try {
        add(file, text, id, raw, undefined, { body, passages: await passagesOfBody(body, format) });
      } catch (err) {
        // MDX that does not compile: the compiler says where.
        const place = err as { line?: number; place?: { line?: number; start?: { line?: number } } };
        const line = place.line ?? place.place?.line ?? place.place?.start?.line;
        const offset = m[0].split('\n').length - 1;
        problems.push({ file, field: 'body', message: `invalid MDX: ${(err as Error).message.split('\n')[0]} — escape { } < > with a backslash, or close the tag`, line: line ? line + offset : undefined });
        add(file, text, id, raw, undefined, { body });
      }
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
  let graph: ContentGraph | undefined;
  try {
    graph = new ContentGraph(entries, { topics: false, known });
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    for (const p of err.problems) problems.push({ ...p, line: p.line ?? lineOf(texts.get(p.file) ?? '', p.field, p.entry) });
  }
  const unique = new Map(problems.map((p) => [formatProblem(p), p]));
  const sorted = [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems: sorted, graph: sorted.length ? undefined : graph };
}

/** Every problem in the content under `root`, sorted by file and line. */
export async function checkContent(root = process.cwd()): Promise<Problem[]> {
  return (await inspectContent(root)).problems;
}
