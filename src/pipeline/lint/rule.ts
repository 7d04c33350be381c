import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { location, type Location } from 'vfile-location';
import type { SpeakerId } from '../../core/ids';
import type { Speaker } from '../../core/model';

/** What a lint rule knows besides the tree: the speakers. The front matter, as the pipeline's stage read it, is `file.data.frontmatter`. */
export interface LintContext {
  speakers: ReadonlyMap<SpeakerId, Speaker>;
}

/**
 * A content-lint rule, in the manner of unified-lint-rule: one concern,
 * reading the tree the pipeline parsed, reporting `vfile` messages at
 * their places (`ruleId` is the rule's id, `source` is `lint`).
 */
export interface LintRule {
  id: string;
  /** What it finds, in a line. */
  summary: string;
  check: (tree: Root, file: VFile, ctx: LintContext) => void;
}

/** Reports a finding at an offset of the file's text. */
type Report = (offset: number, reason: string) => void;

const locations = new WeakMap<VFile, Location>();

/** A finding of `ruleId` at `offset` of the file's (normalized) text, placed by vfile-location. */
function lintMessage(file: VFile, ruleId: string, offset: number, reason: string): void {
  let loc = locations.get(file);
  if (!loc) locations.set(file, (loc = location(file)));
  file.message(reason, { place: loc.toPoint(offset), ruleId, source: 'lint' });
}

/** A rule from its id, summary and check; the check reports by offset and the message carries the id. */
export function lintRule(id: string, summary: string, check: (tree: Root, file: VFile, ctx: LintContext, report: Report) => void): LintRule {
  return { id, summary, check: (tree, file, ctx) => check(tree, file, ctx, (offset, reason) => lintMessage(file, id, offset, reason)) };
}
