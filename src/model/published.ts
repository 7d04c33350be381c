import { readFile, writeFile } from 'node:fs/promises';
import type { ClaimId, ReadingSlug, SpeakerId } from './ids';
import type { ReadingModel } from './reading';

/**
 * The record of every claim id the site has published, per reading. It is
 * committed with the content: a shared link is a promise, and this file is
 * how the build keeps it. `now` marks an id whose claim was edited and took
 * a new id; links to the old one lead to `now`.
 */
export interface PublishedClaim {
  by: SpeakerId;
  /** The claim's words when last published, to recognise it after an edit. */
  text: string;
  now?: ClaimId;
}
export type PublishedRecord = Record<string, Record<string, PublishedClaim>>;

export const RECORD_FILE = 'published-claims.json';

export async function readRecord(path: string): Promise<PublishedRecord> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PublishedRecord;
  } catch {
    return {};
  }
}

const TEXT_KEPT = 160;

/** The record after a successful build: every current id, and every alias still pointing somewhere. */
export function updatedRecord(record: PublishedRecord, models: ReadingModel[]): PublishedRecord {
  const next: PublishedRecord = { ...record };
  for (const model of models) {
    const entry: Record<string, PublishedClaim> = {};
    for (const [id, old] of Object.entries(record[model.slug] ?? {})) {
      if (model.aliases[id as ClaimId]) entry[id] = { by: old.by, text: old.text, now: model.aliases[id as ClaimId]! };
      else if (id in model.frontmatter.retired) entry[id] = { by: old.by, text: old.text };
    }
    for (const c of model.claims) entry[c.id] = { by: c.by, text: c.text.slice(0, TEXT_KEPT) };
    next[model.slug as ReadingSlug] = Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)));
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

export async function writeRecord(path: string, record: PublishedRecord, before: PublishedRecord): Promise<boolean> {
  const text = JSON.stringify(record, null, 2) + '\n';
  if (text === JSON.stringify(before, null, 2) + '\n') return false;
  await writeFile(path, text);
  return true;
}

/** How alike two claims' words are (Dice coefficient over their word sets). */
export function likeness(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean));
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}
