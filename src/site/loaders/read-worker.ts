/**
 * Reads readings on a worker thread (see reading-pool.ts), as the loader
 * does in its own. Run from a bundle esbuild makes of this file, never
 * imported. An error that is not a problem of the reading goes back as text.
 */
import { parentPort } from 'node:worker_threads';
import type { PipelineContext } from '../../pipeline/context';
import { readOne, type ReadJob } from './read-one';

let context: Omit<PipelineContext, 'published'> | undefined;
// One reading after another: started together, readings interleave at every await and the heap grows with them.
let last = Promise.resolve();

parentPort!.on('message', (message: { context: Omit<PipelineContext, 'published'> } | ReadJob) => {
  if ('context' in message) {
    context = message.context;
    return;
  }
  last = last.then(async () => {
    try {
      parentPort!.postMessage(await readOne(message, context!));
    } catch (error) {
      parentPort!.postMessage({ job: message.job, error: String((error as Error)?.stack ?? error) });
    }
  });
});
