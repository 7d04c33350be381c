import { z } from 'astro/zod';
import type { ClaimId, ReadingSlug, SpeakerId } from './ids';
import { ID_PATTERN } from './ids';
import type { Moved, ReadingModel } from './model';

/**
 * The record of every claim id the site has published, per reading
 * (`content/published-claims.json`). It is committed with the content: a
 * shared link is a promise, and this file is how the build keeps it.
 */
const PublishedClaimSchema = z.strictObject({
  /** Whose words the id was published for. */
  by: z.string().regex(ID_PATTERN),
  /** The claim's words when last published, to recognise it after an edit. */
  text: z.string(),
  /** Set when the id leads elsewhere: a claim id here, or `reading/claim-id` in another reading. */
  now: z.string().regex(/^(?:[a-z0-9][a-z0-9-]*\/)?[a-z0-9][a-z0-9-]*$/).optional(),
});
export type PublishedClaim = { by: SpeakerId; text: string; now?: ClaimId };

export const PublishedRecordSchema = z.record(
  z.string().regex(ID_PATTERN, 'a reading slug: lower-case letters, digits and hyphens'),
  z.record(z.string().regex(ID_PATTERN, 'a claim id: lower-case letters, digits and hyphens'), PublishedClaimSchema),
);
export type PublishedRecord = Record<string, Record<string, PublishedClaim>>;

export const RECORD_FILE = 'published-claims.json';

/** The record keeps a claim's first words, enough to recognise it; matching compares like with like. */
export const recordText = (text: string) => text.slice(0, 160);

/**
 * What the record, and the checks across readings, need of a reading: its
 * claims' ids, speakers, first words and review state, and the ids that
 * lead elsewhere. The loader keeps it in each reading's summary, so a build
 * after one edit reads these, not every model (about 10 times the size).
 */
export interface RecordedReading {
  slug: ReadingSlug;
  /** The reading's file, as problems name it. */
  path: string;
  /** Claims in order; `text` as the record keeps it (`recordText`). */
  claims: Array<{ id: ClaimId; by: SpeakerId; text: string; draft: boolean }>;
  aliases: Record<ClaimId, ClaimId>;
  moved: Record<ClaimId, Moved>;
  retired: ClaimId[];
  /** Slugs the reading had before. */
  formerly: ReadingSlug[];
}

export function recordedReading(model: ReadingModel): RecordedReading {
  return {
    slug: model.slug,
    path: model.path,
    claims: model.claims.map((c) => ({ id: c.id, by: c.by, text: recordText(c.text), draft: c.draft })),
    aliases: { ...model.aliases },
    moved: { ...model.moved },
    retired: Object.keys(model.retired) as ClaimId[],
    formerly: Object.keys(model.formerly) as ReadingSlug[],
  };
}

/**
 * The record after a successful build. Every current claim's id, with its
 * words as they are now (so the next edit is recognised against these);
 * every published id that leads elsewhere, with where (`now`); every
 * retired id. A renamed reading's old slug keeps its entries, so its old
 * addresses are still built.
 */
export function updatedRecord(record: PublishedRecord, readings: readonly RecordedReading[]): PublishedRecord {
  const next: PublishedRecord = { ...record };
  for (const reading of readings) {
    const before: Record<string, PublishedClaim> = {};
    for (const old of reading.formerly) Object.assign(before, record[old]);
    Object.assign(before, Object.hasOwn(record, reading.slug) ? record[reading.slug] : {});
    const retired = new Set<string>(reading.retired);
    const entry: Record<string, PublishedClaim> = {};
    for (const [id, old] of Object.entries(before)) {
      const alias = Object.hasOwn(reading.aliases, id) ? reading.aliases[id as ClaimId] : undefined;
      const moved = Object.hasOwn(reading.moved, id) ? reading.moved[id as ClaimId] : undefined;
      if (alias) entry[id] = { by: old.by, text: old.text, now: alias };
      else if (moved) entry[id] = { by: old.by, text: old.text, now: `${moved.reading}/${moved.claim}` as ClaimId };
      else if (retired.has(id)) entry[id] = { by: old.by, text: old.text };
    }
    // An unreviewed (draft) claim is no promise yet: reviewing it may change its speaker, which a recorded id would forbid.
    for (const c of reading.claims) if (!c.draft) entry[c.id] = { by: c.by, text: recordText(c.text) };
    next[reading.slug] = Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)));
  }
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

/** The record as committed: stable key order, one claim a few lines, so a merge conflict is readable. */
export const serializeRecord = (record: PublishedRecord) => JSON.stringify(record, null, 2) + '\n';

/** A text's words, as `likeness` compares them. */
export const wordSet = (s: string): ReadonlySet<string> => new Set(s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean));

/** How alike two claims' words are (Dice coefficient over their word sets), from their `wordSet`s: matching compares each claim with many. */
export function likenessOf(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** How alike two claims' words are (Dice coefficient over their word sets). */
export const likeness = (a: string, b: string): number => likenessOf(wordSet(a), wordSet(b));
