import { join, relative } from 'node:path';
import type { Problem } from '../../core/problems';
import type { ClaimId, SpeakerId } from '../../core/ids';
import type { PublishedRecord, RecordedReading } from '../../core/record';

/**
 * A reading the record has published, whose file is gone: every link to
 * its claims would break, so the build stops and says how to proceed.
 */
export function vanishedReadings(record: PublishedRecord, present: ReadonlySet<string>, where: { root: string; readingsDir: string; record: string }): Problem[] {
  return Object.keys(record)
    .filter((slug) => !present.has(slug))
    .map((slug) => ({
      file: relative(where.root, join(where.readingsDir, `${slug}.md`)),
      line: 1,
      column: 1,
      message: `published reading "${slug}" is gone, and with it ${Object.keys(record[slug]!).length} published claim links`,
      hint: `if the reading was renamed, list its old slug in the new file's front matter (formerly: [${slug}]), and its links lead there; else restore the file, or remove "${slug}" from ${where.record} to unpublish it on purpose`,
    }));
}

/** The claim an id of a reading leads to there, itself or through an alias (as `destination` in src/outputs/destination.ts). */
function landing(reading: RecordedReading, id: ClaimId): { by: SpeakerId } | null {
  const own = reading.claims.find((c) => c.id === id);
  if (own) return own;
  const alias = Object.hasOwn(reading.aliases, id) ? reading.aliases[id] : undefined;
  return (alias && reading.claims.find((c) => c.id === alias)) || null;
}

/**
 * What no one reading can check alone: a claim forwarded to another
 * reading must land on a claim there, and an old slug can be taken over by
 * one renamed reading only. It reads each reading's summary of ids
 * (`RecordedReading`), not its model.
 */
export function acrossReadings(readings: readonly RecordedReading[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(readings.map((m) => [m.slug as string, m]));
  const claimedBy = new Map<string, RecordedReading>();
  for (const model of readings) {
    for (const [id, to] of Object.entries(model.moved)) {
      const target = bySlug.get(to.reading);
      const lands = target ? landing(target, to.claim) : null;
      if (lands && lands.by !== to.by) {
        problems.push({
          file: model.path,
          line: 1,
          column: 1,
          message: `forwarded: "${id}" was published for ${to.by}'s words; it cannot lead to ${lands.by}'s claim "${to.reading}/${to.claim}"`,
          hint: `a link leads only to words of the speaker it was published for: forward it to a claim of ${to.by}'s, or retire it`,
        });
      } else if (!lands) {
        problems.push({
          file: model.path,
          line: 1,
          column: 1,
          message: `forwarded: "${id}" leads to "${to.reading}/${to.claim}", ${target ? `which is no claim of the reading "${to.reading}"` : `but there is no reading "${to.reading}"`}`,
          hint: 'write reading-slug/claim-id of the claim the words moved to, as its address shows: /readings/<slug>/claims/<id>/',
        });
      }
    }
    for (const old of model.formerly) {
      const first = claimedBy.get(old);
      if (first) problems.push({ file: model.path, line: 1, column: 1, message: `formerly: "${old}" is also claimed by ${first.path}`, hint: 'an old slug can lead to one reading only; remove it from one of the two' });
      else claimedBy.set(old, model);
    }
  }
  return problems;
}
