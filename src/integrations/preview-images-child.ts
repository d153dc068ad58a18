/**
 * Draws every link-preview image into the folder given as argument (see preview-images.ts).
 * Run as its own process beside `astro build`; prints one summary line, or the problem.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { graphFromFiles } from '../lib/check.ts';
import { previewsOf } from '../lib/previews.ts';
import { renderPreview } from '../lib/og-image.ts';
import sharp from 'sharp';

const out = process.argv[2];
const previews = previewsOf(graphFromFiles());
for (const dir of new Set(previews.map((p) => dirname(join(out, p.path))))) mkdirSync(dir, { recursive: true });

// One core's worth of work: a card is drawn while the one before is encoded on a single sharp
// thread. The build's own main thread has the other core (see also the nice level set by
// preview-images.ts).
sharp.concurrency(1);
const IN_FLIGHT = 2;
let next = 0;
async function worker() {
  while (next < previews.length) {
    const { path, content } = previews[next++];
    writeFileSync(join(out, path), await renderPreview(content));
  }
}
await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
console.log(`${previews.length} preview images drawn`);
