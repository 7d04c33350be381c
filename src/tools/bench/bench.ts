/**
 * `npm run bench [-- --readings N --runs R --whole-runs W --series 250,500,… [--series-only] [--series-readings-only] --no-lighthouse]`
 *
 * Builds a generated corpus with this site and, alternating, the same texts
 * without annotations as plain Astro 7 pages (its default Markdown), cold
 * each time; then a warm rebuild after one edit, the pipeline stage by
 * stage, a stress reading, the seed page's weight and Lighthouse. Prints
 * figures and which goals they meet; asserts nothing. Figures also go to
 * `<corpus>/results.json`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSpeakers } from '../../site/speakers-dir';
import { processReading } from '../../pipeline/index';
import { type BuildRun, median, seconds, timedBuild } from './build';
import { reading, writeCorpus } from './corpus';
import { runLighthouse } from './lighthouse';
import { pageWeight } from './weight';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const N = Number(arg('readings', '1000'));
const RUNS = Number(arg('runs', '3'));
/** `--whole-runs W`: cold runs of the whole site, which takes a quarter of an hour at 1,000 readings (its cards), fewer than of the rest. */
const WHOLE_RUNS = Math.max(1, Math.min(RUNS, Number(arg('whole-runs', String(RUNS)))));
const SERIES = arg('series', '').split(',').filter(Boolean).map(Number);
const LIGHTHOUSE = !args.includes('--no-lighthouse');
/** `--series-only`: just the scaling series, for when the main figures are already in hand. */
const MAIN = !(args.includes('--series-only') && SERIES.length);
/** `--series-readings-only`: the series builds reading pages alone (minutes, where the whole site takes an hour at 4,000). */
const SERIES_READINGS_ONLY = args.includes('--series-readings-only');
const root = process.cwd();
const results: Record<string, unknown> = { date: new Date().toISOString(), readings: N, runs: RUNS, wholeRuns: WHOLE_RUNS };
const mark = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const cacheOf = (contentDir: string) => join(root, 'node_modules', '.astro-cache', contentDir.replace(/[^a-z0-9]+/gi, '-'));
const cards = join(root, 'node_modules', '.cache', 'claim-cards');
const searchParts = join(root, 'node_modules', '.cache', 'search-index');

/** The plain Astro project: the same texts, default Markdown, one page per reading. */
function plainProject(dir: string) {
  const plain = join(dir, 'plain');
  mkdirSync(join(plain, 'src', 'pages'), { recursive: true });
  if (!existsSync(join(plain, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(plain, 'node_modules'));
  writeFileSync(join(plain, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(plain, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(join(plain, 'src', 'content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { readings: defineCollection({ loader: glob({ pattern: '*.md', base: './content' }), schema: z.object({ title: z.string() }) }) };\n");
  writeFileSync(join(plain, 'src', 'pages', '[slug].astro'), "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('readings')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props; const { Content } = await render(entry);\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n");
  return plain;
}

/** Builds of this site over a content folder: the whole site as `npm run build` makes it, or the reading pages alone. */
function ours(contentDir: string, out: string, opts: { cold: boolean; readingsOnly?: boolean; keepOut?: boolean }): BuildRun {
  if (opts.cold) {
    rmSync(cacheOf(contentDir), { recursive: true, force: true });
    rmSync(cards, { recursive: true, force: true });
    rmSync(searchParts, { recursive: true, force: true });
  }
  const astro = ['npx', 'astro', 'build', '--outDir', out];
  // The whole site as `npm run build` makes it, deployable: Astro, the search index, `_headers`.
  const steps = opts.readingsOnly ? [astro] : [astro, ['node', 'src/tools/build/search-index.ts', out], ['node', 'src/tools/build/headers.ts', out]];
  return timedBuild(steps, root, { CONTENT_DIR: contentDir, ...(opts.readingsOnly ? { READINGS_ONLY: '1' } : {}) }, out, opts.keepOut);
}

function theirs(plain: string, out: string): BuildRun {
  rmSync(join(plain, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(plain, '.astro'), { recursive: true, force: true });
  return timedBuild([['npx', 'astro', 'build', '--outDir', out]], plain, {}, out);
}

const STEPS = ['Astro', 'search index', '_headers'];
/** Each step of a whole-site build: its time and peak memory. */
const stepsOf = (run: BuildRun) => run.stepMs.map((ms, i) => `${STEPS[i]} ${seconds(ms)}, ${run.stepRss[i]!.toFixed(0)} MB`).join('; ');

function printRoutes(title: string, run: BuildRun) {
  console.log(`\n${title}`);
  const total = Object.values(run.routes).reduce((n, r) => n + r.ms, 0);
  for (const [kind, r] of Object.entries(run.routes).sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(`  ${kind.padEnd(16)}${String(r.count).padStart(7)} ${seconds(r.ms).padStart(9)} ${(r.ms / r.count).toFixed(1).padStart(7)} ms each ${((100 * r.ms) / total).toFixed(0).padStart(4)} %`);
  }
  console.log('  (Astro renders two pages at a time, so these add up to more than the wall time)');
}

const dir = join(tmpdir(), `bench-${N}`);
mkdirSync(dir, { recursive: true });
if (MAIN) await main();

async function main() {
  // ---------------------------------------------------------------- the corpus
  console.log(`Corpus: ${N} readings in ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  await writeCorpus(dir, { readings: N });
  const plain = plainProject(dir);
  const contentDir = relative(root, join(dir, 'annotated'));

  // ------------------------------------------------------ cold builds, alternating
  const a: BuildRun[] = [];
  const r: BuildRun[] = [];
  const b: BuildRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(theirs(plain, join(dir, 'out-plain')));
    console.log(`  run ${i + 1}: plain Astro ${seconds(b.at(-1)!.ms)}`);
    r.push(ours(contentDir, join(dir, 'out-readings'), { cold: true, readingsOnly: true }));
    console.log(`         this site, reading pages alone ${seconds(r.at(-1)!.ms)}`);
    if (i >= RUNS - WHOLE_RUNS) {
      a.push(ours(contentDir, join(dir, 'out-ours'), { cold: true }));
      console.log(`         this site, whole ${seconds(a.at(-1)!.ms)}`);
    }
  }
  const ma = median(a.map((x) => x.ms));
  const mr = median(r.map((x) => x.ms));
  const mb = median(b.map((x) => x.ms));
  const peak = Math.max(...a.map((x) => x.rss));
  const rows = [
    ['', 'this site', 'reading pages', 'plain Astro 7'],
    ['median cold build', seconds(ma), seconds(mr), seconds(mb)],
    ['pages built', String(a[0]!.pages), String(r[0]!.pages), String(b[0]!.pages)],
    ['pages per second', (a[0]!.pages / (ma / 1000)).toFixed(0), (r[0]!.pages / (mr / 1000)).toFixed(0), (b[0]!.pages / (mb / 1000)).toFixed(0)],
    ['readings per second', (N / (ma / 1000)).toFixed(1), (N / (mr / 1000)).toFixed(1), (N / (mb / 1000)).toFixed(1)],
    ['peak memory', `${peak.toFixed(0)} MB`, `${Math.max(...r.map((x) => x.rss)).toFixed(0)} MB`, `${Math.max(...b.map((x) => x.rss)).toFixed(0)} MB`],
  ];
  console.log('');
  for (const row of rows) console.log(`${row[0]!.padEnd(22)}${row[1]!.padStart(12)}${row[2]!.padStart(16)}${row[3]!.padStart(16)}`);
  console.log(`(${RUNS} cold runs each${WHOLE_RUNS < RUNS ? `, ${WHOLE_RUNS} of the whole site` : ''}; the whole site is Astro, then the search index and _headers, as \`npm run build\`: ${stepsOf(a.at(-1)!)})`);
  console.log('');
  console.log(`ratio, whole site:          ${(ma / mb).toFixed(2)}× plain Astro (goal ≤ 10×: ${mark(ma / mb <= 10)})`);
  console.log(`ratio, reading pages alone: ${(mr / mb).toFixed(2)}× plain Astro (goal ≤ 1.5×: ${mark(mr / mb <= 1.5)})`);
  console.log(`peak memory, whole site:    ${peak.toFixed(0)} MB (goal < 2 GB: ${mark(peak < 2048)}; --series 1000,2000,4000 checks it grows linearly)`);
  Object.assign(results, { cold: { whole: a, readingsOnly: r, plain: b }, medians: { whole: ma, readingsOnly: mr, plain: mb } });

  printRoutes('Where the time goes, whole site (Astro’s per-page times, last run):', a.at(-1)!);
  printRoutes('Where the time goes, reading pages alone:', r.at(-1)!);

  // ------------------------------------------------------------- one reading edited
  // A correction: one reading gets a sentence more; the whole site is built again (Astro, the
  // search index, _headers), deployable. Astro's incremental build keeps every page whose key is unchanged.
  const edited = join(dir, 'annotated', 'readings', 'reading-1.md');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n$/, '\n\nOne more sentence, edited.\n'));
  const warm = ours(contentDir, join(dir, 'out-ours'), { cold: false, keepOut: true });
  console.log(`\none reading edited, whole site rebuilt into the last build's folder: ${seconds(warm.ms)}, ${(warm.ms / mb).toFixed(2)}× plain Astro's cold build (goal ≤ 1×: ${mark(warm.ms <= mb)}); ${warm.kept} pages kept, ${warm.pages} in the site; ${stepsOf(warm)}`);
  printRoutes('Where the time goes in that rebuild (pages made again):', warm);
  // The same with an empty output folder (a CI that keeps Astro's cache but not dist/): Astro copies kept pages from its cache.
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n$/, '\n\nAnd another.\n'));
  const restored = ours(contentDir, join(dir, 'out-ours'), { cold: false });
  console.log(`one reading edited, into an empty folder (pages copied from Astro's cache): ${seconds(restored.ms)}, ${(restored.ms / mb).toFixed(2)}× plain Astro's cold build; ${restored.kept} pages restored`);
  results.warm = warm;
  results.warmEmptyFolder = restored;

  // ------------------------------------------------------- the pipeline by stage
  const { speakers } = await loadSpeakers(join(dir, 'annotated', 'speakers'), dir);
  const sample = Math.min(N, 200);
  const sources = Array.from({ length: sample }, (_, i) => reading(i, {}).annotated);
  for (const s of sources.slice(0, 20)) await processReading(s, 'warmup.md', { speakers, base: '/' });
  const stages: Record<string, number> = {};
  let t = performance.now();
  for (let i = 0; i < sample; i++) await processReading(sources[i]!, `reading-${i + 1}.md`, { speakers, base: '/' }, stages);
  const perReading = (performance.now() - t) / sample;
  console.log(`\nThe pipeline, per reading (${sample} readings, in process): ${perReading.toFixed(1)} ms, ${seconds(perReading * N)} of ${N}`);
  for (const [stage, ms] of Object.entries(stages).sort((x, y) => y[1] - x[1])) console.log(`  ${stage.padEnd(12)}${(ms / sample).toFixed(2).padStart(7)} ms`);
  results.pipeline = { perReading, stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, v / sample])) };

  // ------------------------------------------------------------ the stress reading
  const stressDir = join(dir, 'stress');
  mkdirSync(join(stressDir, 'readings'), { recursive: true });
  rmSync(join(stressDir, 'speakers'), { recursive: true, force: true });
  symlinkSync(join(dir, 'annotated', 'speakers'), join(stressDir, 'speakers'));
  const stress = reading(0, { words: 100_000, claims: 2_000 }).annotated;
  writeFileSync(join(stressDir, 'readings', 'stress.md'), stress);
  t = performance.now();
  const stressModel = await processReading(stress, 'stress.md', { speakers, base: '/' });
  const stressMs = performance.now() - t;
  const stressBuild = ours(relative(root, stressDir), join(dir, 'out-stress'), { cold: true, readingsOnly: true });
  const stressPage = join(dir, 'out-stress', 'readings', 'stress', 'index.html');
  console.log(`\nstress reading: ${stressModel.wordCount.toLocaleString('en')} words, ${stressModel.claims.length} claims: ${stressMs.toFixed(0)} ms in the pipeline; its page built in ${seconds(stressBuild.ms)} (${(readFileSync(stressPage).length / 1e6).toFixed(1)} MB of HTML)`);
  results.stress = { words: stressModel.wordCount, claims: stressModel.claims.length, pipelineMs: stressMs, build: stressBuild };

  // ----------------------------------------------------------- the seed page's weight
  const seedOut = join(dir, 'out-seed');
  timedBuild([['npx', 'astro', 'build', '--outDir', seedOut]], root, {}, seedOut);
  const seedPage = 'readings/mek-role-toxify-political-debate/index.html';
  const w = pageWeight(seedOut, seedPage);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`\nseed page, gzip: HTML ${kb(w.html)} + CSS ${kb(w.css)} + JS ${kb(w.js)} = ${kb(w.total)} (goal ≤ 40 KB: ${mark(w.total <= 40 * 1024)}); JS goal ≤ 6 KB: ${mark(w.js <= 6 * 1024)}`);
  console.log(`first 14 KB (${w.firstFlight.decoded.toLocaleString('en')} bytes of HTML once decoded): title ends at ${w.firstFlight.title}, CSS at ${w.firstFlight.css}, first paragraph at ${w.firstFlight.firstParagraph}${w.blockingStylesheets ? `; ${w.blockingStylesheets} external stylesheet(s)` : ''} (goal: all three inside: ${mark(w.firstFlight.holdsAll)})`);
  results.seedWeight = w;

  // ------------------------------------------------------------------- Lighthouse
  if (LIGHTHOUSE) {
    const server = spawn(process.execPath, [join(root, 'tests/support/serve.mjs'), `${seedOut}:4391`, `${join(dir, 'out-stress')}:4392`], { stdio: 'ignore' });
    await new Promise((res) => setTimeout(res, 800));
    try {
      const seedUrl = `http://127.0.0.1:4391/${seedPage.replace('index.html', '')}`;
      const stressUrl = 'http://127.0.0.1:4392/readings/stress/';
      // The seed three times in a row (the goal is 100 on each), then the stress reading.
      const seedRuns = [1, 2, 3].map((n) => `${seedUrl}?run=${n}`);
      const lh = await runLighthouse([...seedRuns, stressUrl]);
      const seeds = seedRuns.map((u) => lh.get(u)!);
      const x = lh.get(stressUrl)!;
      for (const [n, s] of seeds.entries()) console.log(`${n ? '' : '\n'}Lighthouse (mobile), seed, run ${n + 1}: performance ${s.performance} (goal 100: ${mark(s.performance === 100)}), FCP ${s.firstContentfulPaint.toFixed(0)} ms, LCP ${s.largestContentfulPaint.toFixed(0)} ms, TBT ${s.totalBlockingTime.toFixed(0)} ms, CLS ${s.cumulativeLayoutShift.toFixed(3)}`);
      console.log(`Lighthouse (mobile), stress reading: performance ${x.performance}, TBT ${x.totalBlockingTime.toFixed(0)} ms (goal < 200: ${mark(x.totalBlockingTime < 200)}), CLS ${x.cumulativeLayoutShift.toFixed(3)} (goal 0: ${mark(x.cumulativeLayoutShift === 0)}), LCP ${x.largestContentfulPaint.toFixed(0)} ms`);
      const breakdown = (f: (typeof seeds)[number]) => f.mainThread.slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ');
      console.log(`  main thread, seed (run 1): ${breakdown(seeds[0]!)}`);
      console.log(`  main thread, stress reading: ${breakdown(x)}`);
      results.lighthouse = { seed: seeds, stress: x };
    } finally {
      server.kill();
    }
  }
}

// --------------------------------------------------------------- the series
if (SERIES.length) {
  console.log(`\nScaling, one cold build of ${SERIES_READINGS_ONLY ? 'the reading pages alone' : 'the whole site'} per size:`);
  const series: { readings: number; ms: number; rss: number; stepRss: number[]; pages: number }[] = [];
  for (const n of SERIES) {
    const sdir = join(tmpdir(), `bench-series-${n}`);
    rmSync(sdir, { recursive: true, force: true });
    await writeCorpus(sdir, { readings: n });
    const run = ours(relative(root, join(sdir, 'annotated')), join(sdir, 'out'), { cold: true, readingsOnly: SERIES_READINGS_ONLY });
    series.push({ readings: n, ms: run.ms, rss: run.rss, stepRss: run.stepRss, pages: run.pages });
    const first = series[0]!;
    const steps = run.stepRss.length > 1 ? ` (${stepsOf(run)})` : '';
    console.log(`  ${String(n).padStart(5)} readings: ${seconds(run.ms).padStart(8)}, ${(run.ms / n).toFixed(0)} ms a reading (${((run.ms / n) / (first.ms / first.readings)).toFixed(2)}× the first size's), ${run.pages} pages, peak ${run.rss.toFixed(0)} MB${steps} (goal < 2 GB: ${mark(run.rss < 2048)})`);
    rmSync(join(sdir, 'out'), { recursive: true, force: true });
    rmSync(cacheOf(relative(root, join(sdir, 'annotated'))), { recursive: true, force: true });
  }
  results.series = { readingsOnly: SERIES_READINGS_ONLY, runs: series };
}

const resultsFile = join(dir, MAIN ? 'results.json' : `results-series${SERIES_READINGS_ONLY ? '-readings' : ''}.json`);
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nFigures written to ${resultsFile}`);
