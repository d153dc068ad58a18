/**
 * Runs the content check (src/lib/check.ts) when a build starts, before a single file is
 * written: bad content stops the build with every problem listed, and nothing half-done.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, ContentCheckError } from '../lib/check.ts';

export default function contentCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:done': ({ config }) => void (root = fileURLToPath(config.root)),
      'astro:build:start': async ({ logger }) => {
        const problems = await checkContent(root);
        if (problems.length) throw new ContentCheckError(problems);
        logger.info('content check passed');
      },
    },
  };
}
