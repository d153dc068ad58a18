/**
 * Work done beside the build, in one helper process (check-and-previews-child.ts) started as soon as
 * the config is read, so it runs on the machine's second core while Astro syncs content and
 * renders pages on its main thread:
 *
 * 1. The content check (src/lib/content/check.ts). Astro waits for its verdict when the build proper
 *    starts: bad content stops the build before a single file is written, every problem listed.
 * 2. Then, at lower priority, the link-preview images (src/lib/site/previews.ts lists them), drawn
 *    into a staging folder and moved into the output when Astro is done. A failure stops the
 *    build with the helper's message.
 *
 * The helper's memory is its own. In `astro dev` there is no helper: cards are drawn on request.
 */
import type { AstroIntegration } from 'astro';
import { fork } from 'node:child_process';
import { cpSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ContentError, type Problem } from '../lib/content/problems.ts';
import { unmark } from './build-cache.ts';

/** What the helper reports, in order: the check's verdict, then the images drawn. */
export type HelperMessage = { kind: 'check'; problems: Problem[] } | { kind: 'files'; count: number } | { kind: 'images'; made: number; copied: number };

interface Helper {
  verdict: Promise<Problem[]>;
  files: Promise<number>;
  images: Promise<{ made: number; copied: number }>;
  pid?: number;
  /** How long the helper ran, once it has ended. */
  seconds: Promise<number>;
}

/**
 * Set the priority of every thread of process `pid`. On Linux a priority belongs to a thread,
 * not a process: renicing the pid alone leaves V8's garbage-collector threads and libuv's pool
 * (where sharp encodes) competing with the build at full priority. Threads started later take
 * the priority of the thread that starts them. Best effort: raising a priority back needs
 * privileges an unprivileged build may lack.
 */
export function renice(pid: number | undefined, priority: number) {
  if (!pid) return;
  let threads = [pid];
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    /* no /proc (macOS, where a process has one priority): the pid alone */
  }
  for (const tid of threads) {
    try {
      setPriority(tid, priority);
    } catch {
      /* not permitted here, or the thread has ended: its priority stays as it was */
    }
  }
}

function startHelper(root: string, staging: string, cache: string): Helper {
  rmSync(staging, { recursive: true, force: true });
  const child = fork(join(root, 'src/integrations/check-and-previews-child.ts'), [staging, cache], { cwd: root, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const stop = () => child.kill();
  process.once('exit', stop);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const failed = new Promise<never>((_, reject) => {
    const fail = (why: string) => reject(new Error(`the build helper (content check, preview images) failed: ${why}\n${output.trim()}`));
    child.on('error', (err) => fail(String(err)));
    child.on('close', (code) => {
      process.off('exit', stop);
      if (code !== 0) fail(`exit code ${code}`);
    });
  });
  failed.catch(() => {}); // reported through verdict or images, whichever is awaited
  const message = <K extends HelperMessage['kind']>(kind: K) =>
    Promise.race([
      failed,
      new Promise<Extract<HelperMessage, { kind: K }>>((resolve) =>
        child.on('message', (m: HelperMessage) => m.kind === kind && resolve(m as Extract<HelperMessage, { kind: K }>)),
      ),
    ]);
  const started = performance.now();
  const closed = new Promise<number>((resolve) => child.on('close', () => resolve((performance.now() - started) / 1000)));
  return {
    pid: child.pid,
    seconds: closed,
    verdict: message('check').then((m) => m.problems),
    files: message('files').then((m) => m.count),
    // The images are in place once the helper has exited cleanly.
    images: Promise.race([failed, Promise.all([message('images'), closed]).then(([m]) => m)]),
  };
}

export default function checkAndPreviews(): AstroIntegration {
  let root = process.cwd();
  let staging = '';
  let cacheDir = '';
  let base = '/';
  let helper: Helper | undefined;
  let building = false;
  return {
    name: 'check-and-previews',
    hooks: {
      'astro:config:setup': ({ command }) => void (building = command === 'build'),
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
        staging = join(cacheDir, 'preview-images');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (building) helper = startHelper(root, staging, join(cacheDir, 'previews'));
      },
      'astro:build:start': async ({ logger }) => {
        const problems = await helper!.verdict;
        if (problems.length) {
          unmark(cacheDir); // stopped before anything was kept: the next build may use the last one's
          throw new ContentError(problems);
        }
        logger.info('content check passed');
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The pages are done; the images, if still drawing, need not give way any more.
        renice(helper!.pid, 0);
        const files = await helper!.files;
        cpSync(join(staging, 'files'), fileURLToPath(dir), { recursive: true });
        logger.info(`${files} citation and oEmbed files, written beside the build`);
        const { made, copied } = await helper!.images;
        const target = join(fileURLToPath(dir), 'og');
        if (existsSync(target)) cpSync(join(staging, 'og'), target, { recursive: true });
        else renameSync(join(staging, 'og'), target);
        rmSync(staging, { recursive: true, force: true });
        logger.info(
          `${made + copied} preview images (${made} drawn, ${copied} as in the last build) beside the build (the helper ran ${(await helper!.seconds).toFixed(1)} s)`,
        );
      },
      'astro:server:setup': ({ server }) => {
        // The files the build's helper writes (data-files.ts), made on request too.
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(base) || !/\/(cite\.(json|bib|ris)|oembed\.json)$/.test(path)) return next();
          const [{ inspectContent }, { dataFiles }] = await Promise.all([import('../lib/content/check.ts'), import('../lib/site/data-files.ts')]);
          const { graph } = await inspectContent(root);
          const file = graph && dataFiles(graph, root).find((f) => `${base}${f.path.slice(1)}` === path);
          if (!file) return next();
          res.end(file.body);
        });
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(`${base}og/`) || !path.endsWith('.png')) return next();
          // Fresh from the files on every request: the editor may have just changed a title.
          const [{ inspectContent }, { previewsOf }, { renderPreview }] = await Promise.all([
            import('../lib/content/check.ts'),
            import('../lib/site/previews.ts'),
            import('../lib/site/preview-image.ts'),
          ]);
          const { graph } = await inspectContent(root);
          const preview = graph && previewsOf(graph).find((p) => `${base}${p.path.slice(1)}` === path);
          if (!preview) return next();
          res.setHeader('Content-Type', 'image/png');
          res.end(Buffer.from(await renderPreview(preview.content)));
        });
      },
    },
  };
}
