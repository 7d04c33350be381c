import type { ClaimId, QuantityId, SpeakerId } from '../core/ids';
import type { Claim, ReadingModel, Speaker } from '../core/model';
import type { NumberKind } from '../core/numbers';
import type { ClaimKind } from '../core/schemas/claim-kind';
import { WORDS, type Relation } from '../core/words';

/** A claim's entry beside the text: everything a reader needs to know whose words these are. */
export interface Attribution {
  claim: ClaimId;
  n: number;
  speaker: Pick<Speaker, 'id' | 'name' | 'kind'> & { role: string | null };
  kind: ClaimKind;
  /** The kind in words, as readers see it. */
  kindLabel: string;
  /** Who passed the words on, nearest first: "relayed by" for intermediaries, "reported by" for the author. */
  chain: Array<Attribution['speaker'] & { relation: Relation }>;
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

function excerptOf(text: string, words = 12): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length <= words ? all.join(' ') : all.slice(0, words).join(' ') + '…';
}

/**
 * Every claim's entry, in reading order: the model's ids resolved to
 * names, roles, events and words. Derived on demand, so the stored model
 * carries none of it.
 */
export function attributions(model: Pick<ReadingModel, 'claims' | 'numbers' | 'speakers' | 'events' | 'author' | 'frontmatter'>): Attribution[] {
  const speakers = new Map<SpeakerId, Speaker>(model.speakers.map((s) => [s.id, s]));
  const events = new Map(model.events.map((e) => [e.id as string, e]));
  const byId = new Map<ClaimId, Claim>(model.claims.map((c) => [c.id, c]));
  const numbersOf = new Map<ClaimId, Attribution['numbers']>();
  for (const n of model.numbers) {
    if (!n.claim) continue;
    const list = numbersOf.get(n.claim) ?? [];
    list.push({ text: n.text, value: n.value, kind: n.kind, unit: n.unit, quantity: n.quantity, quantityLabel: n.quantity ? model.frontmatter.quantities[n.quantity] ?? null : null });
    numbersOf.set(n.claim, list);
  }
  const who = (id: SpeakerId) => {
    const s = speakers.get(id);
    return { id, name: s?.name ?? id, role: s?.role ?? null, kind: s?.kind ?? 'person' };
  };
  return model.claims.map((claim): Attribution => {
    const event = claim.at ? events.get(claim.at) : undefined;
    let depth = 0;
    for (let p = claim.parent; p; p = byId.get(p)?.parent ?? null) depth++;
    return {
      claim: claim.id,
      n: claim.n,
      speaker: who(claim.by),
      kind: claim.kind,
      kindLabel: WORDS.kind[claim.kind],
      chain: claim.via.map((id, i) => ({ ...who(id), relation: i === claim.via.length - 1 && id === model.author ? WORDS.reportedBy : WORDS.relayedBy })),
      event: event ? { name: event.name, date: event.date ?? null, place: event.place ?? null } : null,
      source: claim.source,
      note: claim.note,
      parent: claim.parent,
      depth,
      numbers: numbersOf.get(claim.id) ?? [],
      excerpt: excerptOf(claim.text),
    };
  });
}
