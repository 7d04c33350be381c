import { WORDS } from '../core/words';
import { formatDate, type Attribution } from './attribution';

/**
 * A claim's words, cut for a title or a card: at a word boundary, never
 * mid-word, closing any quotation mark it opened, with an ellipsis.
 */
export function shorten(text: string, max = 110): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  cut = cut.replace(/[\s,;:.–—-]+$/, '');
  const opens = (cut.match(/[“«‘]/g) ?? []).length;
  const closes = (cut.match(/[”»’]/g) ?? []).length;
  const open = cut.trimStart()[0];
  const closing = open === '“' ? '”' : open === '«' ? '»' : open === '‘' ? '’' : '';
  return cut + '…' + (opens > closes && closing ? closing : '');
}

/** One link of "said by X (role) — relayed by Y — reported by Z — event, date". */
export interface ChainPart {
  relation: string;
  name: string;
  id: string;
  role: string | null;
}

/**
 * Who said a claim and who passed it on, and where and when: the line a
 * claim's page and card show under the words. A nested claim without an
 * event of its own takes the event where the claim around it was made
 * (where it was relayed).
 */
export function chainOf(entry: Attribution, relayEvent: Attribution['event'] = null): { parts: ChainPart[]; event: string | null } {
  const parts: ChainPart[] = [{ relation: WORDS.saidBy, name: entry.speaker.name, id: entry.speaker.id, role: entry.speaker.role }];
  for (const c of entry.chain) parts.push({ relation: c.relation, name: c.name, id: c.id, role: null });
  const event = entry.event ?? relayEvent;
  return { parts, event: event ? [event.name, event.date && formatDate(event.date)].filter(Boolean).join(', ') : null };
}

/** The chain in one line of text: for cards and previews. */
export function chainText(chain: ReturnType<typeof chainOf>): string {
  const parts = chain.parts.map((p) => `${p.relation} ${p.name}${p.role ? ` (${p.role})` : ''}`);
  if (chain.event) parts.push(chain.event);
  return parts.join(' — ');
}

/**
 * JSON for a `<script type="application/ld+json">`: whatever the content
 * holds, it cannot close the script element or open a comment.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
