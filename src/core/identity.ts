import { likenessOf, recordText, wordSet, type PublishedClaim } from './record';

/** Below this likeness an edited claim is taken for a different one. */
const SAME_CLAIM = 0.4;

/** What matching needs to know of a claim in the current text. */
export interface Candidate {
  by: string;
  text: string;
  /** Its explicit `#id`, if any. */
  explicitId: string | null;
  /** The id its words would derive with nothing else taken: a tie goes to the claim whose id it already is. */
  naturalId: string;
}

/**
 * Which current claim each published id belongs to. A published id was
 * published for some speaker's words; it can only ever lead to a claim by
 * that speaker, and of the claims by that speaker to the one most like the
 * words it was published for, however often they were edited since (the
 * record follows each edit). A claim that merely starts with the same
 * words, or carries the same derived id, does not take it.
 *
 * An explicit `#id` equal to a published id claims it, if the speaker is
 * the one it was published for. Several published ids may lead to one claim
 * (claims merged); a published id leads to one claim at most.
 *
 * Returns published id → index in `candidates`; ids with no claim like
 * enough are absent. Deterministic: pairs are taken best first, ties by
 * order in the text, then by id.
 */
export function matchPublished(published: ReadonlyMap<string, PublishedClaim>, candidates: readonly Candidate[], skip: ReadonlySet<string> = new Set()): Map<string, number> {
  const out = new Map<string, number>();
  const pairs: Array<{ id: string; i: number; score: number; natural: boolean }> = [];
  // Each text's words once: every published claim is compared with every claim by its speaker.
  const words = candidates.map((c) => wordSet(recordText(c.text)));
  for (const [id, p] of published) {
    if (skip.has(id)) continue;
    const pinned = candidates.findIndex((c) => c.explicitId === id);
    if (pinned >= 0) {
      if (candidates[pinned]!.by === p.by) out.set(id, pinned);
      continue;
    }
    let publishedWords: ReadonlySet<string> | undefined;
    candidates.forEach((c, i) => {
      if (c.by !== p.by || (c.explicitId !== null && published.has(c.explicitId) && c.explicitId !== id)) return;
      const score = likenessOf((publishedWords ??= wordSet(p.text)), words[i]!);
      if (score >= SAME_CLAIM) pairs.push({ id, i, score, natural: c.naturalId === id });
    });
  }
  pairs.sort((a, b) => b.score - a.score || Number(b.natural) - Number(a.natural) || a.i - b.i || a.id.localeCompare(b.id));
  // One published id to one claim first, so that repeated words keep their own ids…
  const taken = new Set(out.values());
  for (const pair of pairs) {
    if (out.has(pair.id) || taken.has(pair.i)) continue;
    out.set(pair.id, pair.i);
    taken.add(pair.i);
  }
  // …then what is left leads to the claim most like it: claims that were merged.
  for (const pair of pairs) if (!out.has(pair.id)) out.set(pair.id, pair.i);
  return out;
}
