import type { EventData, ReadingFrontmatter } from './schemas/reading';
import type { SpeakerData } from './schemas/speaker';
import type { ClaimKind } from './schemas/claim-kind';
import type { ClaimId, EventId, QuantityId, ReadingSlug, SpeakerId } from './ids';
import type { NumberKind } from './numbers';

/**
 * The reading model: the one result of reading a file, and the only thing
 * outputs read. It holds what the text says (claims, numbers, speakers,
 * blocks, aliases) and nothing about how a page shows it: labels, entries
 * and hues are derived from it by `src/outputs/`.
 */

export type Speaker = SpeakerData & { id: SpeakerId };

/** A claim: serialisable, ids resolved. */
export interface Claim {
  id: ClaimId;
  /** 1-based place in reading order; the marker readers see. */
  n: number;
  by: SpeakerId;
  kind: ClaimKind;
  /** Who relayed it, nearest first; the last is the reporting author. Empty when the author speaks. */
  via: SpeakerId[];
  at: EventId | null;
  source: string | null;
  note: string | null;
  /** Proposed by `npm run draft` and not reviewed yet (`{… draft}`). */
  draft: boolean;
  parent: ClaimId | null;
  /** Plain text of the claim, nested claims included. */
  text: string;
  /** Whole paragraphs (`:::claim`) rather than a span. */
  block: boolean;
  /** Which top-level block of the body holds it (1-based; 0 until placed). */
  blockIndex: number;
  /** Where its element stands in that block's HTML: [start, end) offsets. */
  span: [number, number];
  /** Where it stands in the source, for messages and the link record. */
  line: number;
  column: number;
}

export interface NumberRecord {
  text: string;
  value: number | string;
  kind: NumberKind;
  unit: string | null;
  qualifier: string | null;
  asof: string | null;
  /** The speaker of the innermost claim around it, else the author. */
  by: SpeakerId;
  claim: ClaimId | null;
  quantity: QuantityId | null;
  /** Given by the author with no claim and no source: shown as unsourced. */
  unsourced: boolean;
}

type Event = EventData & { id: EventId };

/** Where a claim moved to another reading now is. */
export interface Moved {
  reading: ReadingSlug;
  claim: ClaimId;
  /** The speaker the id was published for: the claim it leads to must be theirs. */
  by: SpeakerId;
}

export interface ReadingModel {
  slug: ReadingSlug;
  path: string;
  frontmatter: ReadingFrontmatter;
  /** The rendered body, sanitized, as its top-level blocks (paragraphs, figures, tables…). */
  blocks: string[];
  claims: Claim[];
  /** Published ids that lead to a claim under another id (edited, merged, forwarded), old id → current id. */
  aliases: Record<ClaimId, ClaimId>;
  /** Published ids whose claims moved to another reading. */
  moved: Record<ClaimId, Moved>;
  /** Published ids whose claims are gone, with the reason readers see. */
  retired: Record<ClaimId, string>;
  /** Slugs this reading had before, with the claim ids published under each: their addresses lead here. */
  formerly: Record<ReadingSlug, ClaimId[]>;
  numbers: NumberRecord[];
  author: SpeakerId;
  /** Every speaker the reading names or quotes, author first. */
  speakers: Speaker[];
  /** Speakers mentioned in the text (auto-linked or `:speaker`). */
  mentioned: SpeakerId[];
  events: Event[];
  /** What the build should tell the author without stopping (an id that changed). */
  notes: string[];
  /** A plain-text excerpt for indexes and previews. */
  excerpt: string;
  wordCount: number;
}

/** The whole rendered body. */
export const bodyHtml = (model: Pick<ReadingModel, 'blocks'>): string => model.blocks.join('\n');
