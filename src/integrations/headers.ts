/**
 * Writes how hosts are to serve the build, from the same rules the pages' <meta> policies come
 * from (src/lib/site/http-headers.ts): `_headers` into the build (Cloudflare Pages, Netlify and
 * others read it), and beside the build, not published, `<outDir>-server/nginx.conf` and
 * `<outDir>-server/Caddyfile` (src/lib/site/server-configs.ts) for the official nginx and Caddy
 * images — the Dockerfile's, and `npm run serve:prod`'s.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_CODES } from '../schemas/languages.ts';
import { fileURLToPath } from 'node:url';
import { builtHeaderRules, headersFile } from '../lib/site/http-headers.ts';
import { caddyfile, IMAGE_DEFAULTS, nginxServer, serverConfigDir } from '../lib/site/server-configs.ts';
import { readRedirects } from '../lib/content/url-data.ts';

export default function headers(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const rules = builtHeaderRules(dist, root);
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base, rules));
        // The server configurations serve a build at a domain's root; one under a base path is for a host that adds it.
        if (base.replace(/\/$/, '') !== '') return logger.info(`no server configurations: the build is for ${base}, not a domain's root`);
        const out = serverConfigDir(dist);
        const redirects = readRedirects(root);
        mkdirSync(out, { recursive: true });
        // The archive's other languages have "not found" pages of their own (src/pages/[lang]/404.astro).
        const notFound = LANGUAGE_CODES.filter((l) => existsSync(join(dist, l, '404', 'index.html'))).map((l) => `/${l}/`);
        writeFileSync(`${out}/nginx.conf`, nginxServer({ ...IMAGE_DEFAULTS.nginx, rules, redirects, notFound }));
        writeFileSync(`${out}/Caddyfile`, caddyfile({ ...IMAGE_DEFAULTS.caddy, rules, redirects, notFound }));
      },
    },
  };
}
