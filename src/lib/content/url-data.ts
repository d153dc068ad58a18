/**
 * Reads the URL-contract data from content/: the published-URL manifest, page redirects
 * and anchor aliases. Used by astro.config.mjs (redirects), the layout (alias anchors),
 * `npm run urls` and the tests, so all of them read the same files the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { AnchorAliases, Manifest, Redirects } from './url-contract.ts';
import { parseCollection, type ParsedEntry } from './read.ts';
import { ContentGraph } from './graph.ts';
import { isoAt } from './dates.ts';

export const MANIFEST_FILE = 'content/published-urls.json';
const root = (file: string, cwd: string) => join(cwd, file);

// The layout asks for the anchor aliases on every page: parse a file again only when it changed.
const parsed = new Map<string, { mtimeMs: number; data: unknown }>();

/** A page path: starts and ends with "/". */
const pagePath = z.string().regex(/^\/([\w-]+\/)*$/, 'page paths start and end with "/", e.g. /sources/name/');
const redirects = z.record(pagePath, pagePath);
const anchorAliases = z.record(pagePath, z.record(z.string(), z.string()));

/** A YAML file of page paths, checked against its schema; a problem names the file and key. */
function yamlMap<T>(file: string, cwd: string, schema: z.ZodType<T>): T {
  const path = root(file, cwd);
  const { mtimeMs } = statSync(path);
  const known = parsed.get(path);
  const data: unknown = known?.mtimeMs === mtimeMs ? known.data : (parse(readFileSync(path, 'utf8')) ?? {});
  parsed.set(path, { mtimeMs, data });
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue.path.length ? `key "${issue.path.join(' → ')}" — ` : ''}${issue.message}`);
  }
  return result.data;
}

export const readRedirects = (cwd = process.cwd()): Redirects => yamlMap('content/redirects.yaml', cwd, redirects);
export const readAnchorAliases = (cwd = process.cwd()): AnchorAliases => yamlMap('content/anchor-aliases.yaml', cwd, anchorAliases);
/**
 * The sources' index as the sitemap needs it, read straight from the files (astro.config.mjs has
 * no content store) with their schemas: entries that fail them are the content check's to report.
 */
function sourcesGraph(cwd: string): ContentGraph {
  const entries = parsedSources(cwd).map((e) => ({ collection: 'sources' as const, id: e.id, filePath: e.file, data: e.parsed }));
  return new ContentGraph(entries);
}

/** The sources as their schema reads them, parsed once per project root: the sitemap asks for versions and dates. */
const sourcesOf = new Map<string, ParsedEntry<'sources'>[]>();
function parsedSources(cwd: string): ParsedEntry<'sources'>[] {
  let entries = sourcesOf.get(cwd);
  if (!entries) sourcesOf.set(cwd, (entries = parseCollection(cwd, 'sources').entries));
  return entries;
}

/**
 * Sources that exist in several languages → every version's language and id (itself included),
 * for the sitemap's hreflang links: the graph's `versionsOf`, as the pages' own links have it.
 */
export function readSourceVersions(cwd = process.cwd()): Map<string, { lang: string; id: string }[]> {
  const graph = sourcesGraph(cwd);
  const versions = new Map<string, { lang: string; id: string }[]>();
  for (const source of graph.all('sources')) {
    const list = graph.versionsOf(source);
    if (list.length > 1) versions.set(source.id, list.map((v) => ({ lang: v.data.language, id: v.id })));
  }
  return versions;
}

export const readManifest = (cwd = process.cwd()): Manifest =>
  existsSync(root(MANIFEST_FILE, cwd)) ? (JSON.parse(readFileSync(root(MANIFEST_FILE, cwd), 'utf8')) as Manifest) : {};

/**
 * Each page dated to the day, with its date as the sitemap's `lastmod`: a source's page and cite
 * page, its date; an event's page, its last day. A source known only to its month or year has
 * none: @astrojs/sitemap writes a full timestamp, which would invent the day.
 */
export function readPageDates(cwd = process.cwd()): Map<string, string> {
  const dates = new Map<string, string>();
  for (const { id, parsed } of parsedSources(cwd)) {
    if (!parsed.date || parsed.datePrecision !== 'day') continue;
    dates.set(`/sources/${id}/`, isoAt(parsed.date, 'day')).set(`/sources/${id}/cite/`, isoAt(parsed.date, 'day'));
  }
  for (const { id, parsed } of parseCollection(cwd, 'events').entries) dates.set(`/events/${id}/`, isoAt(parsed.end, 'day'));
  return dates;
}
