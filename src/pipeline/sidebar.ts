import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { KIND_LABELS, depthOf, excerptOf, type Attribution } from '../model/attribution';
import type { ClaimId, SpeakerId } from '../model/ids';
import type { Claim, PipelineContext } from '../model/reading';

/**
 * Stage 8, sidebar: one attribution entry per claim, in reading order, with
 * every name resolved: who, in what role, what kind of words, relayed by
 * whom, where, from what source, and the numbers said. Adds
 * `file.data.attributions`; it reads the tree not at all.
 */
export const remarkSidebar: Plugin<[PipelineContext], Root> = (ctx) => (_tree, file) => {
  const fm = file.data.frontmatter!;
  const claims = file.data.claims ?? [];
  const numbers = file.data.numbers ?? [];
  const byId = new Map<ClaimId, Claim>(claims.map((c) => [c.id, c]));
  const who = (id: SpeakerId) => {
    const s = ctx.speakers.get(id);
    return { id, name: s?.name ?? id, role: s?.role ?? null, kind: s?.kind ?? 'person' };
  };
  file.data.attributions = claims.map((claim): Attribution => {
    const event = claim.at ? fm.events[claim.at] : undefined;
    return {
      claim: claim.id,
      n: claim.n,
      speaker: who(claim.by),
      kind: claim.kind,
      kindLabel: KIND_LABELS[claim.kind],
      chain: claim.via.map((id, i) => ({
        ...who(id),
        relation: i === claim.via.length - 1 && id === fm.author ? 'reported by' : 'relayed by',
      })),
      event: event ? { name: event.name, date: event.date ?? null, place: event.place ?? null } : null,
      source: claim.source,
      note: claim.note,
      parent: claim.parent,
      depth: depthOf(claim, byId),
      numbers: numbers
        .filter((n) => n.claim === claim.id)
        .map((n) => ({
          text: n.text,
          value: n.value,
          kind: n.kind,
          unit: n.unit,
          quantity: n.quantity,
          quantityLabel: n.quantity ? fm.quantities[n.quantity] ?? null : null,
        })),
      excerpt: excerptOf(claim.text),
    };
  });
};
