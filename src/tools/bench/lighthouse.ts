import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseFigures {
  performance: number;
  totalBlockingTime: number;
  cumulativeLayoutShift: number;
  largestContentfulPaint: number;
  firstContentfulPaint: number;
  /** Main-thread time by kind of work (Lighthouse's breakdown, unthrottled ms), largest first. */
  mainThread: [string, number][];
}

const CHROMIUM = '/usr/bin/chromium';

/**
 * Lighthouse's default (mobile, simulated slow 4G and a 4× slower CPU) on
 * each URL, driving Debian's Chromium. Without it, Lighthouse gets
 * whatever Chrome chrome-launcher finds, and says so.
 */
export async function runLighthouse(urls: string[]): Promise<Map<string, LighthouseFigures>> {
  if (!existsSync(CHROMIUM)) console.warn(`  ${CHROMIUM} not found: Lighthouse uses the Chrome chrome-launcher finds (apt-get install -y chromium for the figures in docs/performance.md)`);
  const chrome = await chromeLauncher.launch({
    ...(existsSync(CHROMIUM) ? { chromePath: CHROMIUM } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const figures = new Map<string, LighthouseFigures>();
  try {
    for (const url of urls) {
      // The score comes from the metrics alone. Tracking CSS rule usage (for the unused-CSS advice) does
      // not finish on the stress reading's page, so that one audit is left out.
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], skipAudits: ['unused-css-rules'], maxWaitForLoad: 120_000 });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      figures.set(url, {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        totalBlockingTime: num('total-blocking-time'),
        cumulativeLayoutShift: num('cumulative-layout-shift'),
        largestContentfulPaint: num('largest-contentful-paint'),
        firstContentfulPaint: num('first-contentful-paint'),
        mainThread: ((lhr.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)?.items ?? [])
          .map((i): [string, number] => [i.groupLabel, i.duration])
          .sort((x, y) => y[1] - x[1]),
      });
    }
  } finally {
    chrome.kill();
  }
  return figures;
}
