/**
 * QR codes for paper: a printed page ends with its address, as a QR code and as text, in one
 * image. The code is made by uqr (unjs: no dependencies, encodes to a module matrix); drawn here
 * as one SVG path of horizontal runs — about a third of the size of uqr's own SVG, which draws
 * every module as a square — with the address written beside it.
 */
import { encode } from 'uqr';

/** The file beside each page: its stylesheet prints it with `url(qr.svg)`, relative to the page. */
export const QR_FILE = 'qr.svg';

/** Side of the code, in CSS px (2.6 cm on paper), the address's type size beside it, the space above. */
const SIDE = 100;
const TYPE = 10;
const TOP = 16;

/**
 * An SVG of the QR code for `url` with `url` written beside it: medium error correction (15 %,
 * for creased paper), a quiet zone of four modules as the standard asks, black on white whatever
 * the reader's colour scheme.
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
  const text = escapeXml(url);
  // Wide enough for the address in a system sans-serif (about 0.52 em a character).
  const width = Math.ceil(SIDE + 8 + url.length * TYPE * 0.52);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${TOP + SIDE}" viewBox="0 ${-TOP} ${width} ${TOP + SIDE}">`,
    `<title>${text}</title>`,
    `<rect width="${width}" height="${SIDE}" fill="#fff"/>`,
    `<path transform="scale(${SIDE / size})" stroke="#000" shape-rendering="crispEdges" d="${d}"/>`,
    `<text x="${SIDE + 4}" y="${SIDE / 2}" dominant-baseline="middle" font-family="system-ui, sans-serif" font-size="${TYPE}" fill="#000">${text}</text>`,
    '</svg>\n',
  ].join('');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
