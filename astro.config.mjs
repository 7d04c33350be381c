// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { keptOutput } from './src/site/kept-output.ts';

/**
 * `SITE` and `BASE` let one checkout build for any host: the absolute
 * address used in link previews, and a sub-path such as `/readings-site/`.
 */
// Another content folder gets its own cache, so switching between them never mixes stored readings.
const contentDir = process.env.CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro-cache/${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;

export default defineConfig({
  ...(cacheDir ? { cacheDir } : {}),
  site: process.env.SITE ?? 'https://readings.example.org',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // Two pages at a time: preview cards are drawn in worker threads, so a page renders meanwhile.
  // More in flight kept the card workers busier (100 readings, cold, one run each: pages 66 s at 2,
  // 51 s at 6) but raised the peak memory at 1,000 readings from 1.4 GB to 2.3 GB.
  // Stylesheets inline: a reading's first round trip carries its CSS, so it can show before anything else arrives.
  build: { format: 'directory', concurrency: 2, inlineStylesheets: 'always' },
  // Readings are rendered by our own unified pipeline in the content loader;
  // Astro's own Markdown processing never sees them.
  devToolbar: { enabled: false },
  // Readings never go through Astro's Markdown; nothing here needs Shiki (whose inline styles CSP would block).
  markdown: { syntaxHighlight: false },
  // The sitemap lists readings, speakers and figures. Claim pages (33 a reading) are reached from
  // their reading's links and from shared links; listed, they were 97 % of the sitemap, and sorting
  // them took 3.6 s of every build at 1,000 readings.
  integrations: [sitemap({ filter: (page) => !/\/claims\/[^/]+\/$/.test(page) }), keptOutput()],
  // Pages whose `cacheKey` (what they show) and code are unchanged are kept from the last build
  // (routes' getStaticPaths; src/outputs/summary.ts); the output folder is not emptied first,
  // so kept pages stay where they are (src/site/kept-output.ts empties what must go).
  experimental: { incrementalBuild: true },
  // A strict Content-Security-Policy on every page: no inline script, no
  // inline style that is not hashed, nothing from elsewhere.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  // Scripts ship as files, never inline, so a strict Content-Security-Policy can forbid inline script.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  server: { host: '127.0.0.1', port: 4321 },
});
