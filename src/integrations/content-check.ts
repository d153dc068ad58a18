/**
 * Runs the content check (src/lib/check.ts) on every build, and stops the build before a
 * single file is written if the content has problems — every problem listed, nothing
 * half-done. The check starts in a child process as soon as the config is read, so it runs
 * beside Astro's content sync on the second core; the build waits for its verdict when the
 * build proper starts.
 */
import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentCheckError, type Problem } from '../lib/problems.ts';

function startCheck(root: string): Promise<Problem[]> {
  const child = spawn(process.execPath, [join(root, 'src/integrations/content-check-child.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => child.kill();
  process.once('exit', stop);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      process.off('exit', stop);
      if (code === 0) resolve(JSON.parse(out) as Problem[]);
      else reject(new Error(`the content check could not run:\n${err.trim()}`));
    });
  });
}

export default function contentCheck(): AstroIntegration {
  let verdict: Promise<Problem[]> | undefined;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build') verdict = startCheck(fileURLToPath(config.root));
      },
      'astro:build:start': async ({ logger }) => {
        const problems = await verdict!;
        if (problems.length) throw new ContentCheckError(problems);
        logger.info('content check passed');
      },
    },
  };
}
