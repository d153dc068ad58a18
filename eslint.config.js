// ESLint flat config: JavaScript, TypeScript (typescript-eslint; type-aware on the code under src/ and scripts/) and Astro components.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    // Build outputs (dist/, dist-sub/, dist-languages/), installs, Astro's generated types, test and bench output,
    // and a verbatim copy of a shared file that must stay byte-identical (bench/gen-corpus.mjs).
    ignores: ['dist/**', 'dist-*/**', 'node_modules/**', '.astro/**', 'test-results/**', 'bench-out/**', 'bench/gen-corpus.mjs'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // The site's and the scripts' TypeScript, with its types (the project's tsconfig, through the
    // project service): unsafe any, misused promises, needless assertions. Not yet the tests (they read
    // JSON and HTML by the page) nor .astro files (their page props reach the linter untyped).
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An async listener (a click that copies, a middleware that answers) is the platform's way: each catches its own errors.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // The build, its integrations, the npm scripts and the tests run on Node...
    ignores: ['src/scripts/**', '**/*.astro/*'],
    languageOptions: { globals: globals.node },
  },
  {
    // ...the browser scripts (src/scripts/, and <script> blocks of .astro files, which eslint-plugin-astro lints as *.astro/*.ts) in the browser.
    files: ['src/scripts/**', '**/*.astro/*'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Names starting with _ are deliberately unused (placeholders, ignored destructured items and caught errors).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
