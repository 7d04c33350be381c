import type { Node } from 'unist';
import type { ReadingFrontmatter } from '../schemas/reading';
import type { ClaimId, SpeakerId } from '../model/ids';
import type { Claim, NumberRecord } from '../model/reading';
import type { Attribution } from '../model/attribution';
import type { PublishedClaim } from '../model/published';

/** A claim while the stages still work on it: the node it came from, its parent draft, no id yet. */
export type ClaimDraft = Omit<Claim, 'id' | 'n' | 'parent' | 'blockIndex'> & {
  index: number;
  node: Node;
  parent: ClaimDraft | null;
  explicitId: ClaimId | null;
  id?: ClaimId;
};

/**
 * What each stage adds to `file.data`, in pipeline order. Stages talk only
 * through these fields; a stage that needs another's result names it here.
 */
declare module 'vfile' {
  interface DataMap {
    /** frontmatter: the validated front matter (with safe defaults when invalid, so later stages still report their own problems). */
    frontmatter: ReadingFrontmatter;
    /** frontmatter: false when the front matter had problems. */
    frontmatterValid: boolean;
    /** claims: every claim in reading order (outer before inner). */
    claimDrafts: ClaimDraft[];
    /** ids: the claims with their ids, as the model keeps them. */
    claims: Claim[];
    /** speakers: every speaker the reading names or quotes, author first. */
    readingSpeakers: SpeakerId[];
    /** speakers: speakers mentioned in the text. */
    mentioned: SpeakerId[];
    /** numbers: every number, in reading order. */
    numbers: NumberRecord[];
    /** raw: whether the body holds raw HTML, so the costly re-parse runs only when needed. */
    hasRawHtml: boolean;
    /** sidebar: one entry per claim, ready to show. */
    attributions: Attribution[];
    /** processReading: the ids this reading has published before; one processor serves every reading, so this comes with the file. */
    published: Record<string, PublishedClaim> | undefined;
    /** permanence: published ids that now lead to another claim (old id → current id). */
    aliases: Record<ClaimId, ClaimId>;
    /** placement: the top-level block (1-based) that holds each claim. */
    placement: Record<ClaimId, number>;
    /** index: milliseconds each stage took on this file, for `npm run bench`. */
    timings: Record<string, number>;
  }
}

/** The key on a claim's node that leads back to its draft. */
export const CLAIM_INDEX = 'claimIndex';
