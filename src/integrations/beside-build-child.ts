/**
 * The build's helper process (see beside-build.ts): runs the content check and reports its
 * verdict, then — if the content is sound — draws every link-preview image into the folder
 * given as argument, at lower priority than the build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { inspectContent } from '../lib/check.ts';
import { previewsOf } from '../lib/previews.ts';
import { renderPreview } from '../lib/og-image.ts';
import { renice, type HelperMessage } from './beside-build.ts';

const send = (m: HelperMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

const { problems, graph } = await inspectContent(process.cwd());
await send({ kind: 'check', problems });
if (!graph) process.exit(0);

// The pages come first: the images use what the build leaves of the machine.
renice(process.pid, 10);
const out = process.argv[2];
const previews = previewsOf(graph);
for (const dir of new Set(previews.map((p) => dirname(join(out, p.path))))) mkdirSync(dir, { recursive: true });

// One core's worth of work: a card is drawn while the one before is encoded on a single
// sharp thread.
sharp.concurrency(1);
let next = 0;
async function drawNext() {
  while (next < previews.length) {
    const { path, content } = previews[next++];
    writeFileSync(join(out, path), await renderPreview(content));
  }
}
await Promise.all([drawNext(), drawNext()]);
await send({ kind: 'images', count: previews.length });
process.disconnect?.();
