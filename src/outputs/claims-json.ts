import type { ReadingModel, Speaker } from '../core/model';
import type { SpeakerId } from '../core/ids';

/** `claims.json`, as the format doc sets it out, plus a few fields tools asked for (n, unit, qualifier, asof, unsourced). */
export function claimsJson(model: ReadingModel, urls: { reading: string }) {
  const speakers = new Map<SpeakerId, Speaker>(model.speakers.map((s) => [s.id, s]));
  const person = (id: SpeakerId) => {
    const s = speakers.get(id);
    return { id, name: s?.name ?? id, role: s?.role ?? null, kind: s?.kind ?? 'person' };
  };
  const events = new Map(model.events.map((e) => [e.id, e]));
  return {
    reading: {
      slug: model.slug,
      title: model.frontmatter.title,
      author: { id: model.author, name: person(model.author).name },
      url: urls.reading,
      publication: model.frontmatter.publication ?? null,
      published: model.frontmatter.published ?? null,
      original: model.frontmatter.url ?? null,
    },
    claims: model.claims.map((c) => {
      const event = c.at ? events.get(c.at) : undefined;
      return {
        id: c.id,
        n: c.n,
        url: `${urls.reading}#${c.id}`,
        text: c.text,
        kind: c.kind,
        by: person(c.by),
        via: c.via,
        at: event ? { id: event.id, name: event.name, date: event.date ?? null, place: event.place ?? null } : null,
        parent: c.parent,
        source: c.source,
        note: c.note,
        numbers: model.numbers
          .filter((n) => n.claim === c.id)
          .map((n) => ({ text: n.text, value: n.value, kind: n.kind, unit: n.unit, quantity: n.quantity })),
      };
    }),
    numbers: model.numbers.map((n) => ({
      text: n.text,
      value: n.value,
      kind: n.kind,
      unit: n.unit,
      qualifier: n.qualifier,
      asof: n.asof,
      by: n.by,
      claim: n.claim,
      quantity: n.quantity,
      unsourced: n.unsourced,
    })),
    speakers: model.speakers.map((s) => ({ id: s.id, name: s.name, role: s.role ?? null, kind: s.kind })),
  };
}
