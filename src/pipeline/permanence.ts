import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { ClaimId } from '../model/ids';
import { likeness, type PublishedClaim } from '../model/published';
import { report } from '../model/problems';
import type { ClaimDraft } from './data';

/** Below this likeness an edited claim is taken for a different one. */
const SAME_CLAIM = 0.4;

/**
 * Stage 5, permanence: every id this reading has published must still lead
 * somewhere. An id whose claim was edited (same speaker, mostly the same
 * words, a new derived id) becomes an alias of the new id: an anchor at the
 * claim, and a note in the build's output. An id that is simply gone stops
 * the build, unless the front matter retires it. Reads `file.data.published`;
 * adds `file.data.aliases`.
 */
export const remarkPermanence: Plugin<[], Root> = () => (_tree, file) => {
  // With other problems in the file (a mistyped speaker changes an id too), report those alone.
  if (file.messages.some((m) => m.fatal)) {
    file.data.aliases = {};
    return;
  }
  const published: Record<string, PublishedClaim> = file.data.published ?? {};
  const fm = file.data.frontmatter!;
  const drafts = file.data.claimDrafts ?? [];
  const current = new Map<string, ClaimDraft>(drafts.map((d) => [d.id!, d]));
  const aliases: Record<string, ClaimId> = {};
  const fresh = drafts.filter((d) => !(d.id! in published));
  const taken = new Set<string>();

  for (const [id, old] of Object.entries(published)) {
    if (current.has(id) || id in fm.retired) continue;
    // Still an alias of a claim that is here: keep it.
    if (old.now && current.has(old.now)) {
      aliases[id] = old.now;
      continue;
    }
    const target = old.now ? published[old.now] : undefined;
    const text = target?.text ?? old.text;
    let best: ClaimDraft | undefined;
    let score = SAME_CLAIM;
    for (const d of fresh) {
      if (d.by !== old.by || taken.has(d.id!)) continue;
      const s = likeness(text, d.text);
      if (s >= score) {
        best = d;
        score = s;
      }
    }
    if (best) {
      taken.add(best.id!);
      aliases[id] = best.id!;
      const note = file.message(`claim id "${id}" is now "${best.id}" (its words were edited); links to "${id}" lead to it`, { place: best.node.position, ruleId: 'id-changed', source: 'readings' });
      note.fatal = false;
      continue;
    }
    report(
      file,
      { line: 1, column: 1 },
      `published claim id "${id}" is gone (it was ${old.by}: “${old.text.slice(0, 60)}${old.text.length > 60 ? '…' : ''}”)`,
      `links to it would break. Either give the claim that replaced it this id, :claim[…]{#${id} by=…}, or retire it with a reason in the front matter:\n    retired:\n      ${id}: Removed after a correction on …`,
    );
  }

  // An anchor for each old id, at the start of the claim it now names, so the old link scrolls to it.
  for (const [oldId, newId] of Object.entries(aliases)) {
    const d = current.get(newId)!;
    const children = (d.node as unknown as { children: unknown[] }).children;
    children.splice(d.block ? 1 : 0, 0, { type: 'claimAlias', data: { hName: 'span', hProperties: { id: oldId, className: ['claim-alias'], dataAliasOf: newId } }, children: [] });
  }
  file.data.aliases = aliases as Record<ClaimId, ClaimId>;
};
