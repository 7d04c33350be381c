import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isId } from '../model/ids';
import { ContentError, type Problem } from '../model/problems';
import { loadSpeakers } from '../model/speakers';
import { RECORD_FILE, readRecord, updatedRecord, writeRecord } from '../model/published';
import type { ReadingModel, StoredReading } from '../model/reading';
import { processReading } from '../pipeline/index';

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

/**
 * The code that turns a file into a model is part of what a stored model
 * depends on: a changed stage must not serve yesterday's HTML from cache.
 */
async function pipelineDigest(): Promise<string> {
  const hash = createHash('sha256');
  const here = fileURLToPath(new URL('..', import.meta.url));
  for (const dir of ['pipeline', 'model', 'schemas']) {
    let files: string[] = [];
    try {
      files = (await readdir(join(here, dir))).sort();
    } catch {
      continue;
    }
    for (const f of files) hash.update(f).update(await readFile(join(here, dir, f)));
  }
  return hash.digest('hex');
}

/** The id of the entry that carries, in `npm run dev`, the problems of the last reload, for the page to show. */
export const PROBLEMS_ENTRY = '__problems';

/**
 * In dev, a mistake must not take the server down: the problems go to the
 * terminal and into the store, where every page shows them in a banner
 * (file, line, column, hint) over the last good version.
 */
async function devSafe(ctx: LoaderContext, run: () => Promise<void>) {
  try {
    await run();
    ctx.store.delete(PROBLEMS_ENTRY);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    ctx.logger.error(error.message);
    ctx.store.set({ id: PROBLEMS_ENTRY, data: { problems: error.problems } as never });
  }
}

function watch(ctx: LoaderContext, dirs: string[], reload: () => Promise<void>) {
  if (!ctx.watcher) return;
  for (const dir of dirs) ctx.watcher.add(dir);
  const onChange = async (path: string) => {
    if (!dirs.some((d) => resolve(path).startsWith(d))) return;
    await devSafe(ctx, reload);
  };
  ctx.watcher.on('change', onChange);
  ctx.watcher.on('add', onChange);
  ctx.watcher.on('unlink', onChange);
}

/**
 * The readings collection. Each file is read once by the pipeline into the
 * whole reading model, from which every view derives. Unchanged files (same
 * text, same speakers, same pipeline) are not read again. All problems of
 * all files are thrown together.
 *
 * The model is written to a JSON file named by its digest, and the store
 * entry only points at it. Astro compiles its data store into one
 * JavaScript module for the build; with whole models in it (about 100 KB a
 * reading) compiling that module took 74 of the 133 seconds of a profiled
 * 1,000-reading build, and grew faster than the corpus.
 */
export function readingsLoader(dirs: ContentDirs = DEFAULT_DIRS): Loader {
  return {
    name: 'annotated-readings',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const readingsDir = resolve(root, dirs.readings);
      const speakersDir = resolve(root, dirs.speakers);
      const code = await pipelineDigest();
      const modelsDir = fileURLToPath(new URL('reading-models/', ctx.config.cacheDir));
      const run = async () => {
        const { speakers, problems } = await loadSpeakers(speakersDir, root);
        // A broken speaker file would make every claim of that speaker "unknown": report the cause alone.
        if (problems.length) throw new ContentError(problems);
        const speakerDigest = ctx.generateDigest(JSON.stringify([...speakers]));
        let files: string[] = [];
        try {
          files = (await readdir(readingsDir)).filter((f) => f.endsWith('.md')).sort();
        } catch {
          ctx.logger.warn(`no readings folder at ${dirs.readings}`);
        }
        const recordPath = resolve(root, dirs.record);
        const record = await readRecord(recordPath);
        const seen = new Set<string>();
        // Models made in this run, by file: the published record needs them, and reading them back cost a second a thousand.
        const made = new Map<string, ReadingModel>();
        await mkdir(modelsDir, { recursive: true });
        for (const f of files) {
          const slug = f.replace(/\.md$/, '');
          const path = relative(root, join(readingsDir, f));
          if (!isId(slug)) {
            problems.push({ file: path, line: 1, column: 1, message: `"${f}" is not a valid reading file name`, hint: 'the file name is the URL slug: lower-case letters, digits and hyphens, like mek-role.md' });
            continue;
          }
          seen.add(slug);
          const source = await readFile(join(readingsDir, f), 'utf8');
          const published = record[slug];
          const digest = ctx.generateDigest([source, speakerDigest, code, ctx.config.base, JSON.stringify(published ?? {})].join('\0'));
          const modelFile = join(modelsDir, `${slug}-${digest}.json`);
          if (ctx.store.get(slug)?.digest === digest && existsSync(modelFile)) continue;
          try {
            const model = await processReading(source, path, { speakers, base: withSlash(ctx.config.base), published });
            for (const note of model.notes) ctx.logger.info(note);
            await writeFile(modelFile, JSON.stringify(model));
            made.set(modelFile, model);
            ctx.store.set({ id: slug, data: { model: modelFile } satisfies StoredReading as never, digest, filePath: path });
          } catch (error) {
            if (error instanceof ContentError) problems.push(...error.problems);
            else throw error;
          }
        }
        for (const slug of Object.keys(record)) {
          if (seen.has(slug)) continue;
          problems.push({
            file: relative(root, join(readingsDir, `${slug}.md`)),
            line: 1,
            column: 1,
            message: `published reading "${slug}" is gone, and with it ${Object.keys(record[slug]!).length} published claim links`,
            hint: `restore the file; or, to unpublish it on purpose, remove "${slug}" from ${dirs.record}`,
          });
        }
        for (const id of ctx.store.keys()) if (!seen.has(id) && id !== PROBLEMS_ENTRY) ctx.store.delete(id);
        const stored = ctx.store.values().filter((e) => e.id !== PROBLEMS_ENTRY).map((e) => (e.data as unknown as StoredReading).model);
        // Models of earlier versions go, so the folder holds one file per reading.
        const keep = new Set(stored.map((file) => file.replace(/^.*[\\/]/, '')));
        for (const f of await readdir(modelsDir)) if (!keep.has(f)) await unlink(join(modelsDir, f)).catch(() => {});
        if (!problems.length) {
          const models = await Promise.all(stored.map(async (file) => made.get(file) ?? (JSON.parse(await readFile(file, 'utf8')) as ReadingModel)));
          if (await writeRecord(recordPath, updatedRecord(record, models), record)) ctx.logger.info(`updated ${dirs.record}: commit it, it keeps published links working`);
        }
        if (problems.length) throw new ContentError(problems as Problem[]);
      };
      watch(ctx, [readingsDir, speakersDir], run);
      if (ctx.watcher) await devSafe(ctx, run);
      else await run();
    },
  };
}

/** The speakers collection: every speaker file, checked. */
export function speakersLoader(dirs: ContentDirs = DEFAULT_DIRS): Loader {
  return {
    name: 'annotated-speakers',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const speakersDir = resolve(root, dirs.speakers);
      const run = async () => {
        const { speakers, problems } = await loadSpeakers(speakersDir, root);
        if (problems.length) throw new ContentError(problems);
        ctx.store.clear();
        for (const s of speakers.values()) ctx.store.set({ id: s.id, data: s as never, digest: ctx.generateDigest(s as never) });
      };
      watch(ctx, [speakersDir], run);
      await run();
    },
  };
}

export const withSlash = (base: string) => (base.endsWith('/') ? base : base + '/');
