/**
 * Reading content files: the one place that knows how a collection's files become entries —
 * which files (src/schemas/collections.ts), frontmatter and body, YAML, one entry per item of
 * a list file. The site's collections (through the content loader, src/lib/site/content-loader.ts)
 * and the content check (check.ts) both read content through it, and check it against the
 * collection's schema here, so a problem is reported the same way (with its line) by both.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { COLLECTIONS, bodyFormatOf, type CollectionName, type EntryRef } from '../../schemas/collections.ts';
import { contentSchemas, plainRef, type EntryData } from '../../schemas/content.ts';
import { FRONTMATTER } from './frontmatter.ts';
import { schemaProblems, type Problem } from './problems.ts';

/** An entry as its file holds it, before its schema is applied. */
interface RawEntry {
  id: string;
  /** Project-relative path of the file. */
  file: string;
  /** The whole file's text (shared by every entry of a list file). */
  text: string;
  /** Frontmatter, the YAML file, or the list item without its id. */
  data: unknown;
  /** Markdown body, for collections with one. */
  body?: string;
  /** For entries of a list file: their id, to find their line. */
  entry?: string;
}

/** Files under `dir` (project-relative) matching `pattern` (a file extension, in folders too when it starts with two stars). */
function filesIn(root: string, dir: string, pattern: string): string[] {
  try {
    return (
      readdirSync(join(root, dir), { recursive: pattern.startsWith('**/'), withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(root, join(d.parentPath, d.name)))
        // Top-level files first, so of two files with one name, the one in a folder is reported.
        .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))
    );
  } catch {
    return []; // no such folder: an empty collection
  }
}

/**
 * Every entry of a collection under `root`, and the problems that stop a file from being read
 * at all: YAML that does not parse, no frontmatter, a page with the wrong extension, two files
 * with one name, a list item without an id. Bytes that are not UTF-8 are decoded as U+FFFD, as
 * Astro decodes them; the graph's text rule reports them.
 */
export function readCollection(root: string, collection: CollectionName): { entries: RawEntry[]; problems: Problem[] } {
  const { files } = COLLECTIONS[collection];
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const yaml = (file: string, text: string, lineOffset = 0): unknown => {
    const doc = parseDocument(text);
    if (!doc.errors.length) return doc.toJS() ?? {};
    const error = doc.errors[0];
    problems.push({ file, message: `not valid YAML: ${error.message.split('\n')[0]} — fix the indentation or quoting`, line: (error.linePos?.[0].line ?? 0) + lineOffset || undefined });
    return undefined;
  };

  if ('file' in files) {
    let text: string;
    try {
      text = readFileSync(join(root, files.file), 'utf8');
    } catch {
      return { entries, problems }; // no such file: an empty collection
    }
    const list = yaml(files.file, text);
    if (list === undefined) return { entries, problems };
    if (!Array.isArray(list)) {
      problems.push({ file: files.file, message: 'must be a list of entries, each starting "- id: …"', line: 1 });
      return { entries, problems };
    }
    for (const item of list) {
      const { id: given, ...data } = (item ?? {}) as Record<string, unknown>;
      const id = typeof given === 'string' || typeof given === 'number' ? String(given) : '';
      if (!id) problems.push({ file: files.file, message: 'an entry has no id — give each entry "id: some-name"', line: 1 });
      else entries.push({ id, file: files.file, text, data, entry: id });
    }
    return { entries, problems };
  }

  const format = bodyFormatOf(collection);
  const ext = files.pattern.replace(/^.*\*/, '');
  const slugs = new Map<string, string>();
  for (const file of filesIn(root, files.dir, files.pattern)) {
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
    const text = readFileSync(join(root, file), 'utf8');
    if (!format) {
      const data = yaml(file, text);
      if (data !== undefined) entries.push({ id, file, text, data });
      continue;
    }
    const m = FRONTMATTER.exec(text);
    if (!m) {
      problems.push({ file, message: 'no frontmatter — start the file with a --- fenced YAML block', line: 1 });
      continue;
    }
    const data = yaml(file, m[1], 1);
    if (data !== undefined) entries.push({ id, file, text, data, body: text.slice(m[0].length) });
  }
  return { entries, problems };
}

const schemas = contentSchemas(plainRef);

/** An entry that passed its collection's schema. */
export interface ParsedEntry<C extends CollectionName = CollectionName> extends RawEntry {
  /** What the schema made of the data (dates as Dates, references as { collection, id }). */
  parsed: EntryData<C>;
}

/**
 * A collection's entries, each checked against its schema: those that pass, those that do not
 * (they exist, so references to them are not reported as well), and every problem, with lines.
 */
export function parseCollection<C extends CollectionName>(root: string, collection: C): { entries: ParsedEntry<C>[]; failed: EntryRef[]; problems: Problem[] } {
  const { entries: raw, problems } = readCollection(root, collection);
  const entries: ParsedEntry<C>[] = [];
  const failed: EntryRef[] = [];
  for (const e of raw) {
    const result = schemas[collection].safeParse(e.data);
    // The collection's own schema made it: its data is that collection's (TypeScript does not pair a lookup with its key).
    if (result.success) entries.push({ ...e, parsed: result.data as EntryData<C> });
    else {
      problems.push(...schemaProblems(e.file, e.text, result.error.issues, e.entry));
      failed.push({ collection, id: e.id });
    }
  }
  return { entries, failed, problems };
}
