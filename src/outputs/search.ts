import type { ReadingModel } from '../core/model';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The reading's body with each claim made a Pagefind sub-result: an element
 * with an `id` and `data-pagefind-title` inside an indexed page is one, so a
 * search finds a claim inside its reading and links to `#<claim-id>`. Claim
 * pages are not indexed (their words are the reading's): 33 pages a reading
 * fewer for Pagefind, which at 1,000 readings took 2.6 GB and 31 s on them.
 */
export function withSearchAnchors(html: string, model: Pick<ReadingModel, 'claims' | 'speakers'>): string {
  const names = new Map(model.speakers.map((s) => [s.id as string, s.name]));
  const titles = new Map(model.claims.map((c) => [c.id as string, `Claim ${c.n}, ${names.get(c.by) ?? c.by}`]));
  return html.replace(/ data-claim="([^"]+)"/g, (all, id: string) => {
    const title = titles.get(id);
    return title ? `${all} data-pagefind-title="${attr(title)}"` : all;
  });
}
