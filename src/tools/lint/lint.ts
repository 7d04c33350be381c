import type { SpeakerId } from '../../core/ids';
import type { Speaker } from '../../core/model';
import type { Problem } from '../../core/problems';
import { coverageOf, type Coverage } from '../../pipeline/directives/claim/lint';
import { DIRECTIVES } from '../../pipeline/directives/index';
import { parseForLint } from '../../pipeline/index';
import { applyIgnores, ignoreWithoutReason } from '../../pipeline/lint/ignore';
import type { LintRule } from '../../pipeline/lint/rule';
import { problemsOf } from '../../pipeline/report';

/**
 * The content linter: what in a reading looks like someone's words or
 * figures but is attributed to no one. It reads the file with the
 * pipeline's own parser and front-matter stage, then runs every directive's
 * lint rules (`lint` in each definition of src/pipeline/directives/) and
 * the general ones of src/pipeline/lint/. It is a separate tool from the
 * build, and never blocks it. An editor fixes each finding or ignores it
 * with a reason:
 *
 *     <!-- lint-ignore quote-outside-claim: a book title, not a quotation -->
 *
 * before a block ignores that rule in that block.
 */
export const LINT_RULES: readonly LintRule[] = [ignoreWithoutReason, ...DIRECTIVES.flatMap((d) => d.lint)];

/** Each rule's id and what it finds. */
export const RULES: Readonly<Record<string, string>> = Object.fromEntries(LINT_RULES.map((r) => [r.id, r.summary]));

interface Finding {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export interface LintResult {
  file: string;
  findings: Finding[];
  coverage: Coverage;
  /** What is wrong with the front matter: the rules do not run until it is fixed. Absent when there is nothing. */
  problems?: Problem[];
}

export function lintReading(source: string, path: string, speakers: ReadonlyMap<SpeakerId, Speaker>): LintResult {
  const { tree, file } = parseForLint(source, path, { speakers, base: '/' });
  const problems = problemsOf(file);
  if (problems.length) return { file: path, findings: [], coverage: { statements: 0, attributed: 0, numbers: 0, sourced: 0 }, problems };
  const ctx = { speakers };
  for (const rule of LINT_RULES) rule.check(tree, file, ctx);
  applyIgnores(tree, file);
  const findings = file.messages
    .filter((m) => m.source === 'lint')
    .map((m) => ({ file: path, line: m.line ?? 1, column: m.column ?? 1, rule: m.ruleId ?? 'lint', message: m.reason }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
  return { file: path, findings, coverage: coverageOf(tree, file) };
}

/** "73% (22 of 30)", or "—" when there is nothing to count. */
export function share(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)}% (${part} of ${whole})`;
}
