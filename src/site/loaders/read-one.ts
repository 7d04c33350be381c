import { dirname } from 'node:path';
import { ContentError, type Problem } from '../../core/problems';
import type { RecordedReading } from '../../core/record';
import type { PipelineContext } from '../../pipeline/context';
import { processReading } from '../../pipeline/index';
import { summarise } from '../../outputs/summary';
import { modelStore } from './model-store';

export interface ReadJob {
  job: number;
  source: string;
  /** How messages name the file. */
  path: string;
  published: PipelineContext['published'];
  /** Where the model goes; its summary goes beside it. */
  modelFile: string;
}

/** What the loader needs back of a reading: its notes to the author and what the record and the checks across readings need; or its problems. */
export type ReadReply = { job: number } & ({ notes: string[]; links: RecordedReading } | { problems: Problem[] });

/** Reads one reading into its model and summary files, in whichever thread runs it (the loader's, or a worker of reading-pool.ts). */
export async function readOne(job: ReadJob, context: Omit<PipelineContext, 'published'>): Promise<ReadReply> {
  try {
    const model = await processReading(job.source, job.path, { ...context, published: job.published });
    const summary = summarise(model);
    await modelStore(dirname(job.modelFile)).write(job.modelFile, model, summary);
    return { job: job.job, notes: model.notes, links: summary.links };
  } catch (error) {
    if (error instanceof ContentError) return { job: job.job, problems: error.problems };
    throw error;
  }
}
