import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadingModel } from '../../core/model';

/**
 * Reading models on disk, one JSON file per reading, named by the digest
 * of everything it was made from: a file never changes under its name, so
 * a page can read it once and trust it.
 */
export function modelStore(dir: string) {
  return {
    fileFor: (slug: string, digest: string) => join(dir, `${slug}-${digest}.json`),
    async write(file: string, model: ReadingModel) {
      await mkdir(dir, { recursive: true });
      await writeFile(file, JSON.stringify(model));
    },
    read: async (file: string) => JSON.parse(await readFile(file, 'utf8')) as ReadingModel,
    /** Models of earlier versions go, so the folder holds one file per reading. */
    async prune(keep: Iterable<string>) {
      const names = new Set([...keep].map((file) => file.replace(/^.*[\\/]/, '')));
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
