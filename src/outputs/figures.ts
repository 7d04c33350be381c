import type { ClaimId, QuantityId, ReadingSlug, SpeakerId } from '../core/ids';
import type { ReadingModel } from '../core/model';

/** One figure given for a quantity: who gives it, how, relayed by whom, and where to check it. */
export interface FigureItem {
  value: number | string;
  text: string;
  unit: string | null;
  qualifier: string | null;
  asof: string | null;
  by: { id: SpeakerId; name: string; role: string | null };
  via: string[];
  unsourced: boolean;
  reading: { slug: ReadingSlug; title: string };
  claim: { id: ClaimId; n: number } | null;
  /** The words around the number in its claim: what was counted, as the text says it. */
  context: string;
  /** When the claim holding it was made (its event's date, or the one it was relayed at). */
  said: string | null;
}

/** About `width` characters of `text` around `needle`, cut at words. */
function around(text: string, needle: string, width = 70): string {
  const at = text.indexOf(needle);
  if (at < 0) return text.length <= 2 * width ? text : `${text.slice(0, 2 * width)}…`;
  const from = at <= width ? 0 : text.lastIndexOf(' ', at - width) + 1;
  const end = at + needle.length + width;
  const to = end >= text.length ? text.length : text.indexOf(' ', end) < 0 ? text.length : text.indexOf(' ', end);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

export interface Quantity {
  id: QuantityId;
  label: string;
  items: FigureItem[];
}

/** The figures one reading gives for quantities, in reading order. */
export function figuresOf(r: ReadingModel): Array<FigureItem & { quantity: QuantityId }> {
  const names = new Map(r.speakers.map((s) => [s.id, s]));
  const claims = new Map(r.claims.map((c) => [c.id, c]));
  const dates = new Map(r.events.map((e) => [e.id as string, e.date ?? null]));
  const saidOn = (claim: ReadingModel['claims'][number] | undefined): string | null => {
    for (let c = claim; c; c = c.parent ? claims.get(c.parent) : undefined) if (c.at) return dates.get(c.at) ?? null;
    return null;
  };
  return r.numbers.flatMap((n) => {
    if (!n.quantity) return [];
    const claim = n.claim ? claims.get(n.claim) : undefined;
    const speaker = names.get(n.by);
    return [{
      quantity: n.quantity,
      value: n.value,
      text: n.text,
      unit: n.unit,
      qualifier: n.qualifier,
      asof: n.asof,
      by: { id: n.by, name: speaker?.name ?? n.by, role: speaker?.role ?? null },
      via: (claim?.via ?? []).map((v) => names.get(v)?.name ?? v),
      unsourced: n.unsourced,
      reading: { slug: r.slug, title: r.frontmatter.title },
      claim: claim ? { id: claim.id, n: claim.n } : null,
      context: around(claim?.text ?? n.text, n.text),
      said: saidOn(claim),
    }];
  });
}

/**
 * Every quantity across readings, with every number given for it. The same
 * quantity id in two readings is one quantity: that is how figures are
 * compared across texts. The first reading to declare it names it. Reads
 * what `figuresOf` kept of each reading, not the models.
 */
export function collectQuantities(readings: ReadonlyArray<{ quantities: Record<string, string>; figures: ReadonlyArray<FigureItem & { quantity: string }> }>): Quantity[] {
  const out = new Map<QuantityId, Quantity>();
  for (const r of readings) {
    for (const [id, label] of Object.entries(r.quantities)) {
      if (!out.has(id as QuantityId)) out.set(id as QuantityId, { id: id as QuantityId, label, items: [] });
    }
    for (const { quantity, ...item } of r.figures) out.get(quantity as QuantityId)?.items.push(item);
  }
  return [...out.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** A round axis maximum for a bar chart: 4,000 → 5,000; 2,901 → 3,000. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * step >= max) return m * step;
  return 10 * step;
}
