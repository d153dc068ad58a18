/**
 * The build's helper process (see check-and-previews.ts): runs the content check and reports its
 * verdict, then — if the content is sound — writes the files that are not pages (data-files.ts)
 * into `files/` of the folder given as argument, and draws every link-preview image into its
 * `og/`, at lower priority than the build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { inspectContent } from '../lib/content/check.ts';
import { previewsOf } from '../lib/site/previews.ts';
import { dataFiles } from '../lib/site/data-files.ts';
import { renice, type HelperMessage } from './check-and-previews.ts';

const send = (m: HelperMessage) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

const { problems, graph } = await inspectContent(process.cwd());
await send({ kind: 'check', problems });
if (!graph) process.exit(0);

const [out, cache] = process.argv.slice(2);
// Citation and oEmbed files: quick, and made here rather than as a route each on the build's main thread.
const files = dataFiles(graph);
for (const dir of new Set(files.map((f) => dirname(join(out, 'files', f.path))))) mkdirSync(dir, { recursive: true });
for (const f of files) writeFileSync(join(out, 'files', f.path), f.body);
await send({ kind: 'files', count: files.length });

// The pages come first: the images use what the build leaves of the machine.
renice(process.pid, 10);
const previews = previewsOf(graph);
for (const dir of new Set(previews.map((p) => dirname(join(out, p.path))))) mkdirSync(dir, { recursive: true });

// One core's worth of work, in a worker thread (see preview-image-worker.ts): a card is drawn
// while the one before is encoded on a single sharp thread. sharp is loaded here first, as its
// documentation asks before it is used from a worker. (Two workers, one per core, were slower:
// they took CPU the build needed; BENCHMARKS.md.)
sharp.concurrency(1);
const worker = new Worker(new URL('./preview-image-worker.ts', import.meta.url), { workerData: { previews, out, cache } });
let counts = { made: 0, copied: 0 };
worker.on('message', (m: typeof counts) => (counts = m));
await new Promise<void>((resolve, reject) => {
  worker.on('error', reject);
  worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the image worker stopped with exit code ${code}`))));
});
await send({ kind: 'images', ...counts });
process.disconnect?.();
