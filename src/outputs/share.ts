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

/**
 * Who said it, in what role, where and when, relayed by whom: the sentence a
 * link preview shows under the claim.
 */
export function describe(entry: Attribution): string {
  const who = entry.speaker.role ? `${entry.speaker.name}, ${entry.speaker.role}` : entry.speaker.name;
  const parts = [`${WORDS.kindVerb[entry.kind]} by ${who}`];
  if (entry.event) parts.push(`at ${entry.event.name}${entry.event.date ? `, ${formatDate(entry.event.date)}` : ''}`);
  const chain = entry.chain.map((c) => `${c.relation} ${c.name}`).join(', ');
  let sentence = parts.join(' ');
  if (chain) sentence += `; ${chain}`;
  return sentence + '.';
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
