import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { CARD, layoutCard, renderPreview } from '../../src/lib/site/preview-image.ts';

const ctx = createCanvas(10, 10).getContext('2d');
const widthOf = (line: { text: string; font: string }) => {
  ctx.font = line.font;
  return ctx.measureText(line.text).width;
};
const longTitle =
  'We must speak the same language and act with the same determination against organized crime, because criminals do not respect borders and neither should our cooperation in fighting them';
const longText =
  'The Vienna Declaration sets out five priority actions to tackle transnational organized crime, adopted at the 91st General Assembly in Vienna, Austria, on 30 November 2023, by the member countries present.';

describe('link-preview cards', () => {
  it('renders a 1200×630 opaque PNG, different for different titles', async () => {
    const a = Buffer.from(await renderPreview({ kicker: 'Source', title: 'Tirana conference' }));
    const b = Buffer.from(await renderPreview({ kicker: 'Source', title: 'Vienna Declaration' }));
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(await sharp(a).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect((await sharp(a).stats()).isOpaque).toBe(true);
    expect(a.equals(b)).toBe(false);
    // Same input, same bytes: builds stay reproducible.
    expect(Buffer.from(await renderPreview({ kicker: 'Source', title: 'Tirana conference' })).equals(a)).toBe(true);
  });

  it('wraps long titles and texts inside the text column, above the footer, ending cut lines in "…"', () => {
    for (const content of [
      { kicker: 'Quote · Taulant Balla', title: `“${longTitle}”` },
      { kicker: 'Source', title: longTitle, text: longText },
      { kicker: 'Place', title: 'Vienna', text: longText },
    ]) {
      const lines = layoutCard(content);
      const body = lines.slice(1, -2);
      for (const line of body) expect(widthOf(line), line.text).toBeLessThanOrEqual(CARD.column);
      for (const line of body) expect(line.y, line.text).toBeLessThan(CARD.footerTop - 22);
      expect(lines[0].text).toBe(content.kicker.toUpperCase());
    }
    const quote = layoutCard({ kicker: 'Quote', title: `“${longTitle}, ${longTitle}”` }).slice(1, -2);
    expect(quote.length).toBeGreaterThan(1);
    expect(quote.at(-1)!.text.endsWith('…')).toBe(true);
    // Every word shown is the title's, in order.
    expect(
      `“${longTitle}, ${longTitle}`.startsWith(
        quote
          .map((l) => l.text)
          .join(' ')
          .replace(/…$/, ''),
      ),
    ).toBe(true);
  });

  it('keeps a short title on one line in the largest size', () => {
    const [, title, ...rest] = layoutCard({ kicker: 'Place', title: 'Vienna' });
    expect(title).toMatchObject({ text: 'Vienna', font: expect.stringContaining('60px') });
    expect(rest).toHaveLength(2);
  });
});
