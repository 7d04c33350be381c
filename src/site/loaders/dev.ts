import { resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { ContentError } from '../../core/problems';
import { publishProblems } from '../dev-problems';

/**
 * Runs a load. In `npm run dev` a mistake must not take the server down:
 * the problems go to the terminal and to the dev-problems channel, which
 * every page shows as a banner (file, line, column, hint) over the last
 * good version. In a build they stop it.
 */
export async function runLoad(ctx: LoaderContext, run: () => Promise<void>): Promise<void> {
  if (!ctx.watcher) return run();
  try {
    await run();
    await publishProblems(ctx.config.cacheDir, []);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    ctx.logger.error(error.message);
    await publishProblems(ctx.config.cacheDir, error.problems);
  }
}

/** In `npm run dev`, runs the load again when a file in one of `dirs` changes. */
export function watch(ctx: LoaderContext, dirs: string[], reload: () => Promise<void>): void {
  if (!ctx.watcher) return;
  for (const dir of dirs) ctx.watcher.add(dir);
  const onChange = async (path: string) => {
    if (!dirs.some((d) => resolve(path).startsWith(d))) return;
    await runLoad(ctx, reload);
  };
  ctx.watcher.on('change', onChange);
  ctx.watcher.on('add', onChange);
  ctx.watcher.on('unlink', onChange);
}
