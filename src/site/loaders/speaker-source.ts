import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { SpeakerId } from '../../core/ids';
import type { Speaker } from '../../core/model';
import type { Problem } from '../../core/problems';
import { loadSpeakers } from '../speakers-dir';

type Loaded = { speakers: Map<SpeakerId, Speaker>; problems: Problem[] };

/**
 * The speaker files, read once for both collections that need them (the
 * readings check every id against them; the speakers collection lists
 * them), and again only when a file in the folder changed.
 */
export function speakerSource(folder: string) {
  let last: { stamp: string; loaded: Promise<Loaded> } | undefined;
  const stamp = async (dir: string) => {
    try {
      const names = (await readdir(dir)).sort();
      const stats = await Promise.all(names.map((n) => stat(join(dir, n)).then((s) => `${n}:${s.size}:${s.mtimeMs}`, () => n)));
      return stats.join('\n');
    } catch {
      return '';
    }
  };
  return {
    /** The folder, absolute, for a project at `root`. */
    dirIn: (root: string) => resolve(root, folder),
    async load(root: string): Promise<Loaded> {
      const dir = resolve(root, folder);
      const now = `${dir}\n${await stamp(dir)}`;
      if (last?.stamp !== now) last = { stamp: now, loaded: loadSpeakers(dir, root) };
      return last.loaded;
    },
  };
}
export type SpeakerSource = ReturnType<typeof speakerSource>;
