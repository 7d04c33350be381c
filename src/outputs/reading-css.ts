import { attributionId, type SpeakerId } from '../core/ids';
import type { ReadingModel } from '../core/model';

/**
 * A CSS string holding a value from the content or the record. Ids are
 * checked before they get here; this is the second lock: whatever a value
 * holds, it cannot end the string, the rule or the style element.
 */
export const q = (value: string) => `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;

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

/** Above this many claims a reading's stylesheet leaves out the rules that select a targeted claim's partner (see below). */
export const PARTNER_RULES_UP_TO = 300;

/**
 * What being selected sets on a claim and its entry. The static stylesheet
 * reads these (space toggles: empty means on, `initial` means off) and sets
 * the same on `.is-selected`, which is how the script selects.
 */
const SELECTED = '--sel: ;--unsel:initial;--sel-position:var(--selected-position);--sel-display:grid';

/**
 * Each speaker's hue, numbered over the whole reading so a speaker keeps
 * their colour on every page; `only` limits the rules to some speakers (a
 * claim page shows one paragraph, and needs nothing else of the reading's
 * stylesheet).
 */
export function hueCss(model: Pick<ReadingModel, 'claims' | 'author'>, only?: ReadonlySet<SpeakerId>): string {
  const rules: string[] = [];
  for (const [id, hue] of speakerHues(model)) {
    if (only && !only.has(id)) continue;
    const value = hue === null ? '--hue:60;--chroma:0' : `--hue:${hue};--chroma:var(--speaker-chroma)`;
    // Class and attribute together outrank the stylesheet's neutral default whatever the order of styles in the page.
    rules.push(`.claim[data-by=${q(id)}],.entry[data-attribution-by=${q(id)}]{${value}}`);
  }
  return rules.join('\n');
}

/**
 * The reading's own stylesheet, everything that depends on its claims:
 * - each speaker's hue;
 * - selection without JavaScript: when the address names a claim or its
 *   entry (`:target`), both are selected;
 * - wide screens: each entry is anchored beside its claim, and below the
 *   entry before it, so notes sit by their claims and never overlap
 *   (CSS anchor positioning; no script, no layout shift);
 * - narrow screens: each entry is ordered right after the block that holds
 *   its claim, so an opened attribution appears under its paragraph.
 */
export function readingCss(model: Pick<ReadingModel, 'claims' | 'author'> & { aliases?: ReadingModel['aliases'] }): string {
  const rules = [hueCss(model)];
  if (!model.claims.length) return rules.join('\n');

  // Without JavaScript, the claim or entry the address names is selected by a static `:target` rule;
  // these select its partner too. Each costs the browser a `:has()` over the whole page, so a reading
  // with very many claims goes without: at 2,000 claims they kept a phone from showing the page for
  // half a minute. There, the claim's marker still leads to its entry.
  if (model.claims.length <= PARTNER_RULES_UP_TO) {
    // Each selector ends in a class, so the browser tries it only on claims or entries, not on every element.
    const selected = (when: string, id: string) => [`${when} .claim[id=${q(id)}]`, `${when} .entry[data-attribution=${q(id)}]`];
    const selectors = model.claims.flatMap((c) => selected(`body:has([id=${q(c.id)}]:target,[id=${q(attributionId(c.id))}]:target)`, c.id));
    // An old id (of a claim since edited) selects the claim it now names.
    for (const [old, now] of Object.entries(model.aliases ?? {})) selectors.push(...selected(`body:has([id=${q(old)}]:target)`, now));
    rules.push(`@media (scripting:none){\n${selectors.join(',\n')}{${SELECTED}}\n}`);
  }

  const margin = model.claims.map(
    (c, i) =>
      `[id=${q(c.id)}]{anchor-name:--c${i + 1}}\n[data-attribution=${q(c.id)}]{anchor-name:--e${i + 1};top:max(anchor(--c${i + 1} top),calc(anchor(--e${i} bottom) + var(--note-gap)))}`,
  );
  rules.push(`@media (min-width:1100px){@supports (anchor-name:--a){\n${margin.join('\n')}\n}}`);

  const blocks = [...new Set(model.claims.map((c) => c.blockIndex ?? 0))].filter((b) => b > 0).sort((a, b) => a - b);
  const order: string[] = [];
  blocks.forEach((block, rank) => {
    order.push(`[data-reading-body]>:nth-child(n+${block + 1}){order:${2 * rank + 2}}`);
    const here = model.claims.filter((c) => c.blockIndex === block).map((c) => `[data-attribution=${q(c.id)}]`);
    order.push(`${here.join(',')}{order:${2 * rank + 1}}`);
  });
  rules.push(`@media (max-width:1099.98px){\n${order.join('\n')}\n}`);
  return rules.join('\n');
}
