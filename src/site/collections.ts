import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getCollection } from 'astro:content';
import { cacheDir } from 'astro:config/server';
import type { SpeakerId } from '../core/ids';
import type { ReadingModel, Speaker } from '../core/model';
import type { Problem } from '../core/problems';
import { readProblems } from './dev-problems';
import type { StoredReading } from './stored';

/**
 * Models already read, by file. Files are named by digest, so one never
 * changes under its name; a build reads each once however many pages ask.
 */
const models = new Map<string, ReadingModel>();

function modelAt(file: string): ReadingModel {
  let model = models.get(file);
  if (!model) {
    model = JSON.parse(readFileSync(file, 'utf8')) as ReadingModel;
    models.set(file, model);
  }
  return model;
}

/**
 * Typed access to the collections. The loader stores where each reading's
 * model is (validated on the way in by the pipeline), so no schema runs
 * again here.
 */
export async function getReadings(): Promise<ReadingModel[]> {
  const files = (await getCollection('readings')).map((e) => (e.data as unknown as StoredReading).model);
  // In the dev server, a reading edited away leaves its old model behind.
  const current = new Set(files);
  for (const file of models.keys()) if (!current.has(file)) models.delete(file);
  return files
    .map(modelAt)
    .sort((a, b) => (b.frontmatter.published ?? '').localeCompare(a.frontmatter.published ?? '') || a.frontmatter.title.localeCompare(b.frontmatter.title));
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
