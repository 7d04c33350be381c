import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { asClaimId, slugWords, type ClaimId } from '../model/ids';
import { report } from '../model/problems';
import type { Claim, PipelineContext } from '../model/reading';
import type { ClaimDraft } from './data';

/** How many of a claim's first words make its id, and the longest id we derive. */
const WORDS = 5;
const MAX_LENGTH = 64;

/** Thousands separators would split "4,000" into two id words; a decimal point still splits "2.3". */
const idWords = (text: string) => slugWords(text.replace(/(\d),(?=\d{3})/g, '$1'));

/**
 * The derived id of a claim: its speaker, then its own first words. It
 * depends on nothing outside the claim, so editing other text never changes
 * it. When two claims of one speaker start alike, more words are taken;
 * identical claims are numbered.
 */
export function deriveId(draft: Pick<ClaimDraft, 'by' | 'text'>, taken: ReadonlySet<string>): ClaimId {
  const words = idWords(draft.text);
  const build = (n: number) => {
    let id = draft.by as string;
    for (const w of words.slice(0, n)) {
      if ((id + '-' + w).length > MAX_LENGTH && n <= WORDS) break;
      id += '-' + w;
    }
    return id;
  };
  for (let n = Math.min(WORDS, words.length); n <= words.length; n++) {
    const id = build(n);
    if (!taken.has(id)) return asClaimId(id);
  }
  const stem = build(words.length);
  for (let i = 2; ; i++) if (!taken.has(`${stem}-${i}`)) return asClaimId(`${stem}-${i}`);
}

export const attributionId = (id: ClaimId) => `attribution-${id}`;

/**
 * Stage 4, ids: gives every claim its id (explicit ids first, so a derived id
 * never takes an explicit one), reports duplicates at both places, writes the
 * id hooks on the claim's element and adds `file.data.claims`.
 */
export const remarkIds: Plugin<[PipelineContext], Root> = (ctx) => (_tree, file) => {
  const drafts = file.data.claimDrafts ?? [];
  const taken = new Map<string, ClaimDraft>();
  for (const draft of drafts) {
    if (!draft.explicitId) continue;
    const first = taken.get(draft.explicitId);
    if (first) {
      report(file, draft.node, `duplicate claim id "${draft.explicitId}": also used at line ${first.line}, column ${first.column}`, 'ids must be unique within a reading; rename one of the two #ids');
      continue;
    }
    taken.set(draft.explicitId, draft);
    draft.id = draft.explicitId;
  }
  for (const draft of drafts) {
    if (draft.id) continue;
    draft.id = deriveId(draft, new Set(taken.keys()));
    taken.set(draft.id, draft);
  }
  const claims: Claim[] = drafts.map((d, i) => ({
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
    const data = d.node.data as { hProperties: Record<string, unknown> };
    Object.assign(data.hProperties, {
      id: d.id,
      dataClaim: d.id,
      dataN: i + 1,
      ariaDescribedBy: attributionId(d.id!) + '-summary',
    });
    // The claim's marker: its tab stop, and a plain link to its attribution, so
    // that without JavaScript a tap selects both (`:target`) and a screen
    // reader user lands on the attribution (whose number leads back).
    const children = (d.node as unknown as { children: unknown[] }).children;
    const mark = {
      type: 'claimMark',
      data: {
        hName: 'a',
        hProperties: {
          href: `#${attributionId(d.id!)}`,
          className: ['claim-mark'],
          dataN: i + 1,
          ariaLabel: `Claim ${i + 1}, ${ctx.speakers.get(d.by)?.name ?? d.by}`,
          ariaDescribedBy: attributionId(d.id!) + '-summary',
        },
      },
      children: [],
    };
    if (d.block) children.unshift(mark);
    else children.push(mark);
  }
  file.data.claims = claims;
};
