/**
 * QR codes for paper: a printed page carries one for its address. The code is made by uqr (unjs:
 * no dependencies, encodes to a module matrix); drawn here as one SVG path of horizontal runs,
 * about a third of the size of uqr's own SVG, which draws every module as a square.
 */
import { encode } from 'uqr';

/** The image a page links to for its code, beside the page itself. */
export const QR_FILE = 'qr.svg';

/**
 * An SVG QR code for `url`: medium error correction (15 %, for creased paper), a quiet zone of
 * four modules as the standard asks, black on white whatever the reader's colour scheme.
 */
export function qrSvg(url: string): string {
  const { data, size } = encode(url, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      d += `M${start} ${y + 0.5}h${x - start + 1}`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><title>${escapeXml(url)}</title><rect width="${size}" height="${size}" fill="#fff"/><path stroke="#000" d="${d}"/></svg>\n`;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
