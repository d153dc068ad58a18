/**
 * The content check: every rule the build enforces, run straight on the files in content/
 * in a second or two, reporting every problem at once as
 *   file:line — field — what is wrong — how to fix
 * Used by `npm run check` and, before anything is written, by every build
 * (src/integrations/content-check.ts). Shares the schemas (src/schemas/content.ts) and the
 * graph rules (src/lib/graph.ts) with the site itself, so the two cannot disagree.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parseDocument } from 'yaml';
import { COLLECTION_FILES, contentSchemas, plainRef } from '../../schemas/content.ts';
import { passagesFromMarkdown } from './passages.ts';
import { escapeRegExp } from './mentions.ts';
import { FRONTMATTER } from './frontmatter.ts';
import { ContentGraph, ContentGraphError, type GraphEntry } from './graph.ts';
import { formatProblem, type Problem } from './problems.ts';

export { ContentCheckError, formatProblem, type Problem } from './problems.ts';

const schemas = contentSchemas(plainRef);

/** Decode bytes as UTF-8, or undefined if they are not. */
function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** 1-based line of a field in a file's text: `field:` at the start of a line, after the entry's `id:` line if given. */
export function lineOf(text: string, field?: string, entry?: string): number | undefined {
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
  problems: Problem[];
  texts: Map<string, string>;
}

/** Read, decode and schema-check every content file. */
function load(root: string): Loaded {
  const entries: GraphEntry[] = [];
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  const read = (abs: string): string | undefined => {
    const file = relative(root, abs);
    const text = utf8(readFileSync(abs));
    if (text === undefined) {
      problems.push({ file, message: 'the file is not valid UTF-8 — save it as UTF-8', line: 1 });
      return undefined;
    }
    texts.set(file, text);
    return text;
  };
  for (const [collection, where] of Object.entries(COLLECTION_FILES)) {
    const schema = (schemas as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } } }>)[collection];
    if ('file' in where) {
      const abs = join(root, where.file);
      if (!existsSync(abs)) continue;
      const text = read(abs);
      if (text === undefined) continue;
      const doc = parseDocument(text);
      if (doc.errors.length) {
        problems.push({ file: where.file, message: `not valid YAML: ${doc.errors[0].message.split('\n')[0]} — fix the indentation or quoting`, line: doc.errors[0].linePos?.[0].line });
        continue;
      }
      const list = doc.toJS();
      if (!Array.isArray(list)) {
        problems.push({ file: where.file, message: 'must be a list of entries, each starting "- id: …"', line: 1 });
        continue;
      }
      const seen = new Set<string>();
      for (const item of list) {
        const id = String(item?.id ?? '');
        if (!id) problems.push({ file: where.file, message: 'an entry has no id — give each entry "id: some-name"', line: 1 });
        else if (seen.has(id)) problems.push({ file: where.file, entry: id, message: `duplicate id "${id}" — ids must be unique in the file`, line: lineOf(text, undefined, id) });
        seen.add(id);
        const { id: _id, ...data } = item ?? {};
        const parsed = schema.safeParse(data);
        if (!parsed.success) problems.push(...schemaProblems(where.file, text, parsed.error!.issues, id));
        // An entry that fails its schema still exists: references to it should not fail too.
        entries.push({ collection, id, filePath: where.file, data: parsed.success ? (parsed.data as Record<string, unknown>) : {} });
      }
      continue;
    }
    const dirs = collection === 'sources' ? [where.dir, 'content/synthetic'] : [where.dir];
    const ext = where.pattern.slice(1);
    const ids = new Map<string, string>();
    for (const dir of dirs) {
      const absDir = join(root, dir);
      if (!existsSync(absDir)) continue;
      for (const name of readdirSync(absDir).sort()) {
        const file = `${dir}/${name}`;
        if (!name.endsWith(ext)) {
          // A page with the other Markdown extension would be skipped by the build without a word.
          if (/\.(mdx?|ya?ml)$/.test(name)) problems.push({ file, message: `not a ${ext} file — ${collection} pages are ${ext} files; rename it to ${name.replace(/\.[^.]+$/, ext)}`, line: 1 });
          continue;
        }
        const id = name.replace(/\.(mdx?|ya?ml)$/, '');
        if (ids.has(id)) {
          problems.push({ file, message: `duplicate slug "${id}" — ${ids.get(id)} has the same name, so both would publish at the same address; rename one`, line: 1 });
          continue;
        }
        ids.set(id, file);
        const text = read(join(root, file));
        if (text === undefined) continue;
        let raw: unknown;
        let body: string | undefined;
        if ('body' in where) {
          const m = FRONTMATTER.exec(text);
          if (!m) {
            problems.push({ file, message: 'no frontmatter — start the file with a --- fenced YAML block', line: 1 });
            continue;
          }
          const doc = parseDocument(m[1]);
          if (doc.errors.length) {
            problems.push({ file, message: `frontmatter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, line: (doc.errors[0].linePos?.[0].line ?? 0) + 1 });
            continue;
          }
          raw = doc.toJS();
          body = text.slice(m[0].length);
        } else {
          const doc = parseDocument(text);
          if (doc.errors.length) {
            problems.push({ file, message: `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, line: doc.errors[0].linePos?.[0].line });
            continue;
          }
          raw = doc.toJS();
        }
        const parsed = schema.safeParse(raw ?? {});
        if (!parsed.success) problems.push(...schemaProblems(file, text, parsed.error!.issues));
        entries.push({ collection, id, filePath: file, data: parsed.success ? (parsed.data as Record<string, unknown>) : {}, body });
      }
    }
  }
  return { entries, problems, texts };
}

/** MDX that does not compile, and passages whose anchors would collide. */
async function bodyProblems(entries: GraphEntry[], texts: Map<string, string>): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.body === undefined || !e.filePath) continue;
    const offset = (texts.get(e.filePath) ?? '').slice(0, (texts.get(e.filePath) ?? '').length - e.body.length).split('\n').length - 1;
    try {
      // Sources are plain Markdown (rendered by the content layer); other pages are MDX.
      if (e.filePath.endsWith('.mdx')) await compile(e.body);
    } catch (err) {
      const place = (err as { line?: number; place?: { line?: number; start?: { line?: number } } });
      const line = place.line ?? place.place?.line ?? place.place?.start?.line;
      problems.push({ file: e.filePath, field: 'body', message: `invalid MDX: ${(err as Error).message.split('\n')[0]} — escape { } < > with a backslash, or close the tag`, line: line ? line + offset : undefined });
      continue;
    }
    const seen = new Map<string, string>();
    for (const p of passagesFromMarkdown(e.body)) {
      if (seen.has(p.id)) problems.push({ file: e.filePath, field: 'body', message: `duplicate passage anchor "#${p.id}" — two passages have the same text ("${p.text.slice(0, 40)}…"); reword or merge one`, line: lineOf(texts.get(e.filePath)!, undefined) });
      seen.set(p.id, p.text);
    }
  }
  return problems;
}

/**
 * Every problem in the content under `root`, sorted by file and line, and — when there are
 * none — the content graph (without topic mentions) for steps that need it next.
 */
export async function inspectContent(root = process.cwd()): Promise<{ problems: Problem[]; graph?: ContentGraph }> {
  const { entries, problems, texts } = load(root);
  problems.push(...(await bodyProblems(entries, texts)));
  let graph: ContentGraph | undefined;
  try {
    graph = new ContentGraph(entries, { topics: false });
  } catch (err) {
    if (!(err instanceof ContentGraphError)) throw err;
    for (const d of err.details) problems.push({ ...d, line: lineOf(texts.get(d.file) ?? '', d.field, d.entry) });
  }
  const unique = new Map(problems.map((p) => [formatProblem(p), p]));
  const sorted = [...unique.values()].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems: sorted, graph: sorted.length ? undefined : graph };
}

/** Every problem in the content under `root`, sorted by file and line. */
export async function checkContent(root = process.cwd()): Promise<Problem[]> {
  return (await inspectContent(root)).problems;
}
