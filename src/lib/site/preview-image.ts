/**
 * Link-preview images (1200×630 PNG), drawn at build time from a page's title and text on a
 * Skia canvas (@napi-rs/canvas), in Noto Sans shipped through npm. No request leaves the
 * machine: the font is read from node_modules, under a private family name so a system font
 * of the same name can never stand in for it.
 *
 * Why Skia and not satori → resvg: drawing a card takes a fraction of the SVG route's time, and
 * sharp encodes the PNG on libuv's thread pool, so the build renders the next page meanwhile
 * (figures in BENCHMARKS.md).
 */
import { isArabic } from '../content/language.ts';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { PREVIEW_IMAGE, truncate } from './seo.ts';
import { SITE_NAME } from './routes.ts';

const { width: WIDTH, height: HEIGHT } = PREVIEW_IMAGE;
const PAD_X = 72;
const PAD_Y = 64;
/** Width of the text column: the card less its side padding. */
const COLUMN = WIDTH - 2 * PAD_X;
const FAMILY = 'Preview Card Sans';
const FOOTER_NOTE = 'INTERPOL’s declaration on transnational organized crime, 2023';

let ctx: SKRSContext2D | undefined;
/** One canvas for every card: each is drawn whole and its pixels copied out before the next. */
function context(): SKRSContext2D {
  if (ctx) return ctx;
  const dir = join(process.cwd(), 'node_modules/@fontsource/noto-sans/files');
  for (const weight of [400, 700]) {
    const file = join(dir, `noto-sans-latin-${weight}-normal.woff2`);
    if (!GlobalFonts.registerFromPath(file, FAMILY)) throw new Error(`og-image: could not load the font ${file}`);
  }
  // Opaque: reading the pixels back then needs no un-premultiplying.
  ctx = createCanvas(WIDTH, HEIGHT).getContext('2d', { alpha: false });
  return ctx;
}

export interface PreviewContent {
  /** Small line above the title: the kind of page. */
  kicker: string;
  title: string;
  /** A line or two of the page's text. */
  text?: string;
}

/** Greedy word wrap to `width` px, at most `maxLines` lines; a cut last line ends in "…". */
function wrap(ctx: SKRSContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(' ') && ctx.measureText(`${last}…`).width > width) last = last.replace(/\s+\S*$/, '');
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/, '')}…`;
  return kept;
}

/** One line of text on the card; `y` is the middle of its line box. */
export interface CardLine {
  text: string;
  font: string;
  color: string;
  x: number;
  y: number;
  align: 'left' | 'right';
  letterSpacing?: number;
}

const FOOTER_TOP = HEIGHT - PAD_Y - 24 * 1.2;
const font = (weight: number, size: number) => `${weight} ${size}px "${FAMILY}"`;

/** Lines of a block, top-down from `top`; returns them and the y below the block. */
function block(
  texts: string[],
  top: number,
  size: number,
  lineHeight: number,
  style: Omit<CardLine, 'text' | 'x' | 'y' | 'align'>,
): { lines: CardLine[]; bottom: number } {
  const step = size * lineHeight;
  // Glyphs sit in the middle of each line box, as in CSS (half-leading above and below). An
  // Arabic title starts, as it reads, at the right.
  const lines = texts.map((text, i): CardLine => ({
    text,
    ...(isArabic(text) ? { x: WIDTH - PAD_X, align: 'right' } : { x: PAD_X, align: 'left' }),
    y: top + i * step + step / 2,
    ...style,
  }));
  return { lines, bottom: top + texts.length * step };
}

/** Where every line of a card goes: kicker, title (wrapped, at most 3–5 lines), text, footer. */
export function layoutCard({ kicker, title, text }: PreviewContent, ctx: SKRSContext2D = context()): CardLine[] {
  const kick = block([kicker.toUpperCase()], PAD_Y, 28, 1.2, { font: font(400, 28), color: '#bcd6f0', letterSpacing: 2 });
  const size = title.length > 90 ? 44 : title.length > 50 ? 52 : 60;
  ctx.font = font(700, size);
  const head = block(wrap(ctx, truncate(title, text ? 150 : 230), COLUMN, size > 50 ? 3 : text ? 4 : 5), kick.bottom + 20, size, 1.2, {
    font: font(700, size),
    color: '#ffffff',
  });
  const lines = [...kick.lines, ...head.lines];
  if (text) {
    // What room is left above the footer, up to three lines.
    const room = Math.floor((FOOTER_TOP - 44 - (head.bottom + 28)) / (28 * 1.4));
    ctx.font = font(400, 28);
    if (room > 0)
      lines.push(
        ...block(wrap(ctx, truncate(text, 180), COLUMN, Math.min(3, room)), head.bottom + 28, 28, 1.4, { font: font(400, 28), color: '#e3eef9' }).lines,
      );
  }
  const foot = { font: font(400, 24), color: '#bcd6f0', y: FOOTER_TOP + (24 * 1.2) / 2 };
  lines.push({ ...foot, text: SITE_NAME, x: PAD_X, align: 'left' }, { ...foot, text: FOOTER_NOTE, x: WIDTH - PAD_X, align: 'right' });
  return lines;
}

/** Render a preview card to PNG bytes. */
export async function renderPreview(content: PreviewContent): Promise<Uint8Array> {
  const ctx = context();
  ctx.fillStyle = '#0b4f8a';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  // Footer rule, above the site's name.
  ctx.fillStyle = '#3d77ab';
  ctx.fillRect(PAD_X, FOOTER_TOP - 22, COLUMN, 2);
  ctx.textBaseline = 'middle';
  for (const line of layoutCard(content, ctx)) {
    ctx.font = line.font;
    ctx.fillStyle = line.color;
    ctx.textAlign = line.align;
    ctx.letterSpacing = `${line.letterSpacing ?? 0}px`;
    ctx.fillText(line.text, line.x, line.y);
  }

  // sharp's encoder, without adaptive filtering and at zlib level 3: faster than Skia's own and
  // a smaller file; higher levels save little for their time. The alpha channel stays (every
  // pixel opaque): dropping it cost more time than the bytes it saved (BENCHMARKS.md).
  const { data } = ctx.getImageData(0, 0, WIDTH, HEIGHT);
  return sharp(data, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } })
    .png({ compressionLevel: 3, adaptiveFiltering: false })
    .toBuffer();
}

/** The card's size and text column, for tests. */
export const CARD = { width: WIDTH, height: HEIGHT, column: COLUMN, footerTop: FOOTER_TOP };
