/**
 * The loader reads many readings on worker threads (src/site/loaders/reading-pool.ts).
 * Whichever thread reads a reading, the same model, summary and problems must come out.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readOne, type ReadJob } from '../../src/site/loaders/read-one';
import { readingPool } from '../../src/site/loaders/reading-pool';
import { loadSpeakers } from '../../src/site/speakers-dir';

const out = mkdtempSync(join(tmpdir(), 'reading-pool-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('a reading read on a worker gives the same model, summary and problems as one read in the loader’s thread', async () => {
  const { speakers } = await loadSpeakers(resolve('content/speakers'), resolve('.'));
  const seed = readFileSync('content/readings/mek-role-toxify-political-debate.md', 'utf8');
  const broken = seed.replace(/\{by=([a-z-]+)/, '{by=nobody-known');
  const context = { speakers, base: '/', orphans: {} };
  const jobs = (where: string): ReadJob[] =>
    [seed, broken].map((source, job) => ({ job, source, path: `content/readings/r${job}.md`, published: undefined, modelFile: join(out, where, `r${job}.json`) }));
  // Two workers whatever this machine has: the test is of the workers, not of when to start them.
  const pool = await readingPool(resolve('.'), context, 100, 2);
  expect(pool).not.toBeNull();
  let viaPool;
  try {
    viaPool = await Promise.all(jobs('pool').map((j) => pool!.read(j)));
  } finally {
    await pool!.close();
  }
  const here = [];
  for (const j of jobs('here')) here.push(await readOne(j, context));
  expect(viaPool).toEqual(here);
  expect('problems' in viaPool[1]! && viaPool[1].problems[0]!.message).toMatch(/nobody-known/);
  for (const f of ['r0.json', 'r0.summary.json']) expect(readFileSync(join(out, 'pool', f), 'utf8')).toBe(readFileSync(join(out, 'here', f), 'utf8'));
  // Bundling the pipeline and starting two workers takes seconds on a busy two-core machine.
}, 60_000);
