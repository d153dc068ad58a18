/**
 * Writes `_headers` (the format Netlify, Cloudflare Pages and others read) into the build:
 * the CSP and security headers for every page, and long-lived caching for fingerprinted
 * assets — from the same policy the pages' <meta> tags carry (src/lib/csp.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headerPolicy } from '../lib/site/csp.ts';

export function headersFile(base: string, styleHashes: string[] = []): string {
  const b = base.replace(/\/?$/, '/');
  return [
    `${b}*`,
    `  Content-Security-Policy: ${headerPolicy(styleHashes)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
    `${b}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    `${b}pagefind/*`,
    '  Cache-Control: public, max-age=3600',
    '',
  ].join('\n');
}

export default function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'headers',
    hooks: {
      'astro:config:done': ({ config }) => void (base = config.base),
      'astro:build:done': ({ dir }) => {
        // The inline stylesheet's hash, as the built pages' own <meta> policy carries it (the CSS is
        // only known once Vite has processed it).
        const home = readFileSync(fileURLToPath(new URL('index.html', dir)), 'utf8');
        const styleSrc = /<meta http-equiv="content-security-policy" content="[^"]*style-src ([^;"]*)/.exec(home)?.[1];
        if (!styleSrc) throw new Error('headers: the built index.html carries no Content-Security-Policy style-src to copy');
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base, styleSrc.split(' ').filter((t) => t.startsWith("'sha256-"))));
      },
    },
  };
}
