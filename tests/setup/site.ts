/**
 * Once per test run, before any suite: three clean builds — the first two one after the other (in
 * one folder they would share its generated .astro/), the third in a copy of the project beside them —
 *   dist/        the site as deployed at a domain root (what build and browser tests check)
 *   dist-sub/    the same under BASE_PATH=/vienna/ with another SITE_URL (base-path tests)
 *   dist-languages/  the site with three releases imported in French, Spanish and Arabic (tests/setup/languages.ts)
 * then serve dist/ (and dist-languages/) as production does — Debian's nginx with the site's headers (CSP, framing,
 * caching; the configuration the build wrote, scripts/lib/servers.ts) — on a free local port (inject('siteUrl')).
 * SKIP_BUILD=1 reuses existing builds, for quick local runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './env.ts';
import { NGINX, serveWithNginx, serveWithPreview } from '../../scripts/lib/servers.ts';
import { buildLanguages, LANGUAGES_OUT } from './languages.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    languagesUrl: string;
    /** What serves them: nginx as in production, or Astro's preview where nginx cannot be installed. */
    server: 'nginx' | 'preview';
  }
}

export const BUILDS: Record<string, Record<string, string>> = {
  dist: {},
  'dist-sub': { OUT_DIR: 'dist-sub', BASE_PATH: '/vienna/', SITE_URL: 'https://press.example.net' },
};

async function cleanBuild(out: string, env: Record<string, string>) {
  for (const dir of [out, '.astro', 'node_modules/.astro']) rmSync(dir, { recursive: true, force: true });
  const build = spawn('node_modules/.bin/astro', ['build'], { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnv(env) });
  const status = await new Promise((done) => build.on('close', done));
  if (status !== 0) throw new Error(`astro build (${out}) failed: see the messages above`);
}

const wanted = (out: string) => process.env.SKIP_BUILD !== '1' || !existsSync(`${out}/index.html`);

export default async function setup(project: TestProject) {
  const main = (async () => {
    for (const [out, env] of Object.entries(BUILDS)) if (wanted(out)) await cleanBuild(out, env);
  })();
  const languages = wanted(LANGUAGES_OUT) ? buildLanguages() : undefined;
  await Promise.all([main, languages]);
  const nginx = existsSync(NGINX);
  if (!nginx)
    console.warn(
      `\n[tests] nginx is not installed (${NGINX}): the browser suites run against astro preview, which sends none of the production headers; the server suites are skipped. Install Debian's nginx (apt-get install -y nginx) to run them as production serves the site.\n`,
    );
  const serve = nginx ? serveWithNginx : serveWithPreview;
  const server = await serve('dist');
  const languagesServer = await serve(LANGUAGES_OUT).catch((e: Error) => {
    server.stop(); // not left running (it holds the test run's output open)
    throw e;
  });
  project.provide('server', nginx ? 'nginx' : 'preview');
  project.provide('siteUrl', server.url);
  project.provide('languagesUrl', languagesServer.url);
  return () => (server.stop(), languagesServer.stop());
}
