import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BuildRun {
  ms: number;
  /** Peak resident memory of the build, in MB (GNU time): the largest of its steps. */
  rss: number;
  /** Each step's peak, in MB, in the order they ran (for the whole site: Astro, the search index, `_headers`). */
  stepRss: number[];
  /** Each step's wall time, in ms, in the same order. */
  stepMs: number[];
  pages: number;
  /** Pages Astro's incremental build kept from the last build instead of making them again. */
  kept: number;
  /** Astro's own per-page times, summed by kind of page. */
  routes: Record<string, { count: number; ms: number }>;
}

function countPages(out: string): number {
  let n = 0;
  for (const name of readdirSync(out)) {
    const p = join(out, name);
    if (statSync(p).isDirectory()) n += countPages(p);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

/** Which kind of page a built path is, for "where the time goes". */
function kindOf(path: string): string {
  if (path.endsWith('/card.png')) return 'preview cards';
  if (/\/readings\/[^/]+\/claims\//.test(path)) return 'claim pages';
  if (path.endsWith('/claims.json')) return 'claims.json';
  if (/^\/readings\/[^/]+\/index\.html$/.test(path) || /^\/reading-\d+\/index\.html$/.test(path)) return 'reading pages';
  if (path.startsWith('/speakers/')) return 'speaker pages';
  if (path.startsWith('/figures/')) return 'figure pages';
  return 'other pages';
}

/** Sums the `(+12ms)` Astro prints after each page it writes. */
function routeTimes(log: string): BuildRun['routes'] {
  const routes: BuildRun['routes'] = {};
  for (const m of log.matchAll(/(\/\S+) \(\+(\d+)ms\)/g)) {
    const kind = kindOf(m[1]!);
    routes[kind] ??= { count: 0, ms: 0 };
    routes[kind].count++;
    routes[kind].ms += Number(m[2]);
  }
  return routes;
}

/**
 * Runs one build under GNU time (for its peak memory) and returns wall time,
 * memory, pages and per-route times. `steps` run one after another, like
 * `npm run build` does. The output folder is removed first, unless `keepOut`
 * (an incremental build into the last build's folder).
 */
export function timedBuild(steps: string[][], cwd: string, env: Record<string, string>, out: string, keepOut = false): BuildRun {
  if (!keepOut) rmSync(out, { recursive: true, force: true });
  let ms = 0;
  let log = '';
  const stepRss: number[] = [];
  const stepMs: number[] = [];
  for (const step of steps) {
    const start = performance.now();
    const r = spawnSync('/usr/bin/time', ['-v', ...step], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
    stepMs.push(performance.now() - start);
    ms += stepMs.at(-1)!;
    if (r.status !== 0) throw new Error(`build failed (${step.join(' ')}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    stepRss.push(Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024);
    log += r.stdout + r.stderr;
  }
  return { ms, rss: Math.max(...stepRss), stepRss, stepMs, pages: countPages(out), kept: [...log.matchAll(/ \((?:cached|restored)\)/g)].length, routes: routeTimes(log) };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
