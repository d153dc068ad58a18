/**
 * Writes `_headers` (the format Cloudflare Pages, Netlify and others read) into the build, from
 * the same rules the pages' <meta> policies and the nginx configuration come from
 * (src/lib/site/http-headers.ts).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtHeaderRules, headersFile } from '../lib/site/http-headers.ts';

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
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base, builtHeaderRules(dist, root)));
      },
    },
  };
}
