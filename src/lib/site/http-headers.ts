/**
 * The HTTP headers the site is served with, as data — the Content-Security-Policy (csp.ts) and
 * security headers for every page, the embed cards' own policy (any site may frame them), long
 * caching for fingerprinted assets, revalidation for everything else — and `_headers`, the way
 * Cloudflare Pages and Netlify are told (nginx and Caddy: server-configs.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { EXIT, visit } from 'unist-util-visit';
import { compactCss, EMBED_STYLESHEET, headerPolicy, LANGUAGES_STYLESHEET, PAGE_STYLESHEETS, scriptHash, styleHash } from './csp.ts';
import { LANGUAGE_CODES, SITE_LANGUAGE } from '../../schemas/languages.ts';
import { EMBED_SCRIPT } from './embeds.ts';
import { THEME_SCRIPT } from './theme.ts';
import { CITATION_FILE_TYPES } from './citation-files.ts';

export interface HeaderRules {
  /** Headers of every response. */
  all: Record<string, string>;
  /** Base-less path prefix ('/embed/') → headers that add to or replace those of `all` under it. */
  under: Record<string, Record<string, string>>;
  /** Files other sites read as data (a script on another origin fetching them), and the headers that allow it. */
  readable: { paths: string[]; headers: Record<string, string> };
}

/**
 * The files a page on another origin may read: each oEmbed response, each citation file, the
 * graph and its schema, the feed. Base-less patterns, `:name` for one path segment (as
 * Cloudflare Pages and Netlify write them in `_headers`).
 */
const READABLE_FILES = [
  '/embed/:kind/:id/oembed.json',
  '/embed/:kind/:id/:passage/oembed.json',
  ...Object.keys(CITATION_FILE_TYPES).map((ext) => `/sources/:id/cite.${ext}`),
  '/data/graph.json',
  '/data/graph.schema.json',
  '/feed.xml',
];

/**
 * A pattern as a regular expression of the path (nginx's and Caddy's way).
 * @example patternRegex('/sources/:id/cite.bib') // '^/sources/[^/]+/cite\\.bib$'
 */
export const patternRegex = (pattern: string) => `^${pattern.replace(/\./g, '\\.').replace(/:\w+/g, '[^/]+')}$`;

/**
 * The rules for a build whose pages inline stylesheets with these hashes.
 * @example headerRules(["'sha256-…'"]).under['/embed/']['Content-Security-Policy'] // "…; frame-ancestors *"
 */
export function headerRules(styleHashes: string[], embed = { style: '', script: EMBED_SCRIPT }): HeaderRules {
  return {
    all: {
      'Content-Security-Policy': headerPolicy(styleHashes, [scriptHash(THEME_SCRIPT)]),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      // Pages, the feed and the search index change with each build: a browser may keep them, and asks first.
      'Cache-Control': 'public, no-cache',
    },
    under: {
      '/embed/': { 'Content-Security-Policy': headerPolicy([styleHash(embed.style)], [scriptHash(embed.script)], 'any') },
      '/_astro/': { 'Cache-Control': 'public, max-age=31536000, immutable' },
      // Pagefind's entry files keep their names from build to build: they revalidate like pages.
      '/pagefind/': { 'Cache-Control': 'public, no-cache' },
    },
    // Public data, read without credentials: any origin may, as a browser-side oEmbed or citation consumer needs.
    readable: { paths: READABLE_FILES, headers: { 'Access-Control-Allow-Origin': '*' } },
  };
}

/**
 * The rules of a finished build in `dist` (project at `root`): the stylesheet every page inlines is
 * only known once Vite has processed it, so it is read from the built home page (its first) and hashed as the
 * pages' own <meta> policy hashes it; the stylesheets only some pages inline, as Base compacts them.
 */
export function builtHeaderRules(dist: string, root: string): HeaderRules {
  // The global sheet comes first on every page (Base); the home page's own is among PAGE_STYLESHEETS.
  let global: string | undefined;
  visit(fromHtml(readFileSync(join(dist, 'index.html'), 'utf8')), 'element', (el: Element) => {
    if (el.tagName !== 'style') return;
    global = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    return EXIT;
  });
  if (global === undefined) throw new Error(`headers: ${join(dist, 'index.html')} has no inline stylesheet to allow`);
  // The language bar's sheet is inlined only by a multilingual archive's pages — whose other languages have folders of their own (/fr/).
  const multilingual = LANGUAGE_CODES.some((l) => l !== SITE_LANGUAGE && existsSync(join(dist, l, 'index.html')));
  const pageStyles = PAGE_STYLESHEETS.filter((file) => multilingual || file !== LANGUAGES_STYLESHEET).map((file) =>
    compactCss(readFileSync(join(root, file), 'utf8')),
  );
  const embed = { style: compactCss(readFileSync(join(root, EMBED_STYLESHEET), 'utf8')), script: EMBED_SCRIPT };
  return headerRules([global, ...pageStyles].map(styleHash), embed);
}

/**
 * `_headers`: a rule for everything, then one per prefix. A header the prefix replaces is first
 * detached (`! Name`, as Cloudflare Pages reads it; a host that merges rules instead must be told by hand).
 */
export function headersFile(base: string, rules: HeaderRules): string {
  const b = base.replace(/\/$/, '');
  const block = (pattern: string, headers: Record<string, string>, replace = false) => [
    `${b}${pattern}`,
    ...Object.entries(headers).flatMap(([k, v]) => [...(replace && k in rules.all ? [`  ! ${k}`] : []), `  ${k}: ${v}`]),
    '',
  ];
  return [
    ...block('/*', rules.all),
    ...Object.entries(rules.under).flatMap(([prefix, h]) => block(`${prefix}*`, h, true)),
    // A readable file's header adds to the rules its path matches (hosts apply every matching block).
    ...rules.readable.paths.flatMap((path) => block(path, rules.readable.headers)),
  ].join('\n');
}
