import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { isId } from '../../core/ids';
import { ContentError, type Problem } from '../../core/problems';
import { updatedRecord, type RecordedReading } from '../../core/record';
import { normalizeSource } from '../../core/text';
import { READING_FILE, slugOf, withSlash, type ContentDirs } from '../content-dirs';
import { listContentFiles, readContentFile } from '../content-files';
import { readRecord, writeRecord } from '../record-file';
import type { StoredReading } from '../stored';
import { pipelineDigest } from './code-digest';
import { runLoad, watch } from './dev';
import { modelStore, summaryFile } from './model-store';
import type { SpeakerSource } from './speaker-source';
import { acrossReadings, vanishedReadings } from './checks';
import { speakersDigestOf } from './speakers-used';
import { readingPool } from './reading-pool';
import { readOne, type ReadJob, type ReadReply } from './read-one';

/**
 * The readings collection. Each file is read once by the pipeline into the
 * whole reading model, from which every output derives. Unchanged files
 * (same text, same records of the speakers it can use, same pipeline,
 * same published ids) are not read again. All problems of all files are thrown together.
 *
 * The model is written to a JSON file named by its digest, and the store
 * entry only points at it. Astro compiles its data store into one
 * JavaScript module for the build; with whole models in it (about 100 KB a
 * reading) compiling that module took 74 of the 133 seconds of a profiled
 * 1,000-reading build, and grew faster than the corpus.
 */
export function readingsLoader(speakerSource: SpeakerSource, dirs: ContentDirs): Loader {
  return {
    name: 'annotated-readings',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const readingsDir = resolve(root, dirs.readings);
      const recordPath = resolve(root, dirs.record);
      const code = await pipelineDigest();
      const store = modelStore(fileURLToPath(new URL('reading-models/', ctx.config.cacheDir)));
      const run = async () => {
        const { speakers, problems } = await speakerSource.load(root);
        // A broken speaker file would make every claim of that speaker "unknown": report the cause alone.
        if (problems.length) throw new ContentError(problems);
        const listed = await listContentFiles(readingsDir, root, READING_FILE);
        if (listed.missing) ctx.logger.warn(`no readings folder at ${dirs.readings}`);
        const found: Problem[] = [...listed.problems];
        const { record, problems: recordProblems } = await readRecord(recordPath, relative(root, recordPath));
        // An unreadable record stops everything: building on without it would lose every old link.
        if (recordProblems.length) throw new ContentError(recordProblems);
        // Readings the record knows whose files are gone: a renamed reading may claim one with `formerly:`.
        const present = new Set(listed.files.map((f) => slugOf(f.name)));
        const orphans = Object.fromEntries(Object.entries(record).filter(([slug]) => !present.has(slug)));
        const orphansDigest = JSON.stringify(orphans);
        const seen = new Map<string, string>();
        // What the record and the checks need of each reading made in this run, by model file; the others' is read from their summaries.
        const made = new Map<string, RecordedReading>();
        const jobs: Array<ReadJob & { slug: string; digest: string }> = [];
        for (const file of listed.files) {
          const slug = slugOf(file.name);
          if (!isId(slug)) {
            found.push({ file: file.shown, line: 1, column: 1, message: `"${file.name}" is not a valid reading file name`, hint: 'the file name is the URL slug: lower-case letters, digits and hyphens, like mek-role.md' });
            continue;
          }
          const twin = seen.get(slug);
          if (twin) {
            found.push({ file: file.shown, line: 1, column: 1, message: `a second file for the reading "${slug}": ${twin} is the first`, hint: 'keep one file per reading; rename or remove this one' });
            continue;
          }
          seen.set(slug, file.shown);
          const { text: source, problem } = await readContentFile(file);
          if (problem) {
            found.push(problem);
            continue;
          }
          const published = Object.hasOwn(record, slug) ? record[slug] : undefined;
          // Only the speakers this file can use: editing one speaker's file reads again the readings that name them, not all.
          const speakerDigest = speakersDigestOf(normalizeSource(source!), speakers);
          const digest = ctx.generateDigest([source, speakerDigest, code, ctx.config.base, JSON.stringify(published ?? {}), orphansDigest].join('\0'));
          const modelFile = store.fileFor(slug, digest);
          if (ctx.store.get(slug)?.digest === digest && existsSync(modelFile) && existsSync(summaryFile(modelFile))) continue;
          jobs.push({ job: jobs.length, source: source!, path: file.shown, published, modelFile, slug, digest });
        }
        const context = { speakers, base: withSlash(ctx.config.base), orphans };
        const pool = await readingPool(root, context, jobs.length);
        const replies: ReadReply[] = [];
        if (pool) {
          try {
            replies.push(...(await Promise.all(jobs.map((job) => pool.read(job)))));
          } finally {
            await pool.close();
          }
        } else for (const job of jobs) replies.push(await readOne(job, context));
        // In the files' order, whichever thread read them: notes, problems and the store come out the same.
        for (const reply of replies) {
          const job = jobs[reply.job]!;
          if ('problems' in reply) {
            found.push(...reply.problems);
            continue;
          }
          for (const note of reply.notes) ctx.logger.info(note);
          made.set(job.modelFile, reply.links);
          ctx.store.set({ id: job.slug, data: { model: job.modelFile, summary: summaryFile(job.modelFile) } satisfies StoredReading, digest: job.digest, filePath: job.path });
        }
        for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
        const stored = ctx.store.values().map((e) => (e.data as unknown as StoredReading).model);
        await store.prune(stored);
        if (made.size) ctx.logger.info(`read ${made.size} of ${seen.size} readings: ${[...made.values()].slice(0, 5).map((r) => r.slug).join(', ')}${made.size > 5 ? ', …' : ''}`);
        // A summary is about a fifth of its model: after one edit, a build reads these, not every model.
        const readings = await Promise.all(stored.map(async (file) => made.get(file) ?? (await store.summary(file)).links));
        found.push(...acrossReadings(readings));
        const renamed = new Set(readings.flatMap((m) => m.formerly));
        found.push(...vanishedReadings(record, new Set([...seen.keys(), ...renamed]), { root, readingsDir, record: dirs.record }));
        if (found.length) throw new ContentError(found);
        if (await writeRecord(recordPath, updatedRecord(record, readings), record)) ctx.logger.info(`updated ${dirs.record}: commit it, it keeps published links working`);
      };
      watch(ctx, [readingsDir, speakerSource.dirIn(root)], run);
      await runLoad(ctx, run);
    },
  };
}
