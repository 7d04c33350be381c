import type { ClaimId, ReadingSlug } from '../core/ids';
import type { Claim, ReadingModel } from '../core/model';

/** Where a claim address of a reading leads now. */
export type Destination =
  | { kind: 'claim'; claim: Claim }
  | { kind: 'alias'; claim: Claim }
  | { kind: 'moved'; reading: ReadingSlug; claim: ClaimId }
  | { kind: 'retired'; reason: string };

export function destination(model: ReadingModel, id: ClaimId): Destination | null {
  const own = model.claims.find((c) => c.id === id);
  if (own) return { kind: 'claim', claim: own };
  if (Object.hasOwn(model.aliases, id)) {
    const claim = model.claims.find((c) => c.id === model.aliases[id]);
    if (claim) return { kind: 'alias', claim };
  }
  if (Object.hasOwn(model.moved, id)) return { kind: 'moved', ...model.moved[id]! };
  if (Object.hasOwn(model.retired, id)) return { kind: 'retired', reason: model.retired[id]! };
  return null;
}

/**
 * Every claim address this reading answers for besides its claims' own:
 * ids that lead elsewhere now, under its current slug and under each slug
 * it had before.
 */
export function formerAddresses(model: ReadingModel): Array<{ slug: ReadingSlug; id: ClaimId }> {
  const here = [...Object.keys(model.aliases), ...Object.keys(model.moved), ...Object.keys(model.retired)].map((id) => ({ slug: model.slug, id: id as ClaimId }));
  const before = Object.entries(model.formerly).flatMap(([slug, ids]) => ids.map((id) => ({ slug: slug as ReadingSlug, id })));
  return [...here, ...before];
}
