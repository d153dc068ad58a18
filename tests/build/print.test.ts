/** On paper: every page (and every embed card) prints its address, as a QR code that reads back as that address and as text. */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, page } from '../../scripts/lib/built-site.ts';

const SITE = 'https://vienna-declaration.example.org';
const pages = htmlPages().filter((p) => p !== '/404.html');

/** The text a QR image says, read as a phone would: drawn to pixels, then decoded by jsQR. */
async function readQr(svgFile: string): Promise<string | undefined> {
  const { data, info } = await sharp(svgFile, { density: 300 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

/** What a page's code should say: its own address; an embed card's, the words' place. */
const addressOf = (p: string) => (p.startsWith('/embed/') ? page(p).querySelector('.back a')!.getAttribute('href')! : `${SITE}${p}`);

describe('printed pages', () => {
  it('every page but the 404 page has its qr.svg beside it, with its address as the code’s title and text', () => {
    expect(pages.length).toBeGreaterThan(150);
    for (const p of pages) {
      const svg = readFileSync(fileFor(`${p}qr.svg`) ?? `missing qr.svg for ${p}`, 'utf8');
      const url = addressOf(p).replace(/&/g, '&amp;');
      expect(svg, p).toContain(`<title>${url}</title>`);
      expect(svg, p).toMatch(new RegExp(`<text [^>]*>${url.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')}</text>`));
    }
    // The page itself carries no markup for it: the print stylesheet shows the image.
    expect(page('/sources/vienna-declaration/').querySelector('body')!.innerHTML).not.toContain('qr.svg');
  });

  it('the codes read back as the addresses (a page, a quote’s card, a passage’s card, the home page)', async () => {
    const passageCard = pages.find((p) => /^\/embed\/sources\/vienna-declaration\/.+\//.test(p))!;
    for (const p of ['/sources/general-assembly-closes-vienna-declaration/', '/embed/quotes/stock-work-globally/', passageCard, '/']) {
      expect(await readQr(fileFor(`${p}qr.svg`)!), p).toBe(addressOf(p));
    }
    expect(addressOf(passageCard)).toMatch(new RegExp(`^${SITE}/sources/vienna-declaration/#`));
  });
});
