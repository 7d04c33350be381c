import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadingModel } from '../../core/model';
import type { ReadingSummary } from '../../outputs/summary';

/** A model's summary lives beside it, under the same digest. */
export const summaryFile = (modelFile: string) => modelFile.replace(/\.json$/, '.summary.json');

/**
 * Reading models on disk, one JSON file per reading, named by the digest
 * of everything it was made from: a file never changes under its name, so
 * a page can read it once and trust it.
 */
export function modelStore(dir: string) {
  return {
    fileFor: (slug: string, digest: string) => join(dir, `${slug}-${digest}.json`),
    async write(file: string, model: ReadingModel, summary: ReadingSummary) {
      await mkdir(dir, { recursive: true });
      await writeFile(file, JSON.stringify(model));
      await writeFile(summaryFile(file), JSON.stringify(summary));
    },
    /** The summary stored beside a model. */
    summary: async (file: string) => JSON.parse(await readFile(summaryFile(file), 'utf8')) as ReadingSummary,
    /** Models of earlier versions go, so the folder holds one file per reading. */
    async prune(keep: Iterable<string>) {
      const names = new Set([...keep].flatMap((file) => [file, summaryFile(file)]).map((file) => file.replace(/^.*[\\/]/, '')));
      let present: string[] = [];
      try {
        present = await readdir(dir);
      } catch {
        return;
      }
      for (const f of present) if (!names.has(f)) await unlink(join(dir, f)).catch(() => {});
    },
  };
}
