import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getCollection } from 'astro:content';
import { cacheDir } from 'astro:config/server';
import type { SpeakerId } from '../core/ids';
import type { ReadingModel, Speaker } from '../core/model';
import type { Problem } from '../core/problems';
import { readProblems } from './dev-problems';
import type { StoredReading } from './stored';
import type { ReadingSummary } from '../outputs/summary';

/**
 * Models read lately, by file. Files are named by digest, so one never
 * changes under its name. Pages get a model's file, not the model, and
 * the pages of one reading render one after another, so a few models in
 * memory serve a whole build: memory stays flat however many readings
 * there are (every model in memory took 0.77 MB a reading).
 */
const models = new Map<string, ReadingModel>();
const KEEP = 6;

/** The model stored in `file` (a page's `file` prop). */
export function getModel(file: string): ReadingModel {
  let model = models.get(file);
  if (model) {
    // Most recently used last.
    models.delete(file);
  } else {
    model = JSON.parse(readFileSync(file, 'utf8')) as ReadingModel;
    if (models.size >= KEEP) models.delete(models.keys().next().value!);
  }
  models.set(file, model);
  return model;
}

/** Summaries already read, by file: small, and named by digest like models. */
const summaries = new Map<string, ReadingSummary>();

/** A reading's summary and where its model is. */
export type IndexedReading = ReadingSummary & { file: string };

/**
 * Every reading's summary (keys of its pages, what lists show), newest
 * first: what routes and list pages read instead of every model.
 */
export async function getIndex(): Promise<IndexedReading[]> {
  const stored = (await getCollection('readings')).map((e) => e.data as unknown as StoredReading);
  // In the dev server, a reading edited away leaves its old summary behind.
  const current = new Set(stored.map((s) => s.summary));
  for (const file of summaries.keys()) if (!current.has(file)) summaries.delete(file);
  return stored
    .map(({ model, summary }) => {
      let read = summaries.get(summary);
      if (!read) summaries.set(summary, (read = JSON.parse(readFileSync(summary, 'utf8')) as ReadingSummary));
      return { ...read, file: model };
    })
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title));
}

/**
 * `READINGS_ONLY=1` builds the reading pages and the site's few index pages,
 * and skips claim pages, preview cards, claims.json, speaker and figure
 * pages: a quick look at the readings while writing, and the benchmark's
 * like-for-like comparison with plain Astro. Not a site to deploy: the
 * readings' share links lead to pages it did not build.
 */
export function readingsOnly(): boolean {
  return process.env.READINGS_ONLY === '1';
}

export async function getSpeakers(): Promise<Map<SpeakerId, Speaker>> {
  const entries = await getCollection('speakers');
  return new Map(entries.map((e) => [e.id as SpeakerId, e.data as unknown as Speaker]));
}

/** In `npm run dev`: the problems of the last content reload, if it failed. */
export function getDevProblems(): Problem[] {
  if (!import.meta.env.DEV) return [];
  const raw = cacheDir as URL | string;
  const dir = raw instanceof URL ? raw : raw.startsWith('file:') ? new URL(raw) : pathToFileURL(raw.endsWith('/') ? raw : raw + '/');
  return readProblems(dir);
}
