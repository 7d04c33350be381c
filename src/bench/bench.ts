/**
 * `npm run bench [-- --readings N --runs R]`: builds a generated corpus with
 * this site and, alternating, the same texts without annotations as plain
 * Astro 7 pages (its default Markdown processor), cold each time, and prints
 * medians, the ratio, pages per second and peak memory; then a warm rebuild
 * after editing one reading, and the pipeline alone on a stress reading.
 * It prints figures; it asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadSpeakers } from '../model/speakers';
import { processReading } from '../pipeline/index';
import { reading, writeCorpus } from './corpus';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = arg('readings', 1000);
const RUNS = arg('runs', 3);
const root = process.cwd();
const dir = join(tmpdir(), `bench-${N}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function countPages(out: string): number {
  let n = 0;
  for (const name of readdirSync(out)) {
    const p = join(out, name);
    if (statSync(p).isDirectory()) n += countPages(p);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

/** Runs a build under GNU time for its peak memory; returns wall time, peak RSS and page count. */
function timed(command: string[], cwd: string, env: Record<string, string>, out: string) {
  rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', ...command], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024;
  return { ms, rss, pages: countPages(out) };
}

console.log(`Corpus: ${N} readings in ${dir}`);
rmSync(dir, { recursive: true, force: true });
await writeCorpus(dir, { readings: N });

// The plain Astro project: same texts, default Markdown, one page per reading.
const plain = join(dir, 'plain');
mkdirSync(join(plain, 'src', 'pages'), { recursive: true });
if (!existsSync(join(plain, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(plain, 'node_modules'));
writeFileSync(join(plain, 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(plain, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
writeFileSync(join(plain, 'src', 'content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { readings: defineCollection({ loader: glob({ pattern: '*.md', base: './content' }), schema: z.object({ title: z.string() }) }) };\n");
writeFileSync(join(plain, 'src', 'pages', '[slug].astro'), "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('readings')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props; const { Content } = await render(entry);\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n");

const contentDir = relative(root, join(dir, 'annotated'));
const ourCache = join(root, 'node_modules', '.astro-cache', contentDir.replace(/[^a-z0-9]+/gi, '-'));
const cards = join(root, 'node_modules', '.cache', 'claim-cards');
const ours = () => {
  rmSync(ourCache, { recursive: true, force: true });
  rmSync(cards, { recursive: true, force: true });
  return timed(['npx', 'astro', 'build', '--outDir', join(dir, 'out-ours')], root, { CONTENT_DIR: contentDir }, join(dir, 'out-ours'));
};
const theirs = () => {
  rmSync(join(plain, 'node_modules', '.astro'), { recursive: true, force: true });
  rmSync(join(plain, '.astro'), { recursive: true, force: true });
  return timed(['npx', 'astro', 'build', '--outDir', join(dir, 'out-plain')], plain, {}, join(dir, 'out-plain'));
};

const a: ReturnType<typeof ours>[] = [];
const b: ReturnType<typeof theirs>[] = [];
for (let i = 0; i < RUNS; i++) {
  b.push(theirs());
  console.log(`  plain Astro run ${i + 1}: ${fmt(b.at(-1)!.ms)}`);
  a.push(ours());
  console.log(`  this site   run ${i + 1}: ${fmt(a.at(-1)!.ms)}`);
}

// A warm rebuild: one reading edited, everything else cached.
const edited = join(dir, 'annotated', 'readings', 'reading-1.md');
writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\n$/, '\n\nOne more sentence, edited.\n'));
const warm = timed(['npx', 'astro', 'build', '--outDir', join(dir, 'out-ours')], root, { CONTENT_DIR: contentDir }, join(dir, 'out-ours'));

// The pipeline alone: per reading, and on a stress reading of about 100,000 words with 2,000 claims.
const { speakers } = await loadSpeakers(join(dir, 'annotated', 'speakers'), dir);
let t = performance.now();
for (let i = 0; i < Math.min(N, 200); i++) await processReading(reading(i, {}).annotated, `r${i}.md`, { speakers, base: '/' });
const perReading = (performance.now() - t) / Math.min(N, 200);
const stress = reading(0, { words: 100_000, claims: 2_000 }).annotated;
t = performance.now();
const stressModel = await processReading(stress, 'stress.md', { speakers, base: '/' });
const stressMs = performance.now() - t;

const ma = median(a.map((x) => x.ms));
const mb = median(b.map((x) => x.ms));
const rows = [
  ['', 'this site', 'plain Astro 7'],
  ['median cold build', fmt(ma), fmt(mb)],
  ['pages built', String(a[0]!.pages), String(b[0]!.pages)],
  ['pages per second', (a[0]!.pages / (ma / 1000)).toFixed(0), (b[0]!.pages / (mb / 1000)).toFixed(0)],
  ['readings per second', (N / (ma / 1000)).toFixed(1), (N / (mb / 1000)).toFixed(1)],
  ['peak memory', `${Math.max(...a.map((x) => x.rss)).toFixed(0)} MB`, `${Math.max(...b.map((x) => x.rss)).toFixed(0)} MB`],
];
console.log('');
for (const r of rows) console.log(`${r[0]!.padEnd(22)}${r[1]!.padStart(14)}${r[2]!.padStart(16)}`);
console.log('');
console.log(`ratio, whole site (goal ≤ 2.5×): ${(ma / mb).toFixed(2)}×`);
console.log(`warm rebuild after editing one reading: ${fmt(warm.ms)} (${((100 * warm.ms) / ma).toFixed(0)}% of a cold build; goal ≤ 10%)`);
console.log(`pipeline alone: ${perReading.toFixed(1)} ms per reading; ${(perReading * N / 1000).toFixed(1)} s of the cold build`);
console.log(`stress reading: ${stressModel.wordCount.toLocaleString('en')} words, ${stressModel.claims.length} claims, ${stressMs.toFixed(0)} ms in the pipeline`);
