import type { Attribution } from './attribution';
import type { ClaimId } from './ids';
import type { Claim, ReadingModel } from './reading';

/** Everything a claim's own page shows, derived from the reading model. */
export interface ClaimView {
  claim: Claim;
  entry: Attribution;
  /** The top-level block that holds the claim, as rendered in the reading. */
  blockHtml: string;
  /** Entries of every claim in that block, the page's claim first, so every marker in it leads somewhere. */
  blockEntries: Attribution[];
  prev: Claim | null;
  next: Claim | null;
}

export function claimView(model: ReadingModel, id: ClaimId): ClaimView {
  const index = model.claims.findIndex((c) => c.id === id);
  const claim = model.claims[index]!;
  const entry = model.attributions[index]!;
  const block = claim.blockIndex ?? 0;
  const inBlock = model.claims.map((c, i) => [c, model.attributions[i]!] as const).filter(([c]) => c.blockIndex === block);
  return {
    claim,
    entry,
    blockHtml: model.blocks[block - 1] ?? '',
    blockEntries: [entry, ...inBlock.filter(([c]) => c.id !== id).map(([, e]) => e)],
    prev: model.claims[index - 1] ?? null,
    next: model.claims[index + 1] ?? null,
  };
}
