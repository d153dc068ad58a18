import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, patternRegex } from '../../src/lib/site/http-headers.ts';
import { caddyfile, IMAGE_DEFAULTS, locally, nginxServer } from '../../src/lib/site/server-configs.ts';

const rules = headerRules(["'sha256-abc='"], { style: 'main{}', script: 'x()' });

describe('header rules for hosts', () => {
  it('forbids framing everywhere but under /embed/, which allows its own stylesheet and script', () => {
    expect(rules.all['Content-Security-Policy']).toMatch(/style-src 'self' 'sha256-abc='; .*frame-ancestors 'none'$/);
    const embed = rules.under['/embed/']['Content-Security-Policy'];
    expect(embed).toMatch(/frame-ancestors \*$/);
    expect(embed).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+';/);
    expect(embed).not.toContain('sha256-abc=');
  });

  it('writes _headers with the site policy detached, not doubled, under /embed/ (and the base path in front)', () => {
    const file = headersFile('/vienna/', rules);
    expect(file).toContain(`/vienna/*\n  Content-Security-Policy: ${rules.all['Content-Security-Policy']}\n`);
    expect(file).toContain('/vienna/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ');
    expect(file).toContain('/vienna/_astro/*\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  it('repeats every header in each nginx location (nginx drops inherited add_header lines where a location has its own)', () => {
    const conf = nginxServer({ root: '/srv/dist', listen: '127.0.0.1:8080', rules });
    const blocks = conf.split(/\n {2}location /).slice(1);
    const readable = rules.readable.paths.map((p) => `~ ${patternRegex(p)}`);
    const at = (path: string) => blocks[blocks.findIndex((b) => b.split(' {')[0] === path)];
    expect(blocks.map((b) => b.split(' {')[0])).toEqual([
      '/',
      ...readable,
      '~ /cite\\.json$',
      '~ /cite\\.bib$',
      '~ /cite\\.ris$',
      '/embed/',
      '/_astro/',
      '/pagefind/',
    ]);
    for (const b of blocks) {
      for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'])
        expect(b, name).toContain(`add_header ${name} "`);
    }
    expect(at('/embed/')).toContain('frame-ancestors *" always;');
    expect(at('/_astro/')).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(at('~ /cite\\.bib$')).toContain('default_type application/x-bibtex;');
  });

  it('lets any origin read the data files — oEmbed, citation files, the graph, the feed — in _headers, nginx and Caddy alike', () => {
    expect(rules.readable.headers).toEqual({ 'Access-Control-Allow-Origin': '*' });
    expect(headersFile('/', rules)).toContain('/embed/:kind/:id/oembed.json\n  Access-Control-Allow-Origin: *\n');
    expect(headersFile('/vienna/', rules)).toContain('/vienna/sources/:id/cite.ris\n  Access-Control-Allow-Origin: *\n');
    const blocks = nginxServer({ root: '/srv/dist', listen: '8080', rules })
      .split(/\n {2}location /)
      .slice(1);
    const oembed = blocks.find((b) => b.startsWith('~ ^/embed/[^/]+/[^/]+/oembed'))!;
    // The card's own policy (the /embed/ prefix it lies under) with the CORS header, not the site's.
    expect(oembed).toContain('add_header Access-Control-Allow-Origin "*" always;');
    expect(oembed).toContain('frame-ancestors *');
    const bib = blocks.find((b) => b.startsWith('~ ^/sources/[^/]+/cite\\.bib'))!;
    expect(bib).toContain('default_type application/x-bibtex;');
    expect(bib).toContain('Access-Control-Allow-Origin');
    expect(blocks.find((b) => b.startsWith('/ {'))).not.toContain('Access-Control-Allow-Origin');
    const caddy = caddyfile({ ...IMAGE_DEFAULTS.caddy, rules });
    const matcher = caddy.match(/@readable path_regexp (\S+)/)![1];
    for (const path of ['/embed/quotes/q/oembed.json', '/embed/sources/s/p/oembed.json', '/sources/s/cite.json', '/data/graph.json', '/feed.xml'])
      expect(new RegExp(matcher).test(path), path).toBe(true);
    for (const path of ['/sources/s/', '/embed/sources/s/', '/data/graph.json.bak']) expect(new RegExp(matcher).test(path), path).toBe(false);
    expect(caddy).toContain('header @readable Access-Control-Allow-Origin "*"');
  });

  it('writes each moved page as a 301 in both servers, from the address as published and without its slash', () => {
    const redirects = { '/sources/old/': '/sources/new/' };
    const conf = nginxServer({ ...IMAGE_DEFAULTS.nginx, rules, redirects });
    expect(conf).toContain('  location = /sources/old/ { return 301 /sources/new/; }\n  location = /sources/old { return 301 /sources/new/; }');
    const caddy = caddyfile({ ...IMAGE_DEFAULTS.caddy, rules, redirects });
    expect(caddy).toContain('\tredir /sources/old/ /sources/new/ permanent\n\tredir /sources/old /sources/new/ permanent');
  });

  it('serves a language folder’s own "not found" page for a missing address under it, in both servers, before the site’s', () => {
    const conf = nginxServer({ ...IMAGE_DEFAULTS.nginx, rules, notFound: ['/fr/'] });
    const fr = conf.split('\n  location ').find((b) => b.startsWith('/fr/ {'))!;
    expect(fr).toContain('error_page 404 /fr/404/index.html;');
    expect(fr).toContain('add_header Content-Security-Policy');
    const caddy = caddyfile({ ...IMAGE_DEFAULTS.caddy, rules, notFound: ['/fr/'] });
    expect(caddy.indexOf("path('/fr/*')")).toBeGreaterThan(0);
    expect(caddy.indexOf('rewrite * /fr/404/index.html')).toBeLessThan(caddy.indexOf('rewrite * /404.html'));
  });

  it('sets a header a prefix replaces only where the prefix does not apply, in the Caddyfile', () => {
    const caddy = caddyfile({ ...IMAGE_DEFAULTS.caddy, rules });
    const csp = caddy.split('\n').filter((l) => l.includes('Content-Security-Policy'));
    expect(csp).toHaveLength(2);
    expect(csp[0]).toMatch(/^\theader @not-\d+ Content-Security-Policy ".*frame-ancestors 'none'"$/);
    expect(caddy).toMatch(/\t@not-\d+ not path \/embed\/\*\n/);
    expect(csp[1]).toMatch(/^\theader \/embed\/\* Content-Security-Policy ".*frame-ancestors \*"$/);
  });

  it('serves a written configuration from elsewhere by changing its root and address only', () => {
    const conf = nginxServer({ ...IMAGE_DEFAULTS.nginx, rules });
    const local = locally(conf, 'nginx', '/tmp/site', '127.0.0.1:9000');
    expect(local).toContain('  root /tmp/site;\n');
    expect(local).toContain('  listen 127.0.0.1:9000;\n');
    expect(local.replace('/tmp/site', IMAGE_DEFAULTS.nginx.root).replace('127.0.0.1:9000', IMAGE_DEFAULTS.nginx.listen)).toBe(conf);
    expect(() => locally('server { }', 'nginx', '/x', '1')).toThrow(/not a nginx configuration this build wrote/);
    const caddy = locally(caddyfile({ ...IMAGE_DEFAULTS.caddy, rules }), 'caddy', '/tmp/site', 'http://127.0.0.1:9000');
    expect(caddy).toMatch(/^\{\n\tadmin off\n\tauto_https off\n/);
    expect(caddy).toContain('\nhttp://127.0.0.1:9000 {\n\troot * /tmp/site\n');
  });
});
