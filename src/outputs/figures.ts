import type { ClaimId, QuantityId, ReadingSlug, SpeakerId } from '../core/ids';
import type { ReadingModel } from '../core/model';

/** One figure given for a quantity: who gives it, how, relayed by whom, and where to check it. */
interface FigureItem {
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
}

export interface Quantity {
  id: QuantityId;
  label: string;
  items: FigureItem[];
}

/**
 * Every quantity across readings, with every number given for it. The same
 * quantity id in two readings is one quantity: that is how figures are
 * compared across texts. The first reading to declare it names it.
 */
export function collectQuantities(readings: ReadingModel[]): Quantity[] {
  const out = new Map<QuantityId, Quantity>();
  for (const r of readings) {
    const names = new Map(r.speakers.map((s) => [s.id, s]));
    const claims = new Map(r.claims.map((c) => [c.id, c]));
    for (const [id, label] of Object.entries(r.frontmatter.quantities)) {
      if (!out.has(id as QuantityId)) out.set(id as QuantityId, { id: id as QuantityId, label, items: [] });
    }
    for (const n of r.numbers) {
      if (!n.quantity) continue;
      const claim = n.claim ? claims.get(n.claim) : undefined;
      const speaker = names.get(n.by);
      out.get(n.quantity)!.items.push({
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
      });
    }
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
