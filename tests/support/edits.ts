/**
 * A site's readings built in sequence, as the content loader builds them:
 * each build reads the record the last one wrote. Fast enough to try many
 * real edits; tests/build/ covers the loader itself on a real build.
 */
import type { SpeakerId } from '../../src/core/ids';
import type { ReadingModel, Speaker } from '../../src/core/model';
import { ContentError, formatProblem, type Problem } from '../../src/core/problems';
import { recordedReading, updatedRecord, type PublishedRecord } from '../../src/core/record';
import { processReading } from '../../src/pipeline/index';
import { acrossReadings, vanishedReadings } from '../../src/site/loaders/checks';

export interface Built {
  models: Map<string, ReadingModel>;
  /** `path:line:column: message` of every problem; empty when the build passed. */
  problems: string[];
  notes: string[];
}

export function site(speakers: ReadonlyMap<SpeakerId, Speaker>) {
  let record: PublishedRecord = {};
  return {
    get record() {
      return record;
    },
    async build(readings: Record<string, string>): Promise<Built> {
      const problems: Problem[] = [];
      const models = new Map<string, ReadingModel>();
      const orphans = Object.fromEntries(Object.entries(record).filter(([slug]) => !(slug in readings)));
      const notes: string[] = [];
      for (const [slug, source] of Object.entries(readings)) {
        try {
          const model = await processReading(source, `readings/${slug}.md`, { speakers, base: '/', published: record[slug], orphans });
          models.set(slug, model);
          notes.push(...model.notes);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          problems.push(...error.problems);
        }
      }
      if (!problems.length) {
        problems.push(...acrossReadings([...models.values()].map(recordedReading)));
        const renamed = new Set([...models.values()].flatMap((m) => Object.keys(m.formerly)));
        problems.push(...vanishedReadings(record, new Set([...Object.keys(readings), ...renamed]), { root: '.', readingsDir: 'readings', record: 'published-claims.json' }));
      }
      // As the loader: the record changes only when the whole build passes.
      if (!problems.length) record = updatedRecord(record, [...models.values()].map(recordedReading));
      return { models, problems: problems.map(formatProblem), notes };
    },
  };
}
