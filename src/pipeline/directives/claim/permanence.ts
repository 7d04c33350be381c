import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { asClaimId, asReadingSlug, type ClaimId } from '../../../core/ids';
import { likeness, recordText, type PublishedClaim } from '../../../core/record';
import type { Moved } from '../../../core/model';
import { suggest } from '../../../core/closest';
import type { ClaimDraft } from '../../data';
import { report } from '../../report';
import type { ClaimAlias } from './nodes';

/**
 * permanence: every id this reading has published must still lead
 * somewhere. Reads `file.data.published` and `file.data.matched` (from the
 * ids stage); adds `file.data.aliases`, `file.data.moved` and
 * `file.data.retiredIds`.
 *
 * - An id whose claim took a new id (its words were edited, or claims were
 *   merged) becomes an alias: an anchor at the claim, and a note in the
 *   build's output. Older aliases follow their claim to its current id.
 * - An id the front matter forwards leads to that claim, in this reading
 *   or another (a claim moved).
 * - An id the front matter retires lands on a note saying why; retiring
 *   an id whose claim is still here is an error.
 * - Any other id that is gone stops the build, with every way out.
 */
export const permanenceStage = () => (_tree: Root, file: VFile): void => {
  file.data.aliases = {};
  file.data.moved = {};
  file.data.retiredIds = {};
  // With other problems in the file (a mistyped speaker changes an id too), report those alone.
  if (file.messages.some((m) => m.fatal)) return;
  const published = new Map<string, PublishedClaim>(Object.entries(file.data.published ?? {}));
  const matched = new Map<string, string>(Object.entries(file.data.matched ?? {}));
  const fm = file.data.frontmatter!;
  const drafts = file.data.claimDrafts ?? [];
  const current = new Map<string, ClaimDraft>(drafts.map((d) => [d.id!, d]));
  const retired = new Map(Object.entries(fm.retired));
  const forwarded = new Map(Object.entries(fm.forwarded));
  const aliases = new Map<string, string>();
  const moved = new Map<string, Moved>();
  const retiredIds = new Map<string, string>();
  const at = (...path: PropertyKey[]) => file.data.locateFrontmatter?.(path) ?? { line: 1, column: 1 };
  const frontmatterPlace = { line: 1, column: 1 };
  const stillHere = new Map(Object.entries(file.data.stillHere ?? {}));
  const speakerOf = (id: string) => published.get(id)?.by;

  // What the front matter says first: forwards must name published ids that are gone, and lead to a claim.
  for (const [id, target] of forwarded) {
    const place = at('forwarded', id);
    if (current.has(id)) {
      report(file, place, `forwarded: "${id}" is a claim in this reading, not a gone one`, 'forward only an id whose claim is gone; remove this line');
      continue;
    }
    if (!published.has(id)) {
      report(file, place, `forwarded: "${id}" is not a published claim id of this reading`, `${suggest(id, [...published.keys()].filter((p) => !current.has(p)), 'published id')} Only published ids need forwarding.`);
      continue;
    }
    if (stillHere.has(id)) {
      report(file, place, `forwarded: "${id}" was published for words that are still here, at line ${stillHere.get(id)}`, 'its link already leads to them; remove this line (forward only ids whose words are gone)');
      continue;
    }
    const by = speakerOf(id)!;
    const slash = target.indexOf('/');
    if (slash >= 0) {
      moved.set(id, { reading: asReadingSlug(target.slice(0, slash)), claim: asClaimId(target.slice(slash + 1)), by });
      continue;
    }
    const to = current.has(target) ? target : matched.get(target) ?? (published.get(target)?.now && current.has(published.get(target)!.now!) ? published.get(target)!.now! : undefined);
    if (!to) {
      report(file, place, `forwarded: "${id}" leads to "${target}", which is no claim of this reading`, `${suggest(target, current.keys(), 'claim id')} For a claim in another reading, write reading-slug/claim-id.`);
      continue;
    }
    if (current.get(to)!.by !== by) {
      report(file, place, `forwarded: "${id}" was published for ${by}'s words; it cannot lead to ${current.get(to)!.by}'s claim "${to}"`, `a link leads only to words of the speaker it was published for: forward it to a claim of ${by}'s, or retire it`);
      continue;
    }
    aliases.set(id, to);
  }

  for (const [id, reason] of retired) {
    const place = at('retired', id);
    if (current.has(id)) {
      const d = current.get(id)!;
      report(file, d.node, `claim id "${id}" is retired in the front matter, but this claim still carries it`, `remove "${id}" from retired:, or give this claim another #id`);
      continue;
    }
    if (!published.has(id)) {
      // A note at an address no link ever had would only let an id look like someone's withdrawn words.
      report(file, place, `retired: "${id}" is not a published claim id of this reading`, `${suggest(id, [...published.keys()].filter((p) => !current.has(p)), 'published id')} Retire only ids that content/published-claims.json holds for this reading.`);
      continue;
    }
    if (stillHere.has(id)) {
      report(file, place, `claim id "${id}" is retired in the front matter, but its words are still here, at line ${stillHere.get(id)}`, `remove "${id}" from retired: while the claim is in the text; retire it when the words are gone`);
      continue;
    }
    retiredIds.set(id, reason);
  }

  /** Where a published id leads now, following older aliases to the end of their chain. */
  const settle = (id: string, seen = new Set<string>()): { to?: string; moved?: Moved; retired?: string; gone?: string } => {
    if (current.has(id)) return { to: id };
    if (aliases.has(id)) return { to: aliases.get(id)! };
    if (moved.has(id)) return { moved: moved.get(id)! };
    if (retiredIds.has(id)) return { retired: retiredIds.get(id)! };
    if (matched.has(id)) return { to: matched.get(id)! };
    const p = published.get(id);
    if (!p?.now || seen.has(id) || p.now.includes('/')) return { gone: id };
    seen.add(id);
    return settle(p.now, seen);
  };

  const gone = new Set<string>();
  for (const id of published.keys()) {
    if (current.has(id) || aliases.has(id) || moved.has(id) || retiredIds.has(id) || retired.has(id)) continue;
    const where = settle(id);
    if (where.to && current.get(where.to)?.by !== speakerOf(id)) {
      report(file, frontmatterPlace, `published claim id "${id}" was published for ${speakerOf(id)}'s words, but the record leads it to ${current.get(where.to)?.by}'s claim "${where.to}"`, `a link leads only to words of the speaker it was published for: retire it, or forward it to a claim of ${speakerOf(id)}'s; and check content/published-claims.json for a hand edit`);
      continue;
    }
    if (where.to) {
      if (where.to === id) continue;
      aliases.set(id, where.to);
      const p = published.get(id)!;
      // Say so once, for the id that was live: older aliases only follow it.
      if (!p.now) {
        const d = current.get(where.to)!;
        const note = file.message(`claim id "${id}" is now "${where.to}" (its words were edited); links to "${id}" lead to it`, { place: d.node.position, ruleId: 'id-changed', source: 'readings' });
        note.fatal = false;
      }
    } else if (where.moved) moved.set(id, where.moved);
    else if (where.retired) retiredIds.set(id, where.retired);
    else gone.add(where.gone!);
  }

  for (const id of [...gone].sort()) {
    const old = published.get(id);
    const text = old ? old.text : '';
    const like = old ? drafts.filter((d) => d.by === old.by).sort((a, b) => likeness(text, recordText(b.text)) - likeness(text, recordText(a.text)))[0] : undefined;
    report(
      file,
      frontmatterPlace,
      `published claim id "${id}" is gone (it was ${old?.by ?? 'unknown'}: “${text.slice(0, 60)}${text.length > 60 ? '…' : ''}”)`,
      `links to it would break. Either give the claim that replaced it this id, :claim[…]{#${id} by=…}, or retire it with a reason in the front matter:\n    retired:\n      ${id}: Removed after a correction on …\n  or, if its words now live in another claim (merged, or moved to another reading), forward it:\n    forwarded:\n      ${id}: ${like?.id ?? 'claim-id'}   # or other-reading/claim-id`,
    );
  }

  // An anchor for each old id, at the start of the claim it now names, so the old link scrolls to it.
  for (const [oldId, newId] of aliases) {
    const d = current.get(newId)!;
    const alias: ClaimAlias = { type: 'claimAlias', data: { hName: 'span', hProperties: { id: oldId, className: ['claim-alias'], dataAliasOf: newId } }, children: [] };
    if (d.node.type === 'containerDirective') d.node.children.splice(1, 0, alias);
    else d.node.children.unshift(alias);
  }
  file.data.aliases = Object.fromEntries([...aliases].sort()) as Record<ClaimId, ClaimId>;
  file.data.moved = Object.fromEntries([...moved].sort()) as Record<ClaimId, Moved>;
  file.data.retiredIds = Object.fromEntries([...retiredIds].sort()) as Record<ClaimId, string>;
};
