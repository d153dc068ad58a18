/**
 * Writes `_headers` (the format Netlify, Cloudflare Pages and others read) into the build:
 * the CSP and security headers for every page, and long-lived caching for fingerprinted
 * assets — from the same policy the pages' <meta> tags carry (src/lib/csp.ts).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headerPolicy } from '../lib/csp.ts';

export function headersFile(base: string): string {
  const b = base.replace(/\/?$/, '/');
  return [
    `${b}*`,
    `  Content-Security-Policy: ${headerPolicy()}`,
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
      'astro:build:done': ({ dir }) => writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base)),
    },
  };
}
