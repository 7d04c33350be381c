import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardContent, ReadingCardContent } from './draw';

export type { CardContent } from './draw';

type Pending = { resolve: (png: Uint8Array) => void; reject: (error: Error) => void };

/**
 * Worker threads that draw cards. A card costs about 10 ms of CPU; on the
 * main thread that time (and the collections its 3 MB pixel buffers set
 * off over the build's large heap) delayed every page. In workers with small
 * heaps, cards draw on every core while pages render.
 */
class CardPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(private readonly script: URL, private readonly size: number) {}

  draw(content: CardContent | ReadingCardContent): Promise<Uint8Array> {
    const slot = this.slot();
    const job = this.next++;
    slot.busy++;
    // A worker with work keeps the process alive; an idle one must not keep a finished build from exiting.
    slot.worker.ref();
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(job, { resolve, reject });
      slot.worker.postMessage({ job, content });
    }).finally(() => {
      if (--slot.busy === 0) slot.worker.unref();
    });
  }

  private slot() {
    const free = this.workers.find((w) => w.busy === 0);
    if (free) return free;
    if (this.workers.length < this.size) {
      const worker = new Worker(this.script);
      worker.on('message', ({ job, png, error }: { job: number; png?: Uint8Array; error?: string }) => {
        const p = this.pending.get(job);
        this.pending.delete(job);
        if (error !== undefined || !png) p?.reject(new Error(`Drawing a preview card failed: ${error}`));
        else p?.resolve(png);
      });
      const slot = { worker, busy: 0 };
      // A worker that dies takes the build with it: every card waiting is rejected with its error.
      worker.on('error', (error: Error) => {
        this.workers.splice(this.workers.indexOf(slot), 1);
        for (const p of this.pending.values()) p.reject(error);
        this.pending.clear();
      });
      this.workers.push(slot);
      return slot;
    }
    return this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
  }
}

let pool: CardPool | undefined;

/**
 * The 1200×630 PNG for a claim. Cards are cached by a digest of what they
 * show (and of the layout's version), so an unchanged claim is not drawn
 * again on the next build.
 *
 * `root` is the project folder: the worker is a source file Node runs as it
 * is, not part of Astro's bundle.
 */
export async function renderCard(content: CardContent | ReadingCardContent, cacheDir: string, root: URL): Promise<Uint8Array> {
  const key = createHash('sha256').update(JSON.stringify(['card-v6', content])).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet.
  }
  pool ??= new CardPool(new URL('src/outputs/card/card-worker.ts', root), Math.min(4, availableParallelism()));
  const png = await pool.draw(content);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cached, png);
  return png;
}
