import type { ClaimId } from '../core/ids';
import type { Claim, ReadingModel } from '../core/model';
import { attributions, type Attribution } from './attribution';

/** Everything a claim's own page shows, derived from the reading model. */
export interface ClaimView {
  claim: Claim;
  entry: Attribution;
  /** The claim as rendered in the reading, the claims inside it included. */
  html: string;
  /** Plain text just before and after it in its block: enough to read it in, never the whole block. */
  before: string;
  after: string;
  /** Entries of the claim and the claims inside it, the page's claim first, so every marker on the page leads somewhere. */
  entries: Attribution[];
  /** The claim around this one, if it is nested. */
  parent: Claim | null;
  /** Where the nearest claim around it was made: where these words were relayed. */
  relayEvent: Attribution['event'];
  prev: Claim | null;
  next: Claim | null;
}

/** How much of the text around a claim its page shows, in characters, cut at a word. */
const CONTEXT = 240;

/** Text from HTML that the pipeline made and sanitized: tags dropped, entities kept as they are. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');

function tail(html: string): string {
  const text = textOf(html);
  if (text.length <= CONTEXT) return text.trimStart();
  const cut = text.slice(-CONTEXT);
  // Start at a sentence if one starts in reach, else at a word.
  const sentence = /[.!?…]["”’»]?\s+(?=\S)/g;
  let start = -1;
  for (let m; (m = sentence.exec(cut)); ) if (start < 0) start = m.index + m[0].length;
  return start >= 0 ? cut.slice(start) : '…' + cut.slice(cut.indexOf(' ') + 1);
}

function head(html: string): string {
  // Shown on its own line under the claim: the punctuation that closed the claim's sentence would dangle there.
  const text = textOf(html).replace(/^\s*[.,;:!?…]+\s*/, '');
  if (text.length <= CONTEXT) return text.trimEnd();
  const cut = text.slice(0, CONTEXT);
  const end = cut.search(/[.!?…]["”’»]?\s[^.!?…]*$/);
  return end >= 0 ? cut.slice(0, cut.indexOf(' ', end)) : cut.slice(0, cut.lastIndexOf(' ')) + '…';
}

function relayEventOf(model: ReadingModel, entries: Attribution[], index: number): Attribution['event'] {
  const at = new Map(model.claims.map((c, i) => [c.id, i]));
  for (let p = model.claims[index]!.parent; p; ) {
    const i = at.get(p)!;
    if (entries[i]!.event) return entries[i]!.event;
    p = model.claims[i]!.parent;
  }
  return null;
}

const entriesOf = new WeakMap<ReadingModel, Attribution[]>();

export function claimView(model: ReadingModel, id: ClaimId): ClaimView {
  // Entries are the same for every claim page of a reading: made once per model.
  let entries = entriesOf.get(model);
  if (!entries) entriesOf.set(model, (entries = attributions(model)));
  const index = model.claims.findIndex((c) => c.id === id);
  const claim = model.claims[index]!;
  const block = model.blocks[claim.blockIndex - 1] ?? '';
  const [start, end] = claim.span;
  const inside = new Set<ClaimId>([id]);
  for (const c of model.claims) if (c.parent && inside.has(c.parent)) inside.add(c.id);
  return {
    claim,
    entry: entries[index]!,
    html: block.slice(start, end),
    before: tail(block.slice(0, start)),
    after: head(block.slice(end)),
    entries: model.claims.flatMap((c, i) => (inside.has(c.id) ? [entries[i]!] : [])),
    parent: claim.parent ? model.claims.find((c) => c.id === claim.parent) ?? null : null,
    relayEvent: relayEventOf(model, entries, index),
    prev: model.claims[index - 1] ?? null,
    next: model.claims[index + 1] ?? null,
  };
}
