import type { Html, Root } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { lintRule } from './rule';

/**
 * `<!-- lint-ignore rule-id: why this is fine -->` before a block silences
 * that rule in that block (and only there), as remark-message-control does
 * for remark-lint: the rules report everything, and `applyIgnores` drops
 * what the comments silence. The reason is required.
 */
const IGNORE = /^<!--\s*lint-ignore\s+([\w-]+)\s*(?::\s*(.*?))?\s*-->$/s;

const ignoreComment = (node: Html) => {
  const m = IGNORE.exec(node.value.trim());
  return m ? { rule: m[1]!, reason: m[2] || undefined } : null;
};

export const ignoreWithoutReason = lintRule('ignore-without-reason', 'a lint-ignore comment without a reason', (tree, _file, _ctx, report) => {
  for (const node of tree.children) {
    if (node.type !== 'html') continue;
    const c = ignoreComment(node);
    if (c && !c.reason) report(node.position?.start.offset ?? 0, `lint-ignore ${c.rule} needs a reason: <!-- lint-ignore ${c.rule}: why this is fine -->`);
  }
});

/** Drops the lint messages that an ignore comment with a reason silences in the block after it. */
export function applyIgnores(tree: Root, file: VFile): void {
  const silenced: Array<{ rules: Set<string>; position: Position }> = [];
  let pending = new Set<string>();
  for (const node of tree.children) {
    if (node.type === 'html') {
      const c = ignoreComment(node);
      if (c?.reason) pending.add(c.rule);
      continue;
    }
    if (node.type === 'yaml' || node.type === 'definition') continue;
    if (pending.size && node.position) silenced.push({ rules: pending, position: node.position });
    pending = new Set();
  }
  if (!silenced.length) return;
  const before = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line < b.line || (a.line === b.line && a.column <= b.column);
  file.messages = file.messages.filter((m) => {
    if (m.source !== 'lint' || !m.ruleId || m.line === undefined || m.column === undefined) return true;
    const at = { line: m.line, column: m.column };
    return !silenced.some((s) => s.rules.has(m.ruleId!) && before(s.position.start, at) && before(at, s.position.end));
  });
}
