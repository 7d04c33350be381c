import { attributionId, type SpeakerId } from '../core/ids';
import type { ReadingModel } from '../core/model';

/**
 * A CSS string holding a value from the content or the record. Ids are
 * checked before they get here; this is the second lock: whatever a value
 * holds, it cannot end the string, the rule or the style element.
 */
export const q = (value: string) => `"${value.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;

/**
 * An id selector (`#…`), escaped as CSS.escape does, for any id. Browsers
 * file `#id` rules by id and try each only on its element; `[id="…"]` rules
 * are tried on every element with an id, which a reading with thousands of
 * claims paid for in seconds of style work.
 */
export const byId = (id: string): string =>
  `#${[...id]
    .map((ch, i) => {
      const c = ch.codePointAt(0)!;
      const leadingDigit = c >= 0x30 && c <= 0x39 && (i === 0 || (i === 1 && id.startsWith('-')));
      if (/[a-zA-Z_]/.test(ch) || c >= 0x80 || (/[0-9-]/.test(ch) && !leadingDigit && !(ch === '-' && id === '-'))) return ch;
      return `\\${c.toString(16)} `;
    })
    .join('')}`;

/**
 * A speaker's colours, in OKLCH: the tint behind their words and the
 * stronger colour of their underline and marker, for light and for dark
 * pages. Each slot differs from every other by a CIEDE2000 ΔE of at least
 * 15 in each of the four (tint and mark, light and dark; found by search,
 * gamut-checked, marks ≥ 4.6:1 against their tint), so any two speakers on
 * one page are clearly apart. Colour is never the only cue: the marker
 * carries the speaker's initials and number, and the note their name.
 */
export interface SpeakerColour {
  h: number;
  /** Light tint (L, C), dark tint, light mark, dark mark. */
  tint: [number, number];
  tintDark: [number, number];
  mark: [number, number];
  markDark: [number, number];
}
const SLOTS: SpeakerColour[] = (
  [
    [227, 0.95, 0.03, 0.3, 0.059, 0.386, 0.074, 0.771, 0.128],
    [87, 0.86, 0.095, 0.3, 0.05, 0.461, 0.095, 0.736, 0.071],
    [51, 0.86, 0.085, 0.386, 0.1, 0.37, 0.098, 0.867, 0.079],
    [119, 0.95, 0.095, 0.4, 0.096, 0.383, 0.091, 0.794, 0.155],
    [194, 0.936, 0.095, 0.4, 0.068, 0.464, 0.08, 0.88, 0.122],
    [155, 0.86, 0.045, 0.325, 0.083, 0.366, 0.092, 0.85, 0.143],
    [5, 0.866, 0.076, 0.394, 0.1, 0.464, 0.187, 0.81, 0.113],
    [270, 0.86, 0.067, 0.381, 0.065, 0.392, 0.185, 0.806, 0.086],
    [35, 0.95, 0.024, 0.3, 0.045, 0.494, 0.174, 0.72, 0.104],
    [316, 0.86, 0.095, 0.3, 0.098, 0.414, 0.105, 0.77, 0.133],
  ] as const
).map(([h, tl, tc, dl, dc, ml, mc, kl, kc]) => ({ h, tint: [tl, tc], tintDark: [dl, dc], mark: [ml, mc], markDark: [kl, kc] }));

/** A stable number for a speaker id: their preferred slot, the same on every page where it is free. */
function preferred(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return (h >>> 0) % SLOTS.length;
}

/**
 * Each speaker's colour on one reading's pages (the author has none: their
 * words are the page's own). Speakers take their preferred slot when no
 * one on the page has it, else the next free one, so no two speakers of a
 * reading share a colour until it has more speakers than slots.
 */
export function speakerColours(model: Pick<ReadingModel, 'claims' | 'author'>): Map<SpeakerId, SpeakerColour | null> {
  const colours = new Map<SpeakerId, SpeakerColour | null>([[model.author, null]]);
  const taken = new Set<number>();
  for (const c of model.claims) {
    if (colours.has(c.by)) continue;
    let slot = preferred(c.by);
    if (taken.size < SLOTS.length) while (taken.has(slot)) slot = (slot + 1) % SLOTS.length;
    taken.add(slot);
    colours.set(c.by, SLOTS[slot]!);
  }
  return colours;
}

/** The speakers' initials on one reading, told apart: "AK" and "AG", and "AnK" where two would be "AK". */
export function speakerInitials(speakers: ReadonlyArray<{ id: SpeakerId; name: string }>): Map<SpeakerId, string> {
  const words = (name: string) => name.replace(/^(the|la|le|el|al)\s+/i, '').split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const initials = (name: string, extra: number) => {
    const w = words(name);
    if (!w.length) return name.slice(0, 2);
    const first = w[0]!;
    const rest = w.length > 1 ? [w[w.length - 1]!] : [];
    return [first.slice(0, 1 + extra).replace(/^./u, (c) => c.toUpperCase()), ...rest.map((x) => [...x][0]!.toUpperCase())].join('');
  };
  const out = new Map<SpeakerId, string>();
  const used = new Set<string>();
  for (const s of speakers) {
    let extra = 0;
    let ini = initials(s.name, 0);
    while (used.has(ini.toUpperCase()) && extra < 4) ini = initials(s.name, ++extra);
    if (used.has(ini.toUpperCase())) ini = `${ini}${used.size}`;
    used.add(ini.toUpperCase());
    out.set(s.id, ini);
  }
  return out;
}

const ok = ([l, c]: readonly [number, number], h: number) => `oklch(${l} ${c} ${h})`;

/** The custom properties that colour one speaker's claims, notes and markers. */
function colourVars(colour: SpeakerColour): string {
  return `--tint:light-dark(${ok(colour.tint, colour.h)},${ok(colour.tintDark, colour.h)});--mark:light-dark(${ok(colour.mark, colour.h)},${ok(colour.markDark, colour.h)})`;
}

/** For preview cards, which are drawn light: the speaker's tint and mark. */
export function cardColours(colour: SpeakerColour | null): { tint: [number, number, number]; mark: [number, number, number] } | null {
  return colour ? { tint: [...colour.tint, colour.h], mark: [...colour.mark, colour.h] } : null;
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
 * Each speaker's colours and initials, assigned over the whole reading so
 * a speaker keeps them on every page of it; `only` limits the rules to
 * some speakers (a claim page shows one paragraph, and needs nothing else
 * of the reading's stylesheet).
 */
export function hueCss(model: Pick<ReadingModel, 'claims' | 'author'> & { speakers?: ReadingModel['speakers'] }, only?: ReadonlySet<SpeakerId>): string {
  const rules: string[] = [];
  const initials = speakerInitials(model.speakers ?? [...new Set(model.claims.map((c) => c.by))].map((id) => ({ id, name: id })));
  for (const [id, colour] of speakerColours(model)) {
    if (only && !only.has(id)) continue;
    const ini = initials.get(id);
    const value = [colour ? colourVars(colour) : '', ini ? `--ini:${q(ini)}` : ''].filter(Boolean).join(';');
    // Class and attribute together outrank the stylesheet's neutral default whatever the order of styles in the page.
    rules.push(`.claim[data-by=${q(id)}],.entry[data-attribution-by=${q(id)}],.speaker-key[data-key=${q(id)}]{${value}}`);
  }
  return rules.join('\n');
}

/**
 * The reading's own stylesheet, everything that depends on its claims:
 * - each speaker's colours and initials;
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

  // The author's own assertions read as plain text unless the reader asks for them (the switch before the
  // reading): their notes then join the column; until then each note follows the last note of another voice,
  // and an author's note shown by selection lies over the column, moving nothing.
  const gap = (i: number, prev: number) => `top:max(anchor(--c${i} top),calc(anchor(--e${prev} bottom) + var(--note-gap)))`;
  const margin: string[] = [];
  const shown: string[] = [];
  let lastVoice = 0;
  model.claims.forEach((c, index) => {
    const i = index + 1;
    const own = c.kind === 'assertion';
    const entry = byId(attributionId(c.id));
    margin.push(`${byId(c.id)}{anchor-name:--c${i}}`, `${entry}{anchor-name:--e${i};${own ? `top:max(anchor(--c${i} top),0px)` : gap(i, lastVoice)}}`);
    if (own || lastVoice !== i - 1) shown.push(`#show-author:checked~.reading ${entry}{${gap(i, i - 1)}}`);
    if (!own) lastVoice = i;
  });
  rules.push(`@media (min-width:1100px){@supports (anchor-name:--a){\n${[...margin, ...shown].join('\n')}\n}}`);

  // Narrow screens: blocks and entries carry their place as a class (`narrowOrder`), one rule per place.
  const places = new Set<number>();
  for (const n of narrowOrder(model).entries.values()) places.add(n).add(n + 1);
  rules.push(`@media (max-width:1099.98px){\n${[...places].sort((a, b) => a - b).map((n) => `.${ORDER}${n}{order:${n}}`).join('\n')}\n}`);
  return rules.join('\n');
}

const ORDER = 'ro-';

/**
 * Where blocks and entries stand on narrow screens, where the body and the
 * notes share one column: each entry right after the block that holds its
 * claim. Entries of the k-th block holding claims (counting from 0) take
 * place 2k+1, and the blocks after it, up to the next such block, 2k+2;
 * blocks before the first keep place 0.
 *
 * The place is a class on each block and entry, with one rule per place.
 * Rules that picked blocks by position (`:nth-child(n+…)`, one per block
 * holding claims) were each tried on every element of the page: a
 * 2,000-claim reading spent four seconds of a phone's time on them.
 */
export function narrowOrder(model: Pick<ReadingModel, 'claims'>): { entries: Map<string, number>; block: (n: number) => number } {
  // Blocks are numbered from 1, as `blockIndex` counts them.
  const holding = [...new Set(model.claims.map((c) => c.blockIndex ?? 0))].filter((b) => b > 0).sort((a, b) => a - b);
  const rank = new Map(holding.map((b, k) => [b, k]));
  const entries = new Map(model.claims.map((c) => [c.id as string, 2 * (rank.get(c.blockIndex) ?? 0) + 1]));
  return {
    entries,
    block: (n) => {
      // The last block holding claims before this one.
      let lo = 0;
      let hi = holding.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (holding[mid]! < n) lo = mid + 1;
        else hi = mid;
      }
      return lo === 0 ? 0 : 2 * (lo - 1) + 2;
    },
  };
}

/** The class that gives a block or an entry its narrow-screen place, or none for place 0. */
export const orderClass = (place: number): string | null => (place ? `${ORDER}${place}` : null);

/** A serialized element with a class added to its start tag (serialized by hast-util-to-html: attribute values double-quoted, `"` escaped in them). */
function withClass(html: string, cls: string): string {
  const tag = /^<[a-zA-Z][^\s/>]*/.exec(html);
  if (!tag) return html;
  const attr = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/y;
  attr.lastIndex = tag[0].length;
  for (let m = attr.exec(html); m; m = attr.exec(html)) {
    if (m[1] === 'class') {
      const end = m.index + m[0].length - 1;
      return `${html.slice(0, end)} ${cls}${html.slice(end)}`;
    }
  }
  return `${tag[0]} class="${cls}"${html.slice(tag[0].length)}`;
}

/** The reading's blocks, each with its narrow-screen place (see `narrowOrder`). */
export function orderedBlocks(model: Pick<ReadingModel, 'claims' | 'blocks'>): string[] {
  const { block } = narrowOrder(model);
  return model.blocks.map((html, j) => {
    const cls = orderClass(block(j + 1));
    return cls ? withClass(html, cls) : html;
  });
}
