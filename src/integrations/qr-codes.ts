/**
 * Draws each page's QR code after the build: beside every page (index.html) with a <main> (not
 * the 404 page, which is served at any address; not redirect stubs), a qr.svg (src/lib/site/qr.ts) with the address the page names — its
 * canonical URL, or, where its <main data-qr> says otherwise (an embed card), that address. The
 * pages' print styles show it with `content: url(qr.svg)`, so a screen never fetches it and no page
 * carries a byte of markup for it.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QR_FILE, qrSvg } from '../lib/site/qr.ts';
import { FileCache } from './build-cache.ts';

const MAIN = /<main\b([^>]*)>/;
const DATA_QR = /\bdata-qr="([^"]+)"/;
const CANONICAL = /<link rel="canonical" href="([^"]+)"/;
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

export default function qrCodes(): AstroIntegration {
  let cacheDir = '';
  let root = '';
  return {
    name: 'qr-codes',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // An address's code is copied from the last build (finding the best mask costs more than drawing).
        const codes = new FileCache(join(cacheDir, 'qr-codes'), root, ['src/lib/site/qr.ts']);
        for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('index.html')) continue;
          const html = readFileSync(join(dist, file), 'utf8');
          const main = MAIN.exec(html)?.[1];
          if (main === undefined) continue;
          const url = DATA_QR.exec(main)?.[1] ?? CANONICAL.exec(html)?.[1];
          if (!url) throw new Error(`qr-codes: ${file} has neither a canonical URL nor data-qr on its <main>: no address to print`);
          await codes.put(url, join(dist, dirname(file), QR_FILE), () => qrSvg(unescape(url)));
        }
        codes.prune();
        logger.info(`${codes.made + codes.copied} QR codes (${codes.made} drawn, ${codes.copied} as in the last build)`);
      },
    },
  };
}
