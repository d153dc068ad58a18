// One `astro build`, timed: wall time, the peak RSS of its largest process (GNU time), and how many
// pages it rendered and how many it copied from the last build (incremental builds). Used by
// npm run bench (clean builds) and npm run bench:rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { siteSettings } from '../src/lib/site/settings.ts';

export interface BuildFigures {
  wallSeconds: number;
  peakMiB: number;
  pages: number;
  /** Pages and endpoints Astro copied from the last build instead of rendering them. */
  copied: number;
  /** Pages and endpoints rendered. */
  rendered: number;
  /** The build's log, for figures a caller reads from it. */
  log: string;
}

/** The pages and endpoints an `astro build` log says were copied from the last build (Astro marks each "(cached)" or "(restored)"). */
export const copiedPages = (log: string) => log.match(/\((?:cached|restored)\)/g)?.length ?? 0;

/** Build into `dist`; `clean` (the default) first removes it and every cache, as a fresh clone has none. */
export function timedBuild(dist = 'dist', { clean = true } = {}): BuildFigures {
  if (clean) for (const dir of [dist, '.astro', siteSettings().ASTRO_CACHE_DIR]) rmSync(dir, { recursive: true, force: true });
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const start = performance.now();
  // A large build logs megabytes (a line per page): give it room, or spawnSync gives up.
  const opts = { encoding: 'utf8' as const, maxBuffer: 1 << 30, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } };
  const run = timeBin ? spawnSync(timeBin, ['-f', '%M', 'node_modules/.bin/astro', 'build'], opts) : spawnSync('node_modules/.bin/astro', ['build'], opts);
  const wall = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`);
  const peakKiB = timeBin ? Number(run.stderr.trim().split('\n').at(-1)) : NaN;
  const pages = Number(/(\d+) page\(s\) built/.exec(run.stdout)?.[1] ?? NaN);
  const copied = copiedPages(run.stdout);
  const rendered = run.stdout.match(/\(\+\d+(?:\.\d+)?m?s\)/g)?.length ?? 0;
  return { wallSeconds: wall, peakMiB: peakKiB / 1024, pages, copied, rendered, log: run.stdout };
}
