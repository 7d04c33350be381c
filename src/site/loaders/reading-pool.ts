import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { PipelineContext } from '../../pipeline/context';
import type { ReadJob, ReadReply } from './read-one';

/** A worker's reply: the reading's, or an error that is not a problem of the reading. */
type WorkerReply = ReadReply | { job: number; error: string };

/** Below this many readings to read, starting workers costs more than it saves. */
const WORTH_A_POOL = 24;

/**
 * Reads readings on every core. The pipeline is synchronous JavaScript, so
 * one thread reads one reading at a time: a cold build of 1,000 readings
 * spent most of its content sync there on one of two cores. Workers run a
 * bundle of the pipeline that esbuild makes (a fraction of a second), named
 * by its contents and kept in npm's cache folder, so that it resolves the
 * project's packages.
 *
 * Returns null when the pool would not pay (few readings, or one core):
 * the loader then reads in its own thread, with the same code.
 */
export async function readingPool(root: string, context: Omit<PipelineContext, 'published'>, jobs: number, cores = availableParallelism()) {
  const size = Math.min(4, cores, Math.ceil(jobs / WORTH_A_POOL));
  if (size < 2) return null;
  const made = await build({ entryPoints: [join(root, 'src/site/loaders/read-worker.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node22', write: false, logLevel: 'silent' });
  const text = made.outputFiles[0]!.contents;
  const dir = join(root, 'node_modules', '.cache', 'annotated-readings');
  const bundle = join(dir, `read-worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(bundle)) {
    // Written aside, then renamed: two builds at once never run a half-written bundle.
    await mkdir(dir, { recursive: true });
    const aside = `${bundle}.${process.pid}`;
    await writeFile(aside, text);
    await rename(aside, bundle);
  }
  // Two readings in hand per worker (it reads them one after the other): the next is there when
  // one is done, and the rest wait here, going to whichever worker is free first.
  const queue: Array<{ job: ReadJob; resolve: (r: ReadReply) => void; reject: (e: Error) => void }> = [];
  const working = new Map<number, { resolve: (r: ReadReply) => void; reject: (e: Error) => void }>();
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(bundle);
    worker.postMessage({ context });
    return { worker, inHand: 0 };
  });
  const feed = (w: (typeof workers)[number]) => {
    while (w.inHand < 2 && queue.length) {
      const next = queue.shift()!;
      w.inHand++;
      working.set(next.job.job, next);
      w.worker.postMessage(next.job);
    }
  };
  for (const w of workers) {
    w.worker.on('message', (reply: WorkerReply) => {
      const p = working.get(reply.job);
      working.delete(reply.job);
      if ('error' in reply) p?.reject(new Error(reply.error));
      else p?.resolve(reply);
      w.inHand--;
      feed(w);
    });
    // A worker that dies fails the whole read with its error, as an error in the loader's own thread would.
    w.worker.on('error', (error: Error) => {
      for (const p of [...working.values(), ...queue.splice(0)]) p.reject(error);
      working.clear();
    });
  }
  return {
    read(job: ReadJob): Promise<ReadReply> {
      return new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        const free = workers.reduce((a, b) => (b.inHand < a.inHand ? b : a));
        feed(free);
      });
    },
    close: () => Promise.all(workers.map((w) => w.worker.terminate())),
  };
}
