import type { Link, Parent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import type { ReadingFrontmatter } from '../core/schemas/reading';
import type { ClaimId, ReadingSlug, SpeakerId } from '../core/ids';
import type { Claim, Moved, NumberRecord } from '../core/model';
import type { PublishedClaim } from '../core/record';

/** A claim while the stages still work on it: the node it came from, its parent draft, no id yet. */
export type ClaimDraft = Omit<Claim, 'id' | 'n' | 'parent' | 'blockIndex' | 'span'> & {
  index: number;
  /** A `::claim` leaf has become a container by the time a draft exists. */
  node: TextDirective | ContainerDirective;
  parent: ClaimDraft | null;
  explicitId: ClaimId | null;
  id?: ClaimId;
  /** The link around the claim, if any: its marker (a link itself) goes after it, as links cannot nest. */
  inLink: { link: Link; parent: Parent } | null;
};

/**
 * What each stage adds to `file.data`, in pipeline order. Stages talk only
 * through these fields; a stage that needs another's result names it here.
 */
declare module 'vfile' {
  interface DataMap {
    /** frontmatter: the validated front matter (with safe defaults when invalid, so later stages still report their own problems). */
    frontmatter: ReadingFrontmatter;
    /** frontmatter: where a front-matter field stands in the file (its key), for later stages' messages. */
    locateFrontmatter: (path: PropertyKey[]) => { line: number; column: number };
    /** claims: every claim in reading order (outer before inner). */
    claimDrafts: ClaimDraft[];
    /** ids: the claims with their ids, as the model keeps them. */
    claims: Omit<Claim, 'blockIndex' | 'span'>[];
    /** speakers: every speaker the reading names or quotes, author first. */
    readingSpeakers: SpeakerId[];
    /** speakers: speakers mentioned in the text. */
    mentioned: SpeakerId[];
    /** numbers: every number, in reading order. */
    numbers: NumberRecord[];
    /** processReading: the ids this reading has published before; one processor serves every reading, so this comes with the file. */
    published: Record<string, PublishedClaim> | undefined;
    /** processReading: published records of readings whose files are gone, for a renamed reading's `formerly:`. */
    orphans: Record<string, Record<string, PublishedClaim>>;
    /** renamed: old slugs of this reading, with the ids published under each. */
    formerly: Record<ReadingSlug, ClaimId[]>;
    /** ids: each published id → the id of the claim whose words it was published for, when they are still here. */
    matched: Record<ClaimId, ClaimId>;
    /** ids: retired or forwarded ids whose words are still in the text, with the line of the claim holding them. */
    stillHere: Record<ClaimId, number>;
    /** permanence: published ids that now lead to another claim (old id → current id). */
    aliases: Record<ClaimId, ClaimId>;
    /** permanence: published ids whose claims moved to another reading. */
    moved: Record<ClaimId, Moved>;
    /** permanence: published ids retired, with their reason (aliases of a retired id included). */
    retiredIds: Record<ClaimId, string>;
    /** placement: the top-level block (1-based) that holds each claim. */
    placement: Record<ClaimId, number>;
    /** index: milliseconds each stage took on this file, for `npm run bench`. */
    timings: Record<string, number>;
  }
}

declare module 'mdast' {
  interface Data {
    /** claims: on a claim's node, the index of its draft in `file.data.claimDrafts`. */
    claimIndex?: number;
    /** syntax: the directive's `{…}` could not be parsed; that is reported, so what follows from it is not. */
    attributesUnread?: boolean;
  }
}
