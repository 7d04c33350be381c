import type { ClaimKind } from './schemas/claim-kind';

/**
 * The interface's own words, in one place, so a site can translate them.
 * Content (names, roles, claims) never passes through here.
 */
export const WORDS = {
  kind: {
    quote: 'Quote',
    paraphrase: 'Paraphrase',
    assertion: 'The author’s assertion',
    document: 'From a document',
  } satisfies Record<ClaimKind, string>,
  /** The verb a preview uses for each kind: "Quoted by …". */
  kindVerb: {
    quote: 'Quote',
    paraphrase: 'Paraphrase',
    assertion: 'Asserted',
    document: 'From a document',
  } satisfies Record<ClaimKind, string>,
  relayedBy: 'relayed by',
  reportedBy: 'reported by',
  /** A claim's marker, as a screen reader announces it. */
  claimMark: (n: number, speaker: string) => `Claim ${n}, ${speaker}`,
};
export type Relation = typeof WORDS.relayedBy | typeof WORDS.reportedBy;
