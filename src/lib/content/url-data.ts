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
import { readCollection } from './read.ts';
import { LANGUAGE_CODES } from './language.ts';
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
  const data = known?.mtimeMs === mtimeMs ? known.data : (parse(readFileSync(path, 'utf8')) ?? {});
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
 * Sources that exist in several languages → every version's language and id (itself included),
 * for the sitemap's hreflang links. Read raw: the content check reports bad fields.
 */
export function readSourceVersions(cwd = process.cwd()): Map<string, { lang: string; id: string }[]> {
  const sources = readCollection(cwd, 'sources').entries.map((e) => {
    const data = (e.data ?? {}) as { language?: unknown; translationOf?: unknown };
    return { id: e.id, lang: String(data.language), original: typeof data.translationOf === 'string' ? data.translationOf : e.id };
  });
  const groups = Map.groupBy(sources, (s) => s.original);
  const versions = new Map<string, { lang: string; id: string }[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const list = group
      .map((s) => ({ lang: s.lang, id: s.id }))
      .sort((a, b) => LANGUAGE_CODES.indexOf(a.lang as never) - LANGUAGE_CODES.indexOf(b.lang as never));
    for (const v of list) versions.set(v.id, list);
  }
  return versions;
}

export const readManifest = (cwd = process.cwd()): Manifest =>
  existsSync(root(MANIFEST_FILE, cwd)) ? JSON.parse(readFileSync(root(MANIFEST_FILE, cwd), 'utf8')) : {};

const pageDate = z.object({ date: z.coerce.date(), datePrecision: z.enum(['day', 'month', 'year']).default('day') });

/**
 * Each page dated to the day, with its date as the sitemap's `lastmod`: a source's page and cite
 * page, its date; an event's page, its last day. A source known only to its month or year has
 * none: @astrojs/sitemap writes a full timestamp, which would invent the day. Read raw, as the
 * versions are (astro.config.mjs has no content store); an entry the check will reject is skipped.
 */
export function readPageDates(cwd = process.cwd()): Map<string, string> {
  const dates = new Map<string, string>();
  for (const e of readCollection(cwd, 'sources').entries) {
    const d = pageDate.safeParse(e.data);
    if (!d.success || d.data.datePrecision !== 'day') continue;
    const iso = isoAt(d.data.date, 'day');
    dates.set(`/sources/${e.id}/`, iso).set(`/sources/${e.id}/cite/`, iso);
  }
  for (const e of readCollection(cwd, 'events').entries) {
    const d = z.object({ end: z.coerce.date() }).safeParse(e.data);
    if (d.success) dates.set(`/events/${e.id}/`, isoAt(d.data.end, 'day'));
  }
  return dates;
}
