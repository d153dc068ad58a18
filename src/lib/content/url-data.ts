/**
 * Reads the URL-contract data from content/: the published-URL manifest, page redirects
 * and anchor aliases. Used by astro.config.mjs (redirects), the layout (alias anchors),
 * `npm run urls` and the tests, so all of them read the same files the same way.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AnchorAliases, Manifest, Redirects } from './url-contract.ts';

export const MANIFEST_FILE = 'content/published-urls.json';
const root = (file: string, cwd: string) => join(cwd, file);

// The layout asks for the anchor aliases on every page: parse a file again only when it changed.
const parsed = new Map<string, { mtimeMs: number; data: Record<string, any> }>();

function yamlMap(file: string, cwd: string): Record<string, any> {
  const path = root(file, cwd);
  const { mtimeMs } = statSync(path);
  const known = parsed.get(path);
  if (known?.mtimeMs === mtimeMs) return known.data;
  const data = parse(readFileSync(path, 'utf8')) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file}: must be a mapping of page paths`);
  for (const key of Object.keys(data)) {
    if (!/^\/([\w-]+\/)*$/.test(key)) throw new Error(`${file}: key "${key}" — page paths start and end with "/", e.g. /sources/name/`);
  }
  parsed.set(path, { mtimeMs, data });
  return data;
}

export const readRedirects = (cwd = process.cwd()): Redirects => yamlMap('content/redirects.yaml', cwd);
export const readAnchorAliases = (cwd = process.cwd()): AnchorAliases => yamlMap('content/anchor-aliases.yaml', cwd);
export const readManifest = (cwd = process.cwd()): Manifest =>
  existsSync(root(MANIFEST_FILE, cwd)) ? JSON.parse(readFileSync(root(MANIFEST_FILE, cwd), 'utf8')) : {};
