/**
 * Link-preview images, drawn beside the build instead of inside it. When a build starts, a
 * child process (preview-images-child.ts) reads the content, draws every card (src/lib/
 * previews.ts lists them) into a staging folder, and the images move into the output when
 * Astro is done. The build's main thread renders pages meanwhile, and the child's memory is
 * its own. A failure stops the build with the child's message. In `astro dev`, cards are drawn
 * on request.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';

interface Run {
  done: Promise<{ code: number | null; output: string; seconds: number }>;
  pid?: number;
}

/** Best effort: raising priority back needs privileges an unprivileged build may lack. */
function renice(pid: number | undefined, priority: number) {
  try {
    if (pid) setPriority(pid, priority);
  } catch {
    /* not permitted here: the priority stays as it was */
  }
}

function start(root: string, staging: string): Run {
  rmSync(staging, { recursive: true, force: true });
  const child = spawn(process.execPath, [join(root, 'src/integrations/preview-images-child.ts'), staging], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  // Lower priority than the build itself: on a busy machine the pages come first, the
  // images use what is left.
  renice(child.pid, 10);
  const stop = () => child.kill();
  process.once('exit', stop);
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const started = performance.now();
  return {
    pid: child.pid,
    done: new Promise((resolve) => {
      const seconds = () => (performance.now() - started) / 1000;
      child.on('error', (err) => resolve({ code: 1, output: String(err), seconds: seconds() }));
      child.on('close', (code) => {
        process.off('exit', stop);
        resolve({ code, output, seconds: seconds() });
      });
    }),
  };
}

export default function previewImages(): AstroIntegration {
  let root = process.cwd();
  let staging = '';
  let base = '/';
  let run: Run | undefined;
  let building = false;
  return {
    name: 'preview-images',
    hooks: {
      'astro:config:setup': ({ command }) => void (building = command === 'build'),
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        staging = join(fileURLToPath(config.cacheDir), 'preview-images');
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Start as early as possible: the child's drawing overlaps the content sync, the
        // content check and the whole render. It reads the files itself; if they are bad, the
        // content check stops the build first and the child is ended with it.
        if (building) run = start(root, staging);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run) return;
        // The pages are done; the images, if still drawing, need not give way any more.
        renice(run.pid, 0);
        const { code, output, seconds } = await run.done;
        if (code !== 0) throw new Error(`preview images were not drawn:\n${output.trim()}`);
        const target = join(fileURLToPath(dir), 'og');
        if (existsSync(target)) cpSync(join(staging, 'og'), target, { recursive: true });
        else renameSync(join(staging, 'og'), target);
        rmSync(staging, { recursive: true, force: true });
        logger.info(`${output.trim()} in ${seconds.toFixed(1)} s, beside the build`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(`${base}og/`) || !path.endsWith('.png')) return next();
          // Fresh from the files on every request: the editor may have just changed a title.
          const [{ graphFromFiles }, { previewsOf }, { renderPreview }] = await Promise.all([import('../lib/check.ts'), import('../lib/previews.ts'), import('../lib/og-image.ts')]);
          const preview = previewsOf(graphFromFiles(root)).find((p) => `${base}${p.path.slice(1)}` === path);
          if (!preview) return next();
          res.setHeader('Content-Type', 'image/png');
          res.end(Buffer.from(await renderPreview(preview.content)));
        });
      },
    },
  };
}
