import type { VFile } from 'vfile';
import type { Node, Point, Position } from 'unist';
import type { Problem } from '../core/problems';

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
