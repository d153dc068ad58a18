/**
 * The site's web-server configurations, written by the build beside `dist/` (src/integrations/headers.ts)
 * from the one set of header rules (http-headers.ts) and the redirects of content/redirects.yaml:
 * an nginx server block and a Caddyfile, each complete — security headers and the CSP, the embed
 * cards' framing exception, caching, MIME types, compression, the 404 page with its status and
 * every moved page as an HTTP 301. Nothing in them is copied by hand.
 */
import { patternRegex, type HeaderRules } from './http-headers.ts';
import type { Redirects } from '../content/url-contract.ts';
import { CITATION_FILE_TYPES } from './citation-files.ts';

export interface ServerOptions {
  /** Where the built files are. */
  root: string;
  /** nginx `listen` / Caddy site address. */
  listen: string;
  rules: HeaderRules;
  /** Old path → new path, both without the base (content/redirects.yaml). */
  redirects?: Redirects;
  /** Folders with a "not found" page of their own at `<folder>404/` (a language's: /fr/), served for a missing page under them. */
  notFound?: string[];
}

/** Where the official images serve files from, and the port they listen on (the written files' defaults). */
export const IMAGE_DEFAULTS = {
  nginx: { root: '/usr/share/nginx/html', listen: '80' },
  caddy: { root: '/srv', listen: ':80' },
} as const;

/** Where the configurations of the build in `dist` are written: beside it, so they are not published. */
export const serverConfigDir = (dist: string) => `${dist.replace(/\/+$/, '')}-server`;

/**
 * A written configuration with its root and address replaced: the file the build wrote, served
 * from here (npm run serve:prod, the tests) exactly as deployed otherwise.
 */
export function locally(conf: string, kind: keyof typeof IMAGE_DEFAULTS, root: string, listen: string): string {
  const d = IMAGE_DEFAULTS[kind];
  const [rootLine, listenLine] = kind === 'nginx' ? [`  root ${d.root};`, `  listen ${d.listen};`] : [`\troot * ${d.root}`, `\n${d.listen} {`];
  if (!conf.includes(rootLine) || !conf.includes(listenLine))
    throw new Error(`server-configs: not a ${kind} configuration this build wrote (no "${rootLine.trim()}" or "${listenLine.trim()}")`);
  const local = conf.replace(rootLine, rootLine.replace(d.root, root)).replace(listenLine, listenLine.replace(d.listen, listen));
  // A local Caddy: no admin endpoint, no automatic HTTPS.
  return kind === 'caddy' ? local.replace(/^\{\n/, '{\n\tadmin off\n\tauto_https off\n') : local;
}

/** Pagefind's own files: binary (gzip inside), so served as bytes and never compressed again. */
const PAGEFIND_BINARY = ['pf_fragment', 'pf_index', 'pf_meta', 'pagefind'];
/** Files named for what they hold, served with that type: a source's citation files, by extension. */
const NAMED_TYPES = Object.entries(CITATION_FILE_TYPES).map(([ext, { type }]) => ({ name: `cite.${ext}`, type }));
/** What a location holds beyond its headers and the file lookup: Pagefind's files by type, the binary ones as bytes (a location's types replace the server's). */
const LOCATION_EXTRAS: Record<string, string[]> = {
  '/pagefind/': [
    '    types { application/javascript js; application/json json; application/wasm wasm; text/css css; }',
    '    default_type application/octet-stream;',
  ],
};
/** What the server compresses on the fly (HTML is nginx's default). */
const COMPRESSIBLE = ['text/css', 'application/javascript', 'application/json', 'application/xml', 'application/rss+xml', 'image/svg+xml', 'text/plain'];

/** Each moved page's 301s: the old path as published, and without its trailing slash. */
function redirectPairs(redirects: Redirects = {}): [string, string][] {
  return Object.entries(redirects).flatMap(([from, to]) => [
    [from, to] as [string, string],
    ...(from.endsWith('/') && from.length > 1 ? [[from.slice(0, -1), to] as [string, string]] : []),
  ]);
}

/** nginx's quoting of a value. */
const quoted = (v: string) => `"${v.replace(/(["\\$])/g, '\\$1')}"`;

/**
 * An nginx `server` block. Each location lists every header it sends: nginx drops the enclosing
 * add_header lines where a location has its own.
 * @example nginxServer({ root: '/srv/dist', listen: '8080', rules }) // 'server {\n  listen 8080;\n …'
 */
export function nginxServer({ root, listen, rules, redirects, notFound = [] }: ServerOptions): string {
  const headers = (h: Record<string, string>) => Object.entries(h).map(([k, v]) => `    add_header ${k} ${quoted(v)} always;`);
  const location = (path: string, h: Record<string, string>, extra: string[] = []) => [`  location ${path} {`, ...headers(h), ...extra, '  }'];
  const files = ['    try_files $uri $uri/ =404;'];
  return [
    'server {',
    `  listen ${listen};`,
    `  root ${root};`,
    '  index index.html;',
    '  charset utf-8;',
    '  server_tokens off;',
    // The 404 page with its status; a folder without an index (which nginx forbids, 403) is missing too.
    '  error_page 404 /404.html;',
    '  error_page 403 =404 /404.html;',
    '  log_not_found off;',
    // A folder without its trailing slash redirects relative to the request, so it works behind any host name.
    '  absolute_redirect off;',
    '  gzip on;',
    '  gzip_vary on;',
    '  gzip_min_length 256;',
    `  gzip_types ${COMPRESSIBLE.join(' ')};`,
    ...redirectPairs(redirects).map(([from, to]) => `  location = ${from} { return 301 ${to}; }`),
    ...location('/', rules.all, files),
    // A language's pages answer a missing address under them with its own "not found" page.
    ...notFound.flatMap((folder) =>
      location(folder, rules.all, [`    error_page 404 ${folder}404/index.html;`, `    error_page 403 =404 ${folder}404/index.html;`, ...files]),
    ),
    // Files other origins read: a regular expression's location is chosen before any prefix's, so
    // each lists the headers of the prefix it lies under too, and its type where it is a named file.
    ...rules.readable.paths.flatMap((path) => {
      const under = Object.entries(rules.under).find(([prefix]) => path.startsWith(prefix))?.[1] ?? {};
      const named = NAMED_TYPES.find(({ name }) => path.endsWith(`/${name}`));
      const types = named ? ['    types { }', `    default_type ${named.type};`] : [];
      return location(`~ ${patternRegex(path)}`, { ...rules.all, ...under, ...rules.readable.headers }, [...types, ...files]);
    }),
    // A location's types replace the server's: these hold one type each, and the headers of "/".
    ...NAMED_TYPES.flatMap(({ name, type }) => location(`~ /${name.replace('.', '\\.')}$`, rules.all, ['    types { }', `    default_type ${type};`])),
    ...Object.entries(rules.under).flatMap(([path, h]) => location(path, { ...rules.all, ...h }, [...(LOCATION_EXTRAS[path] ?? []), ...files])),
    '}',
    '',
  ].join('\n');
}

/** Caddy's quoting of a value. */
const caddyQuoted = (v: string) => `"${v.replace(/(["\\])/g, '\\$1')}"`;

/**
 * A Caddyfile site block. A header a prefix replaces is set elsewhere only where the prefix does
 * not apply (`not path`), so no two rules race for it; the prefixes' own headers apply under them.
 * @example caddyfile({ root: '/srv', listen: ':80', rules }) // ':80 {\n\troot * /srv\n …'
 */
export function caddyfile({ root, listen, rules, redirects, notFound = [] }: ServerOptions): string {
  const lines: string[] = [
    // Global options: a request whose headers pass 16 KB is refused (431), as nginx refuses one.
    '{',
    '\tservers {',
    '\t\tmax_header_size 16KB',
    '\t}',
    '}',
    `${listen} {`,
    `\troot * ${root}`,
    '\tencode gzip',
    '\theader -Server',
  ];
  const names = [...new Set([...Object.keys(rules.all), ...Object.values(rules.under).flatMap((h) => Object.keys(h))])];
  names.forEach((name, i) => {
    const overriding = Object.entries(rules.under).filter(([, h]) => name in h);
    if (name in rules.all) {
      if (overriding.length) {
        lines.push(`\t@not-${i} not path ${overriding.map(([p]) => `${p}*`).join(' ')}`, `\theader @not-${i} ${name} ${caddyQuoted(rules.all[name])}`);
      } else lines.push(`\theader ${name} ${caddyQuoted(rules.all[name])}`);
    }
    for (const [path, h] of overriding) lines.push(`\theader ${path}* ${name} ${caddyQuoted(h[name])}`);
  });
  // Files other origins read (a header no other rule sets).
  lines.push(`\t@readable path_regexp ^(${rules.readable.paths.map((p) => patternRegex(p).slice(1, -1)).join('|')})$`);
  for (const [k, v] of Object.entries(rules.readable.headers)) lines.push(`\theader @readable ${k} ${caddyQuoted(v)}`);
  // Citation files by their types, which Caddy does not know.
  NAMED_TYPES.forEach(({ name, type }, i) => lines.push(`\t@named-${i} path */${name}`, `\theader @named-${i} Content-Type ${type}`));
  // Bytes, not what Caddy would sniff (application/x-gzip): Pagefind unpacks them itself.
  lines.push(`\t@binary path ${PAGEFIND_BINARY.map((ext) => `*.${ext}`).join(' ')}`, '\theader @binary Content-Type application/octet-stream');
  // A path no file can have (nginx's 8 KB request line): refused, not looked up (the file system's answer would be a 500).
  lines.push('\t@endless expression {path}.size() > 8000', '\trespond @endless 414');
  for (const [from, to] of redirectPairs(redirects)) lines.push(`\tredir ${from} ${to} permanent`);
  lines.push('\tfile_server', '\thandle_errors {');
  // A language's pages answer a missing address under them with its own "not found" page; handle blocks are tried in order.
  const missing = (name: string, test: string, page: string) => [
    `\t\t@${name} expression ${test}`,
    `\t\thandle @${name} {`,
    `\t\t\trewrite * ${page}`,
    // The page's own Cache-Control, not the asset's it stands in for (a missing /_astro/ file is not immutable).
    `\t\t\theader Cache-Control ${caddyQuoted(rules.all['Cache-Control'] ?? 'no-cache')}`,
    '\t\t\tencode gzip',
    '\t\t\tfile_server {',
    '\t\t\t\tstatus 404',
    '\t\t\t}',
    '\t\t}',
  ];
  notFound.forEach((folder, i) => lines.push(...missing(`missing-${i}`, `{err.status_code} in [403, 404] && path('${folder}*')`, `${folder}404/index.html`)));
  lines.push(...missing('missing', '{err.status_code} in [403, 404]', '/404.html'), '\t}', '}', '');
  return lines.join('\n');
}
