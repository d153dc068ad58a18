/**
 * Link-preview images (1200×630 PNG), drawn at build time from a page's title and text with
 * satori (layout → SVG), resvg (SVG → pixels) and sharp (pixels → PNG), in Noto Sans shipped
 * through npm. No request
 * leaves the machine: the font is read from node_modules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { SITE_NAME, truncate } from './seo.ts';

const FONT_DIR = join(process.cwd(), 'node_modules/@fontsource/noto-sans/files');
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700] as const).map((weight) => ({
    name: 'Noto Sans',
    data: readFileSync(join(FONT_DIR, `noto-sans-latin-${weight}-normal.woff`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
}

export interface PreviewContent {
  /** Small line above the title: the kind of page. */
  kicker: string;
  title: string;
  /** A line or two of the page's text. */
  text?: string;
}

/** Width of the text column: the card less its side padding. */
const WIDTH = 1200 - 2 * 72;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, children: Node['props']['children']): Node => ({ type, props: { style, children } });

/** Render a preview card to PNG bytes. */
export async function renderPreview({ kicker, title, text }: PreviewContent): Promise<Uint8Array> {
  // satori sizes boxes content-box: the padding comes on top of width and height.
  const card = el('div', { width: WIDTH, height: 630 - 2 * 64, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#0b4f8a', color: '#ffffff', fontFamily: 'Noto Sans' }, [
    el('div', { display: 'flex', flexDirection: 'column', width: WIDTH }, [
      el('div', { display: 'flex', fontSize: 28, letterSpacing: 2, textTransform: 'uppercase', color: '#bcd6f0' }, kicker),
      el('div', { display: 'flex', width: WIDTH, fontSize: title.length > 90 ? 44 : title.length > 50 ? 52 : 60, fontWeight: 700, lineHeight: 1.2, marginTop: 20 }, truncate(title, 150)),
      ...(text ? [el('div', { display: 'flex', width: WIDTH, fontSize: 28, lineHeight: 1.4, marginTop: 28, color: '#e3eef9' }, truncate(text, 180))] : []),
    ]),
    el('div', { display: 'flex', width: WIDTH, justifyContent: 'space-between', fontSize: 24, color: '#bcd6f0', borderTopWidth: 2, borderTopStyle: 'solid', borderTopColor: '#3d77ab', paddingTop: 20 }, [
      el('div', {}, SITE_NAME),
      el('div', {}, 'INTERPOL’s declaration on transnational organized crime, 2023'),
    ]),
  ]);
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: loadFonts() });
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  // resvg's own PNG encoder spends twice as long as drawing the card; sharp's fast setting
  // (run off the main thread) takes a fifth of that, for a somewhat larger file.
  return sharp(Buffer.from(image.pixels), { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ compressionLevel: 1, adaptiveFiltering: false })
    .toBuffer();
}
