/**
 * Writes `_headers` (the format Netlify, Cloudflare Pages and others read) into the build:
 * the CSP and security headers for every page, and long-lived caching for fingerprinted
 * assets — from the same policy the pages' <meta> tags carry (src/lib/site/csp.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { compactCss, headerPolicy, PAGE_STYLESHEETS, styleHash } from '../lib/site/csp.ts';

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
  let root = process.cwd();
  return {
    name: 'headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        // The hash of the stylesheet every page inlines, read from a built page (the CSS is only
        // known once Vite has processed it); hashed as the pages' own <meta> policy hashes it.
        const styles: string[] = [];
        visit(fromHtml(readFileSync(fileURLToPath(new URL('index.html', dir)), 'utf8')), 'element', (el: Element) => {
          if (el.tagName === 'style') styles.push(el.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
        });
        if (!styles.length) throw new Error('headers: the built index.html has no inline stylesheet to allow');
        // And the stylesheets only some pages inline, as Base compacts them.
        const pageStyles = PAGE_STYLESHEETS.map((file) => compactCss(readFileSync(join(root, file), 'utf8')));
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base, [...styles, ...pageStyles].map(styleHash)));
      },
    },
  };
}
