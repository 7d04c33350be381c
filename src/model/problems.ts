import type { VFile } from 'vfile';
import type { Node, Point, Position } from 'unist';

/**
 * One thing wrong with an author's file. Every problem points at a place
 * an editor can open (`path:line:column`) and carries a hint that says how
 * to fix it: the build's only way of talking to authors.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string | undefined;
}

export function formatProblem(p: Problem): string {
  const head = `${p.file}:${p.line}:${p.column}: ${p.message}`;
  return p.hint ? `${head}\n    hint: ${p.hint}` : head;
}

/**
 * All the problems of one or more files, thrown together so an author fixes
 * them in one pass instead of one build per typo.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const files = new Set(problems.map((p) => p.file));
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(
      `${count} in ${[...files].join(', ')}:\n` + problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The message says everything an author can act on; a stack trace of our code would only bury it.
    this.stack = this.message;
  }
}

type Place = Node | Position | Point | undefined;

/**
 * Records a problem on the vfile and keeps going. The message is marked
 * fatal so that `problemsOf` can tell our errors from any warnings other
 * plugins leave, but nothing is thrown: the pipeline must finish so that
 * every problem of the file is reported at once.
 */
export function report(file: VFile, place: Place, message: string, hint?: string): void {
  const where = place && 'type' in place ? place.position : place;
  const msg = file.message(message, { place: where, ruleId: 'content', source: 'readings' });
  msg.fatal = true;
  if (hint) msg.note = hint;
}

export function problemsOf(file: VFile): Problem[] {
  return file.messages
    .filter((m) => m.fatal)
    .map((m) => ({
      file: file.path,
      line: m.line ?? 1,
      column: m.column ?? 1,
      message: m.reason,
      hint: m.note,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
