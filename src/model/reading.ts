import type { ClaimKind } from '../schemas/directives';
import type { EventData, ReadingFrontmatter } from '../schemas/reading';
import type { SpeakerData } from '../schemas/speaker';
import type { ClaimId, EventId, QuantityId, ReadingSlug, SpeakerId } from './ids';
import type { NumberKind } from './numbers';
import type { Attribution } from './attribution';
import type { PublishedClaim } from './published';

export type Speaker = SpeakerData & { id: SpeakerId };

/** Everything the pipeline knows before it reads a file: the speakers, and where the site lives. */
export interface PipelineContext {
  speakers: ReadonlyMap<SpeakerId, Speaker>;
  /** The ids this reading has published before (from published-claims.json), if any. */
  published?: Record<string, PublishedClaim> | undefined;
  /** The site's base path, ending in `/`, so links work under a sub-path. */
  base: string;
}

/** What the readings collection stores: where the reading's model is (see content/loaders.ts for why not the model itself). */
export interface StoredReading {
  model: string;
}

/** A claim as the views see it: serialisable, ids resolved. */
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
  parent: ClaimId | null;
  /** Plain text of the claim, nested claims included. */
  text: string;
  /** Whole paragraphs (`:::claim`) rather than a span. */
  block: boolean;
  /** Which top-level block of the body holds it (1-based; 0 until placed). */
  blockIndex?: number;
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
  /** Marked with `:num` rather than found. */
  explicit: boolean;
}

export type Event = EventData & { id: EventId };

/** The one result of reading a file; every view is derived from it. */
export interface ReadingModel {
  slug: ReadingSlug;
  path: string;
  frontmatter: ReadingFrontmatter;
  /** The rendered body, sanitized, as its top-level blocks (paragraphs, figures, tables…). */
  blocks: string[];
  claims: Claim[];
  /** Published ids whose claims were edited, old id → current id: old links keep working. */
  aliases: Record<ClaimId, ClaimId>;
  /** One sidebar entry per claim, same order. */
  attributions: Attribution[];
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
