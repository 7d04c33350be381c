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

  /** What Astro shows as the hint under the message (it would otherwise guess one from words in it). */
  readonly hint = 'each line above names the file, line and column of a problem, and how to fix it';

  /**
   * Astro guesses a hint from the error's string: any "document" or
   * "window" in it (a claim `kind=document`, a reading about Windows) made
   * it blame browser APIs. The full message stays in `message`.
   */
  override toString(): string {
    return `${this.name}: ${this.problems.length} problem${this.problems.length === 1 ? '' : 's'} in the content`;
  }
}
