import type { Link, Parent, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { suggest } from '../../../core/closest';
import { checkSpeaker } from '../../speaker-ref';
import { asClaimId, asEventId, asSpeakerId, type SpeakerId } from '../../../core/ids';
import type { ClaimKind } from '../../../core/schemas/claim-kind';
import { directiveAttributes } from '../../attributes';
import type { PipelineContext } from '../../context';
import type { ClaimDraft } from '../../data';
import { report } from '../../report';
import { plainText } from '../../text';
import { ClaimAttributesSchema } from './schema';
import { CLOSING_MARKS } from './quotes';

type ClaimNode = TextDirective | LeafDirective | ContainerDirective;

/** Quotation marks that open and close verbatim words, Latin and Persian alike. */
const QUOTED = /^\s*["“„«‘'‹「『][\s\S]*["”“»’'›」』][.,;:!?…]*\s*$/u;
const CLOSES: Record<string, string> = { ...CLOSING_MARKS, "'": "'", '‹': '›', '『': '』' };
const FRAME_VERB =
  /(?:^|[\s,])(?:said|says|added|adds|asked|asks|replied|replies|told|tells|wrote|writes|insisted|insists|continued|went on|explained|warned|noted|argued|declared|recalled|conceded|stressed|admitted|claimed|acknowledged|suggested|observed|remarked|announced|urged|vowed|promised|predicted|complained|joked|responded|answered|stated|maintained|confirmed|denied|agreed|a\s+(?:dit|déclaré|affirmé|ajouté|expliqué|estimé|assuré)|dijo|afirmó|añadió|explicó|sagte|erklärte|betonte|disse|ha\s+detto|zei|قال|قالت|گفت)(?=[\s,.;:]|$)/iu;

/** Between two quoted stretches of one quotation, only its frame (`“The plan,” Keller said, “is dead.”`), or nothing (“Yes.” “No.”). */
const isFrame = (gap: string) => /^[\s,.;:–—-]*$/.test(gap) || (FRAME_VERB.test(gap) && gap.trim().split(/\s+/).length <= 12 && !/[.!?]\s+\p{Lu}/u.test(gap));

/**
 * The words are one quotation, wholly in quotation marks: a paraphrase that
 * begins and ends with quoted fragments (`“reckless” Tory spending had left
 * a “£22bn black hole”`) is not, or readers would take its unquoted words
 * for the speaker's own.
 */
function wholeQuote(text: string): boolean {
  if (!QUOTED.test(text)) return false;
  const body = text.trim();
  const closers = CLOSES[body[0]!] ?? '';
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (let from = 1; ; ) {
    let close = -1;
    for (let k = from; k < body.length; k++) {
      // A closing single mark between letters is an apostrophe (isn’t); so is one after a plural's s before a lower-case word (the workers’ union).
      // (Not when its word is all the quotation so far: ‘Reckless’ spending.)
      const apostrophe =
        /[’']/.test(body[k]!) &&
        letter(body[k - 1]) &&
        (letter(body[k + 1]) || (body[k - 1] === 's' && /^\s+\p{Ll}/u.test(body.slice(k + 1)) && /\s/.test(body.slice(from, k))));
      if (closers.includes(body[k]!) && !apostrophe) {
        close = k;
        break;
      }
    }
    if (close < 0) return true;
    const rest = body.slice(close + 1);
    if (/^[.,;:!?…\s]*$/.test(rest)) return true;
    // The quotation goes on after its frame: “The plan,” Keller said, “is dead.”
    const reopen = rest.search(/["“„«‘'‹「『]/u);
    if (reopen < 0 || !isFrame(rest.slice(0, reopen))) return false;
    from = close + 1 + reopen + 1;
  }
}

/** The innermost link around a node, with its parent, if the node is inside one. */
function linkAround(ancestors: Parent[]): ClaimDraft['inLink'] {
  for (let i = ancestors.length - 1; i > 0; i--) {
    const node = ancestors[i]!;
    if (node.type === 'link') return { link: node as Link, parent: ancestors[i - 1]! };
  }
  return null;
}

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
export const claimsStage = (ctx: PipelineContext) => (tree: Root, file: VFile): void => {
  const fm = file.data.frontmatter!;
  const author = asSpeakerId(fm.author);
  const drafts: ClaimDraft[] = [];
  const checked = (node: ClaimNode, id: string, attr: string): SpeakerId => {
    checkSpeaker(file, node, ctx, id, `${attr}= of :claim`, '; by=author means the reading\'s author');
    return asSpeakerId(id);
  };

  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    if (node.name !== 'claim') return;
    const claim: ClaimNode = node;
    const attrs = directiveAttributes(file, claim, ClaimAttributesSchema);
    const text = plainText(claim).trim();
    // Zero-width characters are no words: a claim of nothing but them is empty too.
    if (text.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim() === '') report(file, claim, 'empty claim', 'put the claimed words inside the brackets: :claim[the words]{by=…}');

    let parent: ClaimDraft | null = null;
    for (let i = ancestors.length - 1; i >= 0 && !parent; i--) {
      const index = ancestors[i]!.data?.claimIndex;
      if (index !== undefined) parent = drafts[index]!;
    }

    const rawBy = attrs?.by ?? String(claim.attributes?.by ?? '');
    const by = rawBy === 'author' ? author : rawBy ? checked(claim, rawBy, 'by') : author;
    const explicitVia = (attrs?.via ?? []).map((id) => checked(claim, id, 'via'));
    // A chain that says something impossible is a slip in the source, never shown as written.
    if (explicitVia.includes(by)) report(file, claim, `via= names ${by}, who is the claim's speaker (by=${rawBy}): nobody relays their own words`, 'via= lists those who passed the words on, nearest first; leave the speaker out of it');
    if (explicitVia.includes(author) && by !== author) report(file, claim, `via= names ${author}, the reading's author, who ends every chain already`, `leave ${author} out of via=; name only those between the speaker and the author`);
    const around = parent ? [parent.by, ...parent.via] : by === author ? [] : [author];
    const via = chainOf([...explicitVia, ...around], by);

    // The reading's event is where its speakers spoke: not where the author wrote,
    // nor where the words a speaker relays were first said.
    let at = attrs?.at ?? (parent || by === author ? null : fm.at ?? null);
    if (attrs?.at && !Object.hasOwn(fm.events, attrs.at)) {
      report(file, claim, `unknown event "${attrs.at}" in at= of :claim`, `${suggest(attrs.at, Object.keys(fm.events), 'event id')} Events are declared under events: in the front matter.`);
      at = null;
    }

    const kind: ClaimKind =
      attrs?.kind ??
      (by === author
        ? 'assertion'
        : wholeQuote(text)
          ? 'quote'
          : ctx.speakers.get(by)?.kind === 'document'
            ? 'document'
            : 'paraphrase');

    const draft: ClaimDraft = {
      index: drafts.length,
      node: claim as TextDirective | ContainerDirective,
      parent,
      by,
      kind,
      via,
      at: at ? asEventId(at) : null,
      source: attrs?.source ?? null,
      note: attrs?.note ?? null,
      draft: attrs?.draft !== undefined,
      explicitId: attrs?.id ? asClaimId(attrs.id) : null,
      inLink: linkAround(ancestors),
      text,
      block: claim.type !== 'textDirective',
      line: claim.position?.start.line ?? 1,
      column: claim.position?.start.column ?? 1,
    };
    drafts.push(draft);
    claim.data = {
      ...claim.data,
      claimIndex: draft.index,
      hName: draft.block ? 'div' : 'span',
      hProperties: { dataBy: by, dataKind: kind, className: ['claim', `claim-${kind}`], dir: 'auto', lang: attrs.lang, dataDraft: draft.draft ? '' : undefined },
    };
    // A leaf claim (`::claim[words]`) is one whole paragraph: from here on, a block claim holding it.
    // Its data and children stay shared with the leaf, which the walk is still inside.
    if (claim.type === 'leafDirective') {
      const parentNode = ancestors.at(-1)!;
      const block: ContainerDirective = { type: 'containerDirective', name: 'claim', attributes: claim.attributes, children: [{ type: 'paragraph', children: claim.children }], data: claim.data };
      if (claim.position) block.position = claim.position;
      (parentNode as { children: unknown[] }).children[(parentNode as { children: unknown[] }).children.indexOf(claim)] = block;
      draft.node = block;
    }
  });
  file.data.claimDrafts = drafts;
};
