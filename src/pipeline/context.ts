import type { SpeakerId } from '../core/ids';
import type { Speaker } from '../core/model';
import type { PublishedClaim } from '../core/record';

/** Everything the pipeline knows before it reads a file: the speakers, and where the site lives. */
export interface PipelineContext {
  speakers: ReadonlyMap<SpeakerId, Speaker>;
  /** The ids this reading has published before (from published-claims.json), if any. */
  published?: Record<string, PublishedClaim> | undefined;
  /** Published records of readings whose files are gone: a renamed reading takes over its old slug's ids. */
  orphans?: Record<string, Record<string, PublishedClaim>> | undefined;
  /** The site's base path, ending in `/`, so links work under a sub-path. */
  base: string;
}
