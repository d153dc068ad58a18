import type { KnipConfig } from 'knip';

// Knip: unused files, exports, types and dependencies. Entry points are the files that nothing imports
// but something runs: Astro (config, content config, pages), Vitest (config, tests, setup), npm scripts, processes.
const config: KnipConfig = {
  astro: {
    config: ['astro.config.mjs'],
    entry: ['src/content.config.ts', 'src/pages/**/*.{astro,mdx,ts}'],
  },
  vitest: {
    config: ['vitest.config.ts'],
    entry: ['tests/**/*.test.ts', 'tests/setup/*.ts'],
  },
  entry: [
    // The integrations, and the files they start by path: check-and-previews-child.ts (fork) and
    // preview-image-worker.ts (new Worker(new URL(...))), which no import reaches.
    'src/integrations/**/*.ts',
    // Browser scripts, loaded by the <script> blocks of .astro files.
    'src/scripts/**/*.ts',
    // npm scripts (`node scripts/x.ts`), and the reporter scripts/test.ts hands vitest by path.
    'scripts/*.ts',
    'scripts/lib/group-times.ts',
    // Benchmark commands (`npm run bench`, `npm run bench:corpus`).
    'bench/*.ts',
    // Started by bench/corpus.ts as `node bench/gen-corpus.mjs` (a verbatim copy of a shared file).
    'bench/gen-corpus.mjs',
  ],
  project: ['{src,scripts,tests,bench}/**/*.{astro,mdx,ts,mjs,js}', '*.{ts,mjs,js}'],
  // The content check's fixture (content, not code).
  ignore: ['tests/fixtures/**'],
  ignoreDependencies: [
    // Read by path, not imported: src/lib/site/preview-image.ts loads its font files from node_modules/@fontsource/noto-sans/files.
    '@fontsource/noto-sans',
    // Needed by `astro check`, which scripts/check.ts runs as node_modules/.bin/astro check (knip only sees it in package.json scripts).
    '@astrojs/check',
    // Read by path, not imported: tests/browser/gates.test.ts injects axe-core/axe.min.js (createRequire().resolve) into the page.
    'axe-core',
  ],
  ignoreBinaries: [
    // coreutils' truncate, run by tests/build/editors.test.ts to make a sparse 50 MB file; not an npm package.
    'truncate',
    // Debian's biber and BibTeX, and Java for the Nu Html Checker's jar (vnu-jar): installed by .ci/run, run by the citation and HTML checks.
    'biber',
    'bibtex',
    'java',
  ],
};

export default config;
