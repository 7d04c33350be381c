import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { plainText } from './text';
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { suggest } from '../model/closest';
import { asClaimId, asEventId, asSpeakerId, type SpeakerId } from '../model/ids';
import { report } from '../model/problems';
import type { PipelineContext } from '../model/reading';
import { ClaimAttributesSchema, type ClaimKind } from '../schemas/directives';
import { directiveAttributes } from './attributes';
import { CLAIM_INDEX, type ClaimDraft } from './data';

type ClaimNode = TextDirective | LeafDirective | ContainerDirective;

/** Quotation marks that open and close verbatim words, Latin and Persian alike. */
const QUOTED = /^\s*["“„«‘'‹「『][\s\S]*["”“»’'›」』][.,;:!?…]*\s*$/u;

/** Adjacent repeats collapse: a speaker does not relay their own words. */
function chainOf(via: SpeakerId[], by: SpeakerId): SpeakerId[] {
  const out: SpeakerId[] = [];
  for (const id of via) if (out.at(-1) !== id) out.push(id);
  while (out[0] === by) out.shift();
  return out;
}

/**
 * Stage 3, claims: finds every `:claim`, `::claim` and `:::claim`, checks its
 * attributes and the ids they name, works out its kind and its chain of
 * relays, and adds `file.data.claimDrafts` in reading order (outer claims
 * before the claims they hold).
 */
export const remarkClaims: Plugin<[PipelineContext], Root> = (ctx) => (tree, file) => {
  const fm = file.data.frontmatter!;
  const author = asSpeakerId(fm.author);
  const drafts: ClaimDraft[] = [];
  const speakerIds = [...ctx.speakers.keys()];
  const checkSpeaker = (node: ClaimNode, id: string, attr: string): SpeakerId => {
    if (!ctx.speakers.has(id as SpeakerId)) {
      report(file, node, `unknown speaker "${id}" in ${attr}= of :claim`, `${suggest(id, speakerIds, 'speaker id')} Speakers are the files in content/speakers/; by=author means the reading's author.`);
    }
    return asSpeakerId(id);
  };

  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const claim = node as ClaimNode;
    if (claim.name !== 'claim') return;
    const attrs = directiveAttributes(file, claim, ClaimAttributesSchema);
    const text = plainText(claim).trim();
    if (text === '') report(file, claim, 'empty claim', 'put the claimed words inside the brackets: :claim[the words]{by=…}');

    let parent: ClaimDraft | null = null;
    for (let i = ancestors.length - 1; i >= 0 && !parent; i--) {
      const index = (ancestors[i]!.data as Record<string, unknown> | undefined)?.[CLAIM_INDEX];
      if (typeof index === 'number') parent = drafts[index]!;
    }

    const rawBy = attrs?.by ?? String(claim.attributes?.by ?? '');
    const by = rawBy === 'author' ? author : rawBy ? checkSpeaker(claim, rawBy, 'by') : author;
    const explicitVia = (attrs?.via ?? []).map((id) => checkSpeaker(claim, id, 'via'));
    const around = parent ? [parent.by, ...parent.via] : by === author ? [] : [author];
    const via = chainOf([...explicitVia, ...around], by);

    // The reading's event is where its speakers spoke: not where the author wrote,
    // nor where the words a speaker relays were first said.
    let at = attrs?.at ?? (parent || by === author ? null : fm.at ?? null);
    if (attrs?.at && !(attrs.at in fm.events)) {
      report(file, claim, `unknown event "${attrs.at}" in at= of :claim`, `${suggest(attrs.at, Object.keys(fm.events), 'event id')} Events are declared under events: in the front matter.`);
      at = null;
    }

    const kind: ClaimKind =
      attrs?.kind ??
      (by === author
        ? 'assertion'
        : QUOTED.test(text)
          ? 'quote'
          : ctx.speakers.get(by)?.kind === 'document'
            ? 'document'
            : 'paraphrase');

    const draft: ClaimDraft = {
      index: drafts.length,
      node: claim,
      parent,
      by,
      kind,
      via,
      at: at ? asEventId(at) : null,
      source: attrs?.source ?? null,
      note: attrs?.note ?? null,
      explicitId: attrs?.id ? asClaimId(attrs.id) : null,
      text,
      block: claim.type !== 'textDirective',
      line: claim.position?.start.line ?? 1,
      column: claim.position?.start.column ?? 1,
    };
    drafts.push(draft);
    (claim as { data?: unknown }).data = {
      ...claim.data,
      [CLAIM_INDEX]: draft.index,
      hName: draft.block ? 'div' : 'span',
      hProperties: { dataBy: by, dataKind: kind, className: ['claim', `claim-${kind}`], dir: 'auto', lang: attrs.lang },
    };
    // A leaf claim (`::claim[words]`) is one whole paragraph.
    if (claim.type === 'leafDirective') {
      claim.children = [{ type: 'paragraph', children: claim.children } as never];
    }
  });
  file.data.claimDrafts = drafts;
};
