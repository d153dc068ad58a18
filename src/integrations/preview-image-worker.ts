/**
 * The worker thread of the build's helper (check-and-previews-child.ts) that draws the link-preview
 * images into the folder it is given: one card is drawn while the one before is encoded on a
 * sharp thread. A worker of its own: its heap holds only the cards (each card's megabytes of
 * pixels sets off garbage collection, which then has less to walk), and the helper's main
 * thread stays free (faster than drawing in the helper's main thread: BENCHMARKS.md).
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderPreview, type PreviewContent } from '../lib/site/preview-image.ts';
import { FileCache } from './build-cache.ts';

const { previews, out, cache } = workerData as { previews: { path: string; content: PreviewContent }[]; out: string; cache: string };
// A card whose words are as in the last build is copied from it (the drawing code and libraries unchanged).
const drawn = new FileCache(cache, process.cwd(), ['src/lib/site/preview-image.ts']);
let next = 0;
async function drawNext() {
  while (next < previews.length) {
    const { path, content } = previews[next++];
    await drawn.put(JSON.stringify(content), join(out, path), () => renderPreview(content));
  }
}
await Promise.all([drawNext(), drawNext()]);
drawn.prune();
parentPort?.postMessage({ made: drawn.made, copied: drawn.copied });
