import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against a real build served by `astro preview`, in
 * Debian's Chromium. A test tool's own browser download cannot work on these
 * machines, so it is only the fallback, and says so.
 */
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;
if (!executablePath) {
  console.warn(`\n[playwright] ${debianChromium} not found: falling back to Playwright's own Chromium. Install Debian's with: apt-get install -y chromium\n`);
}

const port = Number(process.env.E2E_PORT ?? 4322);
/** Where the hostile fixture site is served. */
export const hostilePort = port + 1;
/** Where the second fixture site (with a right-to-left reading) is served. */
export const secondPort = port + 2;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // Width-specific behaviour is tagged in the test titles and runs only where it applies.
    { name: 'desktop', grepInvert: /@narrow/, use: { browserName: 'chromium', viewport: { width: 1280, height: 900 } } },
    { name: 'phone', grepInvert: /@wide/, use: { browserName: 'chromium', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  ],
  webServer: {
    // A plain static server, as a host would serve the site (and free to run beside `npm start`).
    // The hostile fixture site is built beside it: the browser must run none of its payloads;
    // and the second fixture site, whose Persian reading is laid out right to left.
    command: `npm run build && CONTENT_DIR=tests/sites/hostile/content npx astro build --outDir dist-hostile && node src/tools/build/search-index.ts dist-hostile && CONTENT_DIR=tests/sites/second/content npx astro build --outDir dist-second && node tests/support/serve.mjs dist:${port} dist-hostile:${port + 1} dist-second:${port + 2}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
