import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { asClaimId, attributionId, isSiteId, slugWords, type ClaimId } from '../../../core/ids';
import { matchPublished } from '../../../core/identity';
import { likeness, recordText } from '../../../core/record';
import type { Claim } from '../../../core/model';
import { WORDS } from '../../../core/words';
import type { PipelineContext } from '../../context';
import type { ClaimDraft } from '../../data';
import { report } from '../../report';
import type { ClaimMark } from './nodes';

/** How many of a claim's first words make its id, and the longest id we derive. */
const ID_WORDS = 5;
const MAX_LENGTH = 64;
/** No derived id grows past this when it takes more words to be told apart. */
const LONGEST = 96;

/** Thousands separators would split "4,000" into two id words; a decimal point still splits "2.3". */
const idWords = (text: string) => slugWords(text.replace(/(\d),(?=\d{3})/g, '$1'));

/**
 * The derived id of a claim: its speaker, then its own first words. It
 * depends on nothing outside the claim, so editing other text never changes
 * it. When two claims of one speaker start alike, more words are taken;
 * identical claims are numbered.
 */
function deriveId(draft: Pick<ClaimDraft, 'by' | 'text'>, taken: ReadonlySet<string>): ClaimId {
  const words = idWords(draft.text);
  const free = (id: string) => !taken.has(id) && !isSiteId(id);
  // A speaker id that reads like one of the site's own ids would make every derived id one.
  const start = isSiteId(`${draft.by}-x`) ? `claim-${draft.by}` : (draft.by as string);
  const build = (n: number) => {
    let id = start;
    for (const w of words.slice(0, n)) {
      if ((id + '-' + w).length > MAX_LENGTH && n <= ID_WORDS) break;
      id += '-' + w;
    }
    return id;
  };
  for (let n = Math.min(ID_WORDS, words.length); n <= words.length; n++) {
    const id = build(n);
    // Past a length an address is no longer shareable (nor a folder name): number the shorter stem instead.
    if (n > ID_WORDS && id.length > LONGEST) break;
    if (free(id)) return asClaimId(id);
  }
  const longer = build(words.length);
  const stem = longer.length > LONGEST ? build(Math.min(ID_WORDS, words.length)) : longer;
  for (let i = 2; ; i++) if (free(`${stem}-${i}`)) return asClaimId(`${stem}-${i}`);
}

const preview = (text: string) => `“${text.slice(0, 60)}${text.length > 60 ? '…' : ''}”`;

/**
 * ids: gives every claim its id and adds `file.data.claims` and
 * `file.data.matched` (published id → the claim it belongs to).
 *
 * 1. Explicit `#ids` first. One that the site uses for its own elements,
 *    or that is published for another speaker's words, is an error.
 * 2. Each id this reading has published goes to the claim it was published
 *    for (core/identity.ts): the same speaker's claim most like its words.
 *    A matched claim whose words still derive that id keeps it.
 * 3. Every other claim derives an id from its speaker and first words,
 *    never one the record holds: a new claim cannot take an old link.
 */
export const idsStage = (ctx: PipelineContext) => (_tree: Root, file: VFile): void => {
  const drafts = file.data.claimDrafts ?? [];
  const published = new Map(Object.entries(file.data.published ?? {}));
  // Every id published here, alias or not, was published for some words: each goes to the claim most like them.
  // (An alias whose words come back, a merge undone, is theirs again.) Ids moved to another reading stay out.
  const matchable = new Map([...published].filter(([, p]) => !p.now?.includes('/')));
  const retired = file.data.frontmatter?.retired ?? {};
  const forwarded = file.data.frontmatter?.forwarded ?? {};
  const speakerIds = [...ctx.speakers.keys()];
  const byExplicit = new Map<string, ClaimDraft>();
  for (const draft of drafts) {
    const id = draft.explicitId;
    if (!id) continue;
    const first = byExplicit.get(id);
    if (first) {
      report(file, draft.node, `duplicate claim id "${id}": also used at line ${first.line}, column ${first.column}`, 'ids must be unique within a reading; rename one of the two #ids');
      continue;
    }
    if (isSiteId(id)) {
      report(file, draft.node, `claim id "${id}" is one the site uses for its own elements`, 'choose another #id: ids starting with attribution- or user-content-, ending in -summary, or named main, attributions, filter-by or search-q are taken');
      continue;
    }
    const p = published.get(id);
    if (p && p.by !== draft.by) {
      report(file, draft.node, `claim id "${id}" is already published for ${p.by}'s words ${preview(p.text)}, not ${draft.by}'s`, 'a published id always stays with the words it was published for: give this claim another #id, or none');
      continue;
    }
    // An id reads as its speaker's: one that starts with another speaker's id would put this claim in their mouth.
    const other = speakerIds.find((s) => s !== draft.by && ((id as string) === s || id.startsWith(`${s}-`)) && !id.startsWith(`${draft.by}-`));
    if (other) {
      report(file, draft.node, `claim id "${id}" reads as a claim of ${other}'s, but the claim is ${draft.by}'s`, `choose an #id that does not start with another speaker's id, e.g. ${draft.by}-${id.slice(other.length + 1) || 'claim'}`);
      continue;
    }
    byExplicit.set(id, draft);
    draft.id = id;
  }

  const naturalIds = drafts.map((d) => deriveId(d, new Set()));
  const candidates = drafts.map((d, i) => ({ by: d.by, text: d.text, explicitId: d.id ?? null, naturalId: naturalIds[i]! }));
  // Words of a published id still in the text, under another claim: an explicit #id cannot take it from them.
  const byWords = matchPublished(matchable, candidates.map((c) => ({ ...c, explicitId: null })), new Set([...Object.keys(retired), ...Object.keys(forwarded)]));
  for (const [id, draft] of byExplicit) {
    const i = byWords.get(id);
    if (i === undefined || drafts[i] === draft || !published.has(id)) continue;
    if (likeness(published.get(id)!.text, recordText(draft.text)) >= likeness(published.get(id)!.text, recordText(drafts[i]!.text))) continue;
    report(file, draft.node, `claim id "${id}" was published for the words ${preview(published.get(id)!.text)}, which are still here at line ${drafts[i]!.line}`, 'a published id stays with its words: give this claim another #id, or none');
  }
  const matched = matchPublished(matchable, candidates, new Set([...Object.keys(retired), ...Object.keys(forwarded)]));
  const ownedBy = new Map<number, string[]>();
  for (const [id, i] of matched) ownedBy.set(i, [...(ownedBy.get(i) ?? []), id]);

  // Every id the record knows stays out of reach of other claims, and so do explicit ones.
  const taken = new Set<string>([...published.keys(), ...Object.keys(retired), ...byExplicit.keys()]);
  drafts.forEach((draft, i) => {
    if (draft.id) return;
    const mine = ownedBy.get(i) ?? [];
    const natural = deriveId(draft, new Set([...taken].filter((id) => !mine.includes(id))));
    draft.id = natural;
    taken.add(natural);
  });
  file.data.matched = Object.fromEntries([...matched].map(([id, i]) => [id, drafts[i]!.id!])) as Record<ClaimId, ClaimId>;

  // Retired or forwarded ids whose words are still on the page: declaring them gone is an error (permanence).
  // Still here means: a claim holds words like them that no other published id accounts for, or nearly the same words.
  const declared = new Map([...matchable].filter(([id]) => Object.hasOwn(retired, id) || Object.hasOwn(forwarded, id)));
  const carriers = new Set(matched.values());
  const stillHere: Record<string, number> = {};
  for (const [id, i] of matchPublished(declared, candidates.map((c) => ({ ...c, explicitId: null })))) {
    const d = drafts[i]!;
    if (Object.hasOwn(forwarded, id) && forwarded[id] === d.id) continue;
    if (!carriers.has(i) || likeness(published.get(id)!.text, recordText(d.text)) >= 0.8) stillHere[id] = d.line;
  }
  file.data.stillHere = stillHere as Record<ClaimId, number>;

  const claims: Omit<Claim, 'blockIndex' | 'span'>[] = drafts.map((d, i) => ({
    id: d.id!,
    n: i + 1,
    by: d.by,
    kind: d.kind,
    via: d.via,
    at: d.at,
    source: d.source,
    note: d.note,
    draft: d.draft,
    parent: d.parent?.id ?? null,
    text: d.text,
    block: d.block,
    line: d.line,
    column: d.column,
  }));
  for (const [i, d] of drafts.entries()) {
    const data = (d.node.data ??= {});
    data.hProperties = {
      ...data.hProperties,
      id: d.id,
      dataClaim: d.id,
      dataN: i + 1,
      ariaDescribedBy: [attributionId(d.id!) + '-summary'],
    };
    // The claim's marker: its tab stop, and a plain link to its attribution, so
    // that without JavaScript a tap selects both (`:target`) and a screen
    // reader user lands on the attribution (whose number leads back).
    const mark: ClaimMark = {
      type: 'claimMark',
      data: {
        hName: 'a',
        hProperties: {
          href: `#${attributionId(d.id!)}`,
          className: ['claim-mark'],
          dataN: i + 1,
          ariaLabel: WORDS.claimMark(i + 1, ctx.speakers.get(d.by)?.name ?? d.by),
          ariaDescribedBy: [attributionId(d.id!) + '-summary'],
        },
      },
      children: [],
    };
    if (d.inLink) {
      const siblings = d.inLink.parent.children as Nodes[];
      let at = siblings.indexOf(d.inLink.link) + 1;
      while (siblings[at]?.type === 'claimMark') at++;
      siblings.splice(at, 0, mark);
    } else if (d.node.type === 'containerDirective') d.node.children.unshift(mark);
    else d.node.children.push(mark);
  }
  file.data.claims = claims;
};
