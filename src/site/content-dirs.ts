import { join } from 'node:path';
import { RECORD_FILE } from '../core/record';

export interface ContentDirs {
  /** Folder of `<slug>.md` readings, relative to the project root. */
  readings: string;
  /** Folder of `<id>.yaml` speakers, relative to the project root. */
  speakers: string;
  /** The committed record of published claim ids. */
  record: string;
}

/**
 * `content/` by default; `CONTENT_DIR=path` builds another set of readings
 * with the same code (the test suite builds its fixture sites this way).
 */
const contentRoot = process.env.CONTENT_DIR ?? 'content';
export const DEFAULT_DIRS: ContentDirs = { readings: join(contentRoot, 'readings'), speakers: join(contentRoot, 'speakers'), record: join(contentRoot, RECORD_FILE) };

/** Reading files: Markdown by either extension, in any case (`.md`, `.MD`, `.markdown`). */
export const READING_FILE = /\.(md|markdown)$/i;
export const slugOf = (name: string) => name.replace(READING_FILE, '');

export const withSlash = (base: string) => (base.endsWith('/') ? base : base + '/');
