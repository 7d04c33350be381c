import type { SpeakerId } from './ids';
import type { ReadingModel } from './reading';

/**
 * Hues far enough apart to tell speakers' words apart at a glance, in an
 * order that keeps neighbours distinct. The author stays neutral: unclaimed
 * text is theirs too, and their claims should not compete with quotes.
 * Colour is never the only cue: the speaker's name and the claim's marker
 * number say the same thing in words.
 */
const HUES = [250, 25, 150, 300, 75, 195, 345, 110];

export function speakerHues(model: Pick<ReadingModel, 'claims' | 'author'>): Map<SpeakerId, number | null> {
  const hues = new Map<SpeakerId, number | null>([[model.author, null]]);
  let next = 0;
  for (const c of model.claims) {
    if (hues.has(c.by)) continue;
    hues.set(c.by, HUES[next % HUES.length]!);
    next++;
  }
  return hues;
}

/**
 * The reading's own stylesheet: each speaker's hue, and for each claim the
 * rule that shows it and its entry as selected when the address names it
 * (`:target`), which is how a shared link works without JavaScript.
 */
/** What being selected sets on an entry; `.entry.is-selected` in reading.css sets the same. */
const SELECTED = '--sel: ;--unsel:initial;--sel-position:var(--selected-position)';

export function readingCss(model: Pick<ReadingModel, 'claims' | 'author'>): string {
  const rules: string[] = [];
  for (const [id, hue] of speakerHues(model)) {
    // Class and attribute together outrank the stylesheet's neutral default whatever the order of styles in the page.
    const value = hue === null ? '--hue:60;--chroma:0' : `--hue:${hue};--chroma:var(--speaker-chroma)`;
    rules.push(`.claim[data-by="${id}"],.entry[data-attribution-by="${id}"]{${value}}`);
  }
  const targets = model.claims.map((c) => `html:not(.js) body:has([id="${c.id}"]:target) [data-attribution="${c.id}"]`);
  // `--sel` and `--unsel` are space toggles (empty means on): the entry's selected look lives in the static stylesheet.
  if (targets.length) rules.push(`${targets.join(',\n')}{${SELECTED}}`);
  return rules.join('\n');
}
