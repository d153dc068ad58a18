/**
 * Once per test run: build the site (unless SKIP_BUILD=1 and dist/ exists) and serve dist/
 * with `astro preview` on a free local port, which build and browser tests get via inject().
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env.SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    const build = spawnSync('node_modules/.bin/astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv() });
    if (build.status !== 0) throw new Error('astro build failed: see the messages above');
  }
  const { preview } = await import('astro');
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  project.provide('siteUrl', `http://127.0.0.1:${server.port}`);
  return () => server.stop();
}
