import { describeIssues } from './schemas/issues';
import { SpeakerSchema } from './schemas/speaker';
import { asSpeakerId, isId } from './ids';
import type { Speaker } from './model';
import type { Problem } from './problems';
import { normalizeSource } from './text';
import { parseYaml } from './yaml';

const FIELDS = Object.keys(SpeakerSchema.shape);

/** Reads and checks one speaker file; `path` is how messages name it. */
export function parseSpeaker(source: string, path: string): { speaker?: Speaker; problems: Problem[] } {
  const problems: Problem[] = [];
  const file = path.replace(/^.*\//, '');
  const id = file.replace(/\.ya?ml$/i, '');
  if (!isId(id)) {
    problems.push({ file: path, line: 1, column: 1, message: `"${file}" is not a valid speaker file name`, hint: 'name it <id>.yaml, with an id of lower-case letters, digits and hyphens, like anne-khodabandeh.yaml' });
  }
  const text = normalizeSource(source);
  if (text.trim() === '') {
    problems.push({ file: path, line: 1, column: 1, message: 'the speaker file is empty', hint: 'write at least: name: Their Name' });
    return { problems };
  }
  const parsed = parseYaml(text);
  for (const e of parsed.errors) problems.push({ file: path, line: e.line, column: e.column, message: `invalid YAML: ${e.message}`, hint: 'check the indentation, and quote values that contain ": "' });
  if (parsed.errors.length) return { problems };
  const result = SpeakerSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) {
    for (const p of describeIssues(result.error.issues, (path) => (path.length === 0 ? FIELDS : []))) {
      problems.push({ file: path, ...parsed.locate(p.path, p.atKey), message: p.message, hint: p.hint });
    }
    return { problems };
  }
  if (problems.length) return { problems };
  return { speaker: { ...result.data, id: asSpeakerId(id) }, problems };
}
