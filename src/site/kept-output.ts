import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro's incremental build (`experimental.incrementalBuild`) skips a page
 * whose `cacheKey` and code are unchanged. By default it first empties the
 * output folder and then copies each skipped page back from its own cache
 * (`<cacheDir>/dist/`): at 1,000 readings that is 34,000 files and about
 * 4 GB copied on every build, and every file gets a new date, so a deploy
 * tool that compares dates uploads them all again.
 *
 * With `vite.build.emptyOutDir: false`, Astro leaves a skipped page where it
 * is. This integration does the emptying itself, keeping only what Astro
 * may skip:
 * - before the build, it removes everything in the output folder except the
 *   pages the last build's manifest (`<cacheDir>/incremental-build.json`)
 *   recorded; and it keeps even those only when the folder was last written
 *   by a build that wrote that very manifest (a stamp in the folder says
 *   which), so output from another content folder, a failed build or a hand
 *   edit is never taken for current: then the folder is emptied and Astro
 *   restores from its cache;
 * - after the build, it removes the pages the last build made that this
 *   one no longer makes (a deleted reading or claim), and writes the stamp.
 */
const STAMP = '.incremental-build.json';
const MANIFEST = 'incremental-build.json';

type Manifest = { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };

function outputsOf(manifestFile: string): { files: Set<string>; digest: string } | null {
  if (!existsSync(manifestFile)) return null;
  const text = readFileSync(manifestFile, 'utf8');
  const files = new Set<string>();
  try {
    const manifest = JSON.parse(text) as Manifest;
    for (const route of Object.values(manifest.routes ?? {})) for (const path of Object.values(route.paths ?? {})) if (path.outputFile) files.add(path.outputFile);
  } catch {
    return null;
  }
  return { files, digest: createHash('sha256').update(text).digest('hex') };
}

/**
 * Removes every file under `dir` that `keep` (given its path from `dir`,
 * with `/`) refuses, then the folders left empty. One pass over a stack of
 * folders, with no per-entry work beyond what deciding needs (at 1,000
 * readings a recursive walk took 3 s). A link is an entry like a file: it
 * is removed or kept, never followed (Node's recursive listing follows
 * links, and a link to a folder above loops for ever).
 */
function prune(outDir: string, keep: (file: string) => boolean): void {
  const dir = resolve(outDir);
  const folders: string[] = [];
  const held = new Set<string>();
  for (const stack = [dir]; stack.length; ) {
    const folder = stack.pop()!;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        folders.push(path);
        stack.push(path);
      } else if (keep(relative(dir, path).split(sep).join('/'))) held.add(folder);
      else rmSync(path, { force: true });
    }
  }
  for (let up of held) while (up.length > dir.length && !held.has(dirname(up))) held.add((up = dirname(up)));
  // Deepest first, so a folder's empty subfolders are gone before it.
  for (const folder of folders.sort((a, b) => b.length - a.length)) if (!held.has(folder)) rmdirSync(folder);
}

/** Removes these files (paths from `dir`, with `/`) and each folder they leave empty, up to `dir`. */
function removeFiles(outDir: string, files: string[]): void {
  const dir = resolve(outDir);
  for (const file of files) {
    rmSync(join(dir, file), { force: true });
    // A folder already gone (removed by hand) is nothing to do.
    for (let up = dirname(join(dir, file)); up.length > dir.length && existsSync(up) && readdirSync(up).length === 0; up = dirname(up)) rmdirSync(up);
  }
}

export function keptOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let enabled = false;
  let kept = new Set<string>();
  let started = 0;
  return {
    name: 'kept-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        enabled = config.experimental.incrementalBuild === true && config.vite.build?.emptyOutDir === false;
      },
      'astro:build:start': () => {
        started = Date.now();
        if (!enabled || !existsSync(outDir)) return;
        const previous = outputsOf(join(cacheDir, MANIFEST));
        let stamp: { cacheDir?: string; manifest?: string } = {};
        try {
          stamp = JSON.parse(readFileSync(join(outDir, STAMP), 'utf8'));
        } catch {}
        const trusted = previous !== null && stamp.cacheDir === cacheDir && stamp.manifest === previous.digest;
        kept = trusted ? previous.files : new Set();
        // The stamp goes with the rest: a build that fails from here on leaves a folder no later build trusts.
        prune(outDir, (file) => kept.has(file));
      },
      'astro:build:done': () => {
        if (!enabled) return;
        const next = outputsOf(join(cacheDir, MANIFEST));
        const gone = [...kept].filter((file) => {
          if (next?.files.has(file)) return false;
          const path = join(outDir, file);
          // Made again by this build (a page without a key at the same address): it is current.
          return !(existsSync(path) && statSync(path).mtimeMs >= started);
        });
        removeFiles(outDir, gone);
        if (next) writeFileSync(join(outDir, STAMP), JSON.stringify({ cacheDir, manifest: next.digest }));
      },
    },
  };
}
