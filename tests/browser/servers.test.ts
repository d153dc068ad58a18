/**
 * The server configurations the build writes beside dist/ (dist-server/nginx.conf, Caddyfile),
 * run by real servers — Debian's nginx (the one the browser suites use) and Debian's Caddy where
 * installed — and read from outside: every header `_headers` promises, on a sample of pages and
 * assets; each kind of file's media type; compression; the 404 status; a moved page's 301; and
 * requests a server must refuse (outside the root, a folder without an index, an endless URL).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CADDY, serveWithCaddy, serveWithNginx, type Served } from '../../scripts/lib/servers.ts';
import { htmlPages } from '../../scripts/lib/built-site.ts';
import { builtHeaderRules, patternRegex } from '../../src/lib/site/http-headers.ts';
import { launch } from '../../scripts/lib/chromium.ts';
import { caddyfile, IMAGE_DEFAULTS, nginxServer } from '../../src/lib/site/server-configs.ts';

const onNginx = inject('server') === 'nginx';
const servers: Record<string, Served> = {};
/** The same servers with a moved page in their configuration. */
const moved: Record<string, Served> = {};
const MOVED = { '/sources/old-declaration-page/': '/sources/vienna-declaration/' };

/** `_headers` read back as a host reads it: for a path, the headers of every rule whose pattern matches, later rules replacing. */
function promised(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const block of readFileSync('dist/_headers', 'utf8').split('\n\n')) {
    const [pattern, ...lines] = block.trim().split('\n');
    // A prefix ("/embed/*"), or a path with :placeholders for one segment each ("/sources/:id/cite.bib").
    const matches = pattern?.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern && new RegExp(patternRegex(pattern)).test(path);
    if (!matches) continue;
    for (const line of lines) {
      const detach = /^\s*! (.+)$/.exec(line);
      if (detach) delete out[detach[1].toLowerCase()];
      else {
        const [, name, value] = /^\s*([^:]+): (.*)$/.exec(line)!;
        out[name.toLowerCase()] = value;
      }
    }
  }
  return out;
}

/** A request sent as written (fetch would tidy `..` away first): its status and body. */
function raw(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

const firstFile = (dir: string, ext: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith(ext))!;
const ASTRO_JS = `/_astro/${firstFile('dist/_astro', '.js')}`;
/** A sample of every kind of path the rules treat differently. */
const SAMPLE = [
  '/',
  '/sources/vienna-declaration/',
  '/sources/vienna-declaration/cite.bib',
  '/embed/quotes/stock-work-globally/',
  '/embed/quotes/stock-work-globally/oembed.json',
  ASTRO_JS,
  '/pagefind/pagefind.js',
  `/pagefind/fragment/${firstFile('dist/pagefind/fragment', '.pf_fragment')}`,
  '/feed.xml',
  '/data/graph.json',
  '/sources/vienna-declaration/cite.ris',
  '/sources/no-such-page/',
];

beforeAll(async () => {
  if (!onNginx) return;
  servers.nginx = await serveWithNginx('dist');
  // The configuration as the build writes it when content/redirects.yaml lists a moved page.
  const rules = builtHeaderRules('dist', process.cwd());
  moved.nginx = await serveWithNginx('dist', undefined, nginxServer({ ...IMAGE_DEFAULTS.nginx, rules, redirects: MOVED }));
  if (existsSync(CADDY)) {
    servers.caddy = await serveWithCaddy('dist');
    moved.caddy = await serveWithCaddy('dist', undefined, caddyfile({ ...IMAGE_DEFAULTS.caddy, rules, redirects: MOVED }));
  } else console.warn(`[tests] Caddy is not installed (${CADDY}): the Caddyfile is checked by nginx's twin tests only. apt-get install -y caddy runs it.`);
});
afterAll(() => [...Object.values(servers), ...Object.values(moved)].forEach((s) => s.stop()));

describe.skipIf(!onNginx)('the servers, as the build configures them', () => {
  const each = () => Object.entries(servers);

  it('sends every header _headers promises, on pages, cards, assets, the index and the 404 page', async () => {
    expect(each().length).toBeGreaterThanOrEqual(1);
    for (const [name, s] of each())
      for (const path of SAMPLE) {
        const res = await fetch(`${s.url}${path}`);
        expect(res.status, `${name} ${path}`).toBe(path.includes('no-such') ? 404 : 200);
        const want = promised(path);
        expect(Object.keys(want).length).toBeGreaterThanOrEqual(5);
        for (const [header, value] of Object.entries(want)) expect(res.headers.get(header), `${name} ${path} ${header}`).toBe(value);
      }
  });

  it('labels each kind of file with its media type', async () => {
    const types: [string, RegExp][] = [
      ['/', /^text\/html; charset=utf-8$/],
      [ASTRO_JS, /^(application|text)\/javascript/],
      ['/feed.xml', /^(application|text)\/(rss\+)?xml/],
      ['/sources/vienna-declaration/qr.svg', /^image\/svg\+xml/],
      ['/og/sources/vienna-declaration.png', /^image\/png$/],
      ['/data/graph.json', /^application\/json/],
      ['/sources/vienna-declaration/cite.json', /^application\/vnd\.citationstyles\.csl\+json$/],
      ['/sources/vienna-declaration/cite.bib', /^application\/x-bibtex$/],
      ['/sources/vienna-declaration/cite.ris', /^application\/x-research-info-systems$/],
      ['/pagefind/pagefind.js', /^(application|text)\/javascript/],
      // Pagefind's WebAssembly comes compressed, and Pagefind unpacks it: bytes.
      [`/pagefind/${firstFile('dist/pagefind', '.pagefind')}`, /^application\/octet-stream$/],
      [`/pagefind/${firstFile('dist/pagefind', '.pf_meta')}`, /^application\/octet-stream$/],
      [`/pagefind/index/${firstFile('dist/pagefind/index', '.pf_index')}`, /^application\/octet-stream$/],
      ['/robots.txt', /^text\/plain/],
    ];
    for (const [name, s] of each())
      for (const [path, type] of types) {
        const res = await fetch(`${s.url}${path}`);
        expect(res.status, `${name} ${path}`).toBe(200);
        expect(res.headers.get('content-type'), `${name} ${path}`).toMatch(type);
      }
  });

  it('compresses text, not Pagefind’s own compressed files, and honours a Range request on them', async () => {
    const fragment = `/pagefind/fragment/${firstFile('dist/pagefind/fragment', '.pf_fragment')}`;
    for (const [name, s] of each()) {
      for (const path of ['/', '/sources/vienna-declaration/', ASTRO_JS]) {
        const res = await raw(s.url, path, { 'accept-encoding': 'gzip' });
        expect(res.headers['content-encoding'], `${name} ${path}`).toBe('gzip');
      }
      expect((await raw(s.url, fragment, { 'accept-encoding': 'gzip' })).headers['content-encoding'], name).toBeUndefined();
      const part = await raw(s.url, fragment, { range: 'bytes=0-9' });
      expect(part.status, name).toBe(206);
      expect(part.headers['content-range'], name).toMatch(/^bytes 0-9\/\d+$/);
    }
  });

  it('answers a missing page with the 404 page and its status, a folder without an index too', async () => {
    for (const [name, s] of each())
      for (const path of ['/sources/no-such-page/', '/pagefind/', '/_astro/']) {
        const res = await fetch(`${s.url}${path}`);
        expect(res.status, `${name} ${path}`).toBe(404);
        expect(await res.text(), `${name} ${path}`).toContain('<form');
        expect(res.headers.get('cache-control'), `${name} ${path}`).toBe(promised('/')['cache-control']);
      }
  });

  it('refuses paths outside the site and URLs longer than a server reads', async () => {
    const secret = readFileSync('package.json', 'utf8').slice(0, 40);
    for (const [name, s] of each()) {
      for (const path of ['/../package.json', '/%2e%2e/package.json', '/sources/%2E%2E/%2E%2E/package.json', '/..%2fpackage.json']) {
        const res = await raw(s.url, path);
        expect([400, 404], `${name} ${path}: ${res.status}`).toContain(res.status);
        expect(res.body, `${name} ${path}`).not.toContain(secret);
      }
      const long = await raw(s.url, `/sources/${'a'.repeat(20_000)}/`);
      expect([400, 414, 431], `${name}: ${long.status}`).toContain(long.status);
    }
  });

  it('sends a moved page’s old address to its new one with a 301, with or without the trailing slash', async () => {
    expect(Object.keys(moved).length).toBeGreaterThanOrEqual(1);
    for (const [name, s] of Object.entries(moved)) {
      for (const path of ['/sources/old-declaration-page/', '/sources/old-declaration-page']) {
        const res = await fetch(`${s.url}${path}`, { redirect: 'manual' });
        expect(res.status, `${name} ${path}`).toBe(301);
        expect(res.headers.get('location'), `${name} ${path}`).toBe('/sources/vienna-declaration/');
      }
      const followed = await fetch(`${s.url}/sources/old-declaration-page/`);
      expect(followed.url, name).toBe(`${s.url}/sources/vienna-declaration/`);
      expect(await followed.text(), name).toContain('<h1');
    }
  });

  it('lets a page on another origin read the data files (oEmbed, citations, graph, feed) in Chromium, and not the pages', async () => {
    // Another origin: a blank page on a port of its own, with no policy of ours to restrict what it fetches.
    const other = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>consumer</title>'));
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const browser = await launch();
    try {
      for (const [name, s] of each()) {
        const page = await browser.newPage();
        await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
        const read = (url: string) =>
          page.evaluate(
            (u) =>
              fetch(u).then(
                (r) => r.text().then((t) => t.slice(0, 60)),
                (e: Error) => `refused: ${e.name}`,
              ),
            url,
          );
        expect(await read(`${s.url}/embed/quotes/stock-work-globally/oembed.json`), name).toMatch(/^\{/);
        expect(await read(`${s.url}/sources/vienna-declaration/cite.bib`), name).toMatch(/^@techreport\{vienna-declaration,/);
        expect(await read(`${s.url}/sources/vienna-declaration/cite.ris`), name).toMatch(/^TY {2}- RPRT/);
        expect(await read(`${s.url}/sources/vienna-declaration/cite.json`), name).toMatch(/^\[/);
        expect(await read(`${s.url}/data/graph.json`), name).toMatch(/^\{/);
        expect(await read(`${s.url}/feed.xml`), name).toMatch(/^<\?xml/);
        expect(await read(`${s.url}/sources/vienna-declaration/`), name).toBe('refused: TypeError');
        await page.close();
      }
    } finally {
      await browser.close();
      other.close();
    }
  });

  it('has every page of the build to serve (the sample is drawn from it)', () => {
    expect(htmlPages('dist')).toEqual(expect.arrayContaining(SAMPLE.filter((p) => p.endsWith('/') && !p.includes('no-such'))));
  });
});
