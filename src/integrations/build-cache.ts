/**
 * What the build keeps between builds besides Astro's own caches (all under its cacheDir):
 *
 * - Files made from an input, stored under the hash of that input and of the code that makes
 *   them (FileCache): a preview image whose words did not change, a QR code whose address did
 *   not, is copied from the last build instead of drawn again.
 * - A mark that a build is under way (buildState): a build that failed or was
 *   stopped leaves it, and the next build then starts from nothing — Astro's page copies, its
 *   content store and these files — rather than trust what that build left half written.
 */
import { spawn } from 'node:child_process';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { digestOf } from '../lib/site/digest.ts';

/** A folder of files keyed by what they were made from; `code` names the files whose change remakes them all. */
export class FileCache {
  private readonly dir: string;
  private readonly version: string;
  private readonly used = new Set<string>();
  made = 0;
  copied = 0;

  constructor(dir: string, root: string, code: readonly string[]) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
    // The lockfile too: a new version of the drawing library may draw differently.
    this.version = digestOf(...[...code, 'package-lock.json'].map((f) => (existsSync(join(root, f)) ? readFileSync(join(root, f)) : '')));
  }

  /** Write to `target` what `make` makes of `input` — from the cache if the same input was made before. */
  async put(input: string, target: string, make: () => Promise<Uint8Array | string> | Uint8Array | string): Promise<void> {
    const name = digestOf(this.version, input);
    this.used.add(name);
    const file = join(this.dir, name);
    if (existsSync(file)) {
      copyFileSync(file, target, constants.COPYFILE_FICLONE);
      this.copied++;
      return;
    }
    const made = await make();
    writeFileSync(target, made);
    // Written whole under another name first: a stopped build never leaves half a file under the real one.
    writeFileSync(`${file}.part`, made);
    renameSync(`${file}.part`, file);
    this.made++;
  }

  /** Remove what this build did not use (old words, old addresses), so the cache does not grow with every edit. */
  prune(): void {
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}

const MARK = 'build-unfinished';
/** What a build keeps in cacheDir, cleared after one that did not finish: Astro's page copies and content store, the files above. */
const KEPT = ['incremental-build.json', 'dist', 'data-store.json', 'preview-images', 'previews', 'qr-codes'];

/**
 * The mark of a build under way. Listed last among the integrations, so the build is marked
 * finished only once every other integration is done with it. A content check that fails stops
 * the build before anything is kept: that build leaves no mark.
 */
export default function buildState(): AstroIntegration {
  let cacheDir = '';
  let unfinished = false;
  let finished = false;
  return {
    name: 'build-state',
    hooks: {
      // At setup, before any integration (the preview helper) or Astro itself reads a cache.
      'astro:config:setup': ({ command, config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        if (command !== 'build') return;
        clearAway(fileURLToPath(config.outDir), cacheDir);
        unfinished = existsSync(join(cacheDir, MARK));
        if (unfinished) for (const kept of KEPT) rmSync(join(cacheDir, kept), { recursive: true, force: true });
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(join(cacheDir, MARK), `${new Date().toISOString()}\n`);
        // A build that fails (a page that throws, in a worker or not) leaves no half-written site
        // to deploy by mistake: what it wrote goes when the process ends.
        const outDir = fileURLToPath(config.outDir);
        process.once('exit', () => finished || rmSync(outDir, { recursive: true, force: true }));
      },
      'astro:build:start': ({ logger }) => {
        if (unfinished) logger.warn('the last build did not finish: this one starts from nothing (no page, image or text is taken from it)');
      },
      'astro:build:done': () => {
        finished = true;
        rmSync(join(cacheDir, MARK), { force: true });
      },
    },
  };
}

/**
 * Astro empties the output folder before a build, file by file on its main thread (15 s for the
 * 35,000 files of +5,000 sources). Moved aside instead — one rename — and deleted by a process
 * of its own while the build runs; with earlier leftovers. Where it cannot be moved (another
 * file system), Astro empties it as before.
 */
function clearAway(outDir: string, cacheDir: string) {
  const trash = join(cacheDir, 'old-output');
  mkdirSync(trash, { recursive: true });
  try {
    renameSync(outDir, join(trash, `${Date.now()}-${process.pid}`));
  } catch {
    /* no output yet, or not movable: nothing to do */
  }
  // No `rm` (Windows): the leftovers stay in the cache folder, harmless.
  if (readdirSync(trash).length)
    spawn('rm', ['-rf', trash], { detached: true, stdio: 'ignore' })
      .on('error', () => {})
      .unref();
}

/** Leave no mark: the build stopped before it kept anything (a content check that failed). */
export const unmark = (cacheDir: string) => rmSync(join(cacheDir, MARK), { force: true });
