import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { asClaimId, attributionId, isSiteId, slugWords, type ClaimId } from '../../../core/ids';
import { matchPublished } from '../../../core/identity';
import type { Claim } from '../../../core/model';
import { WORDS } from '../../../core/words';
import type { PipelineContext } from '../../context';
import type { ClaimDraft } from '../../data';
import { report } from '../../report';
import type { ClaimMark } from './nodes';

/** How many of a claim's first words make its id, and the longest id we derive. */
const ID_WORDS = 5;
const MAX_LENGTH = 64;

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
    if (free(id)) return asClaimId(id);
  }
  const stem = build(words.length);
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
  const live = new Map([...published].filter(([, p]) => !p.now));
  const retired = file.data.frontmatter?.retired ?? {};
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
    byExplicit.set(id, draft);
    draft.id = id;
  }

  const naturalIds = drafts.map((d) => deriveId(d, new Set()));
  const matched = matchPublished(
    live,
    drafts.map((d, i) => ({ by: d.by, text: d.text, explicitId: d.id ?? null, naturalId: naturalIds[i]! })),
    new Set(Object.keys(retired)),
  );
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

  const claims: Omit<Claim, 'blockIndex' | 'span'>[] = drafts.map((d, i) => ({
    id: d.id!,
    n: i + 1,
    by: d.by,
    kind: d.kind,
    via: d.via,
    at: d.at,
    source: d.source,
    note: d.note,
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
