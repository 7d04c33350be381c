import type { KnipConfig } from 'knip';

/**
 * Knip: unused files, exports and dependencies (`npm run knip`, part of `npm test`).
 *
 * Entry points knip finds by itself, through its plugins (checked with `knip --debug`):
 * - Astro (astro.config.mjs): src/content.config.ts and every route under src/pages/;
 *   .astro components are read for their imports;
 * - Vitest (vitest.config.ts): tests/**\/*.test.ts;
 * - Playwright (playwright.config.ts): tests/e2e/*.spec.ts, and tests/support/serve.mjs
 *   from its webServer command;
 * - package.json scripts: the tool CLIs src/tools/lint/cli.ts, src/tools/scaffold/new-reading.ts,
 *   src/tools/scaffold/new-speaker.ts, src/tools/bench/bench.ts (tsx) and src/tools/build/headers.ts (node).
 * Listing those again here only earns "redundant entry pattern" hints.
 */
const config: KnipConfig = {
  entry: [
    // Started as a worker thread by URL (src/outputs/card/card.ts), never imported.
    'src/outputs/card/card-worker.ts',
    // Bundled by esbuild and started as worker threads (src/site/loaders/reading-pool.ts), never imported.
    'src/site/loaders/read-worker.ts',
    // Page scripts, loaded by `<script src>` in .astro pages.
    'src/scripts/*.ts',
  ],
  // The W3C Nu HTML Checker's runtime (tests/build/site-build.test.ts): a system package, not npm's.
  ignoreBinaries: ['java'],
};

export default config;
