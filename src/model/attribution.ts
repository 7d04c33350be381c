import type { ClaimKind } from '../schemas/directives';
import type { ClaimId, QuantityId, SpeakerId } from './ids';
import type { NumberKind } from './numbers';
import type { Claim, NumberRecord, Speaker } from './reading';

/** A claim's sidebar entry: everything a reader needs to know whose words these are. */
export interface Attribution {
  claim: ClaimId;
  n: number;
  speaker: Pick<Speaker, 'id' | 'name' | 'kind'> & { role: string | null };
  kind: ClaimKind;
  /** The kind in words, as readers see it. */
  kindLabel: string;
  /** Who passed the words on, nearest first: "relayed by" for intermediaries, "reported by" for the author. */
  chain: Array<{ id: SpeakerId; name: string; role: string | null; relation: 'relayed by' | 'reported by' }>;
  event: { name: string; date: string | null; place: string | null } | null;
  source: string | null;
  note: string | null;
  parent: ClaimId | null;
  depth: number;
  /** The numbers said in this claim itself (not in claims nested in it). */
  numbers: Array<{ text: string; value: number | string; kind: NumberKind; unit: string | null; quantity: QuantityId | null; quantityLabel: string | null }>;
  /** The first words, for a compact reminder of which claim this is. */
  excerpt: string;
}

export const KIND_LABELS: Record<ClaimKind, string> = {
  quote: 'Quote',
  paraphrase: 'Paraphrase',
  assertion: 'The author’s assertion',
  document: 'From a document',
};

/** Readers see "10 April 2018", not "2018-04-10". */
export function formatDate(iso: string, lang = 'en-GB'): string {
  const [y, m, d] = iso.split('-');
  if (!y) return iso;
  const date = new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1)));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(date);
}

export function excerptOf(text: string, words = 12): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : all.slice(0, words).join(' ') + '…';
}

export function depthOf(claim: Claim, byId: ReadonlyMap<ClaimId, Claim>): number {
  let depth = 0;
  for (let p = claim.parent; p; p = byId.get(p)?.parent ?? null) depth++;
  return depth;
}

export type { NumberRecord };
