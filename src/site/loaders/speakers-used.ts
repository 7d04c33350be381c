import type { SpeakerId } from '../../core/ids';
import type { Speaker } from '../../core/model';

/** A character reference or a backslash: the only ways a file can spell an id without writing it (`by=&#116;omas`, `author: "\x74omas"`). */
const ESCAPE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|\\/;

/**
 * The speakers a reading's model can depend on, found without parsing it,
 * so that a reading's stored model is kept when another speaker's file
 * changes. A reading uses a speaker only through its id, written in the
 * file: the author, `speakers:`, `by=`, `via=`, `ref=`; its speaker set is
 * exactly those, and auto-linking matches the names and aliases of that set
 * alone (src/pipeline/directives/speaker/stage.ts). An explicit claim id is
 * refused when it starts with another speaker's id (claim/ids.ts), and such
 * an id is written in the file too. So every speaker whose id occurs in the
 * (normalised) text, anywhere, is enough: more than needed when an id is
 * also a word of the text, never fewer. A file holding an escape that
 * could spell an id depends on every speaker.
 *
 * Returns the ids, sorted; the reading's digest holds these speakers' whole
 * records (or their absence, through `ids`).
 */
export function speakersUsed(text: string, ids: readonly SpeakerId[]): SpeakerId[] {
  if (ESCAPE.test(text)) return [...ids].sort();
  return ids.filter((id) => text.includes(id)).sort();
}

/** The part of a reading's digest that stands for its speakers: their records, in id order. */
export function speakersDigestOf(text: string, speakers: ReadonlyMap<SpeakerId, Speaker>): string {
  return JSON.stringify(speakersUsed(text, [...speakers.keys()]).map((id) => speakers.get(id)));
}
