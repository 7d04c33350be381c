/**
 * Draws preview cards off the build's main thread. Node runs this file
 * directly (type stripping), so it and what it imports use `.ts` specifiers
 * and only erasable TypeScript.
 */
import { parentPort } from 'node:worker_threads';
import { type CardContent, type ReadingCardContent, drawCard } from './draw.ts';

parentPort!.on('message', ({ job, content }: { job: number; content: CardContent | ReadingCardContent }) => {
  try {
    const png = drawCard(content);
    parentPort!.postMessage({ job, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ job, error: String((error as Error)?.stack ?? error) });
  }
});
