// ESLint flat config: JavaScript, TypeScript (typescript-eslint, not type-aware: fast) and Astro components.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    // Build outputs (dist/, dist-sub/, dist-repro/), installs, Astro's generated types, test and bench output,
    // and a verbatim copy of a shared file that must stay byte-identical (bench/gen-corpus.mjs).
    ignores: ['dist/**', 'dist-*/**', 'node_modules/**', '.astro/**', 'test-results/**', 'bench-out/**', 'bench/gen-corpus.mjs'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
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
