/**
 * The HTTP headers the site is served with, as data — the Content-Security-Policy (csp.ts) and
 * security headers for every page, the embed cards' own policy (any site may frame them), long
 * caching for fingerprinted assets — and the two ways a host is told: `_headers` (Cloudflare
 * Pages, Netlify) and an nginx server block (Debian's nginx; `npm run serve:prod`, the tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { compactCss, EMBED_STYLESHEET, headerPolicy, PAGE_STYLESHEETS, scriptHash, styleHash } from './csp.ts';
import { EMBED_SCRIPT } from './embeds.ts';
import { THEME_SCRIPT } from './theme.ts';

export interface HeaderRules {
  /** Headers of every response. */
  all: Record<string, string>;
  /** Base-less path prefix ('/embed/') → headers that add to or replace those of `all` under it. */
  under: Record<string, Record<string, string>>;
}

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
    },
    under: {
      '/embed/': { 'Content-Security-Policy': headerPolicy([styleHash(embed.style)], [scriptHash(embed.script)], 'any') },
      '/_astro/': { 'Cache-Control': 'public, max-age=31536000, immutable' },
      '/pagefind/': { 'Cache-Control': 'public, max-age=3600' },
    },
  };
}

/**
 * The rules of a finished build in `dist` (project at `root`): the stylesheet every page inlines is
 * only known once Vite has processed it, so it is read from the built home page and hashed as the
 * pages' own <meta> policy hashes it; the stylesheets only some pages inline, as Base compacts them.
 */
export function builtHeaderRules(dist: string, root: string): HeaderRules {
  const styles: string[] = [];
  visit(fromHtml(readFileSync(join(dist, 'index.html'), 'utf8')), 'element', (el: Element) => {
    if (el.tagName === 'style') styles.push(el.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
  });
  if (!styles.length) throw new Error(`headers: ${join(dist, 'index.html')} has no inline stylesheet to allow`);
  const pageStyles = PAGE_STYLESHEETS.map((file) => compactCss(readFileSync(join(root, file), 'utf8')));
  const embed = { style: compactCss(readFileSync(join(root, EMBED_STYLESHEET), 'utf8')), script: EMBED_SCRIPT };
  return headerRules([...styles, ...pageStyles].map(styleHash), embed);
}

/**
 * `_headers`: a rule for everything, then one per prefix. A header the prefix replaces is first
 * detached (`! Name`, as Cloudflare Pages reads it; a host that merges rules instead must be told by hand).
 */
export function headersFile(base: string, rules: HeaderRules): string {
  const b = base.replace(/\/$/, '');
  const block = (path: string, headers: Record<string, string>, replace = false) => [
    `${b}${path}*`,
    ...Object.entries(headers).flatMap(([k, v]) => [...(replace && k in rules.all ? [`  ! ${k}`] : []), `  ${k}: ${v}`]),
    '',
  ];
  return [...block('/', rules.all), ...Object.entries(rules.under).flatMap(([path, h]) => block(path, h, true))].join('\n');
}

/** nginx's quoting of a header value. */
const quoted = (v: string) => `"${v.replace(/(["\\$])/g, '\\$1')}"`;

/**
 * An nginx `server` block serving a build at the domain root, with the rules. Each location lists
 * every header it sends: nginx drops the enclosing add_header lines where a location has its own.
 */
export function nginxServer(opts: { root: string; listen: string; rules: HeaderRules }): string {
  const { rules } = opts;
  const headers = (h: Record<string, string>) => Object.entries(h).map(([k, v]) => `    add_header ${k} ${quoted(v)} always;`);
  const location = (path: string, h: Record<string, string>) => [`  location ${path} {`, ...headers(h), '  }'];
  return [
    'server {',
    `  listen ${opts.listen};`,
    `  root ${opts.root};`,
    '  index index.html;',
    '  error_page 404 /404.html;',
    '  log_not_found off;',
    // A directory without its trailing slash redirects relative to the request, so it works behind any host name.
    '  absolute_redirect off;',
    ...location('/', rules.all),
    ...Object.entries(rules.under).flatMap(([path, h]) => location(path, { ...rules.all, ...h })),
    '  gzip on;',
    '  gzip_types text/css application/javascript application/json application/xml image/svg+xml text/plain;',
    '}',
  ].join('\n');
}
