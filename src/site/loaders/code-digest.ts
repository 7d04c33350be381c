import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The code that turns a file into a model is part of what a stored model
 * depends on: a changed stage must not serve yesterday's HTML from cache.
 * Every file under the core, the pipeline and the outputs counts (a
 * model's summary, its pages' keys, is made by the outputs), folders included.
 */
export async function pipelineDigest(): Promise<string> {
  const hash = createHash('sha256');
  const src = fileURLToPath(new URL('../../', import.meta.url));
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else hash.update(path.slice(src.length)).update(await readFile(path));
    }
  };
  for (const layer of ['core', 'pipeline', 'outputs']) await walk(join(src, layer));
  return hash.digest('hex');
}
