/**
 * Draws the QR codes pages ask for: every <img data-qr="…"> in the build gets its file (at its
 * src, under the build) with a code for the address in data-qr (src/lib/site/qr.ts). Read from
 * the pages as built, so each page decides what its code says — its own address, or for an embed
 * card, the passage it shows.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { qrSvg } from '../lib/site/qr.ts';

const IMG = /<img\b[^>]*\bdata-qr="([^"]+)"[^>]*>/g;
const SRC = /\bsrc="([^"]+)"/;
const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

export default function qrCodes(): AstroIntegration {
  let base = '/';
  return {
    name: 'qr-codes',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let drawn = 0;
        for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          for (const [tag, url] of readFileSync(join(dist, file), 'utf8').matchAll(IMG)) {
            const src = SRC.exec(tag)?.[1];
            if (!src?.startsWith(base)) throw new Error(`qr-codes: ${file}: the QR image's src "${src}" is not under the base path ${base}`);
            writeFileSync(join(dist, src.slice(base.length)), qrSvg(unescape(url)));
            drawn++;
          }
        }
        logger.info(`${drawn} QR codes drawn`);
      },
    },
  };
}
