// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

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
  build: { format: 'directory' },
  // Readings are rendered by our own unified pipeline in the content loader;
  // Astro's own Markdown processing never sees them.
  devToolbar: { enabled: false },
  integrations: [sitemap()],
  // Scripts ship as files, never inline, so a strict Content-Security-Policy can forbid inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
});
