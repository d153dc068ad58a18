/** On paper: every page (and every embed card) prints its address and a QR code that reads back as that address. */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, page } from '../../scripts/lib/built-site.ts';

const SITE = 'https://vienna-declaration.example.org';
const pages = htmlPages().filter((p) => p !== '/404.html');

/** The text a QR image says, read as a phone would: drawn to pixels, then decoded by jsQR. */
async function readQr(svgFile: string): Promise<string | undefined> {
  const { data, info } = await sharp(svgFile, { density: 300 }).resize(400).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('printed pages', () => {
  it('every page but the 404 page carries its address and a lazy, screen-hidden QR image whose file exists', () => {
    expect(pages.length).toBeGreaterThan(150);
    for (const p of pages) {
      const ref = page(p).querySelector('.print-ref');
      expect(ref, p).toBeTruthy();
      expect(ref!.hasAttribute('hidden'), p).toBe(true);
      const img = ref!.querySelector('img')!;
      expect(img.getAttribute('loading'), p).toBe('lazy');
      expect(img.getAttribute('src'), p).toBe(`${p}qr.svg`);
      // What the code says: the page's own address; an embed card's, the words' place in the source.
      const says = img.getAttribute('data-qr')!;
      expect(says, p).toBe(p.startsWith('/embed/') ? page(p).querySelector('.back a')!.getAttribute('href') : `${SITE}${p}`);
      expect(ref!.querySelector('p')!.textContent, p).toBe(says);
      expect(readFileSync(fileFor(`${p}qr.svg`)!, 'utf8'), p).toContain(`<title>${says.replace(/&/g, '&amp;')}</title>`);
    }
    expect(page('/404.html').querySelector('.print-ref')).toBeNull();
  });

  it('the codes read back as the addresses (a page, a passage’s card, the home page)', async () => {
    for (const [p, url] of [
      ['/sources/general-assembly-closes-vienna-declaration/', `${SITE}/sources/general-assembly-closes-vienna-declaration/`],
      ['/embed/quotes/stock-work-globally/', `${SITE}/quotes/stock-work-globally/`],
      ['/', `${SITE}/`],
    ]) {
      expect(await readQr(fileFor(`${p}qr.svg`)!), p).toBe(url);
    }
    const card = pages.find((p) => /^\/embed\/sources\/vienna-declaration\/.+\//.test(p))!;
    expect(await readQr(fileFor(`${card}qr.svg`)!)).toMatch(new RegExp(`^${SITE}/sources/vienna-declaration/#`));
  });
});
