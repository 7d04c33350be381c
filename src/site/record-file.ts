import { readFile, writeFile } from 'node:fs/promises';
import type { Problem } from '../core/problems';
import { PublishedRecordSchema, serializeRecord, type PublishedRecord } from '../core/record';
import { describeIssues, fieldPath } from '../core/schemas/issues';
import { parseYaml } from '../core/yaml';

/**
 * Reads the published-claims record. A missing file is an empty record (a
 * new site); a file that is there but unreadable (a merge conflict, a hand
 * edit gone wrong) stops the build with its place: treating it as empty
 * would rewrite it and break every edited claim's old link.
 */
export async function readRecord(path: string, shownAs: string): Promise<{ record: PublishedRecord; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { record: {}, problems: [] };
    return { record: {}, problems: [{ file: shownAs, line: 1, column: 1, message: `cannot read the published-claims record: ${(error as Error).message}`, hint: 'make it a readable file, or restore it from version control' }] };
  }
  const conflict = /^(<{7}|={7}|>{7})( |$)/m.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    return { record: {}, problems: [{ file: shownAs, line, column: 1, message: 'the published-claims record holds an unresolved merge conflict', hint: 'keep the entries of both sides (each claim id once), remove the <<<<<<< ======= >>>>>>> lines, and build again; the build never rewrites this file while it is unreadable' }] };
  }
  // JSON is YAML: the YAML reader gives places for syntax errors and for fields. It is read
  // only when there is something to place: at 100 readings it took 0.9 s of a one-edit build.
  const parse = () => parseYaml(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const place = parse().errors[0] ?? { line: 1, column: 1 };
    return { record: {}, problems: [{ file: shownAs, ...place, message: `the published-claims record is not valid JSON: ${(error as Error).message}`, hint: 'fix it by hand or restore it from version control; the build never rewrites this file while it is unreadable' }] };
  }
  // JSON keeps the last of two equal keys and drops the first without a word: after a merge, that is an alias lost.
  const duplicates = hasRepeatedKey(text) ? parse().errors.filter((e) => /unique/i.test(e.message)) : [];
  if (duplicates.length) {
    return {
      record: {},
      problems: duplicates.map((e) => ({ file: shownAs, line: e.line, column: e.column, message: 'the published-claims record has the same key twice', hint: 'keep one entry per reading and per claim id: merge the two (an entry with "now" says where an old id leads; keep it)' })),
    };
  }
  const result = PublishedRecordSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const located = parse();
    return {
      record: {},
      problems: describeIssues(result.error.issues, undefined, false).map((p) => ({
        file: shownAs,
        ...located.locate(p.path, p.atKey),
        message: `published-claims record: ${p.message.replace(`"${fieldPath(p.path)}"`, `"${fieldPath(p.path)}"`)}`,
        hint: p.hint ?? 'each reading maps claim ids to { "by": speaker id, "text": words, "now"?: claim id }; restore the file from version control',
      })),
    };
  }
  return { record: result.data as PublishedRecord, problems: [] };
}

/** Whether an object of valid JSON holds the same key twice (which `JSON.parse` hides). */
export function hasRepeatedKey(json: string): boolean {
  const objects: Array<Set<string> | null> = [];
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '{') objects.push(new Set());
    else if (c === '[') objects.push(null);
    else if (c === '}' || c === ']') objects.pop();
    else if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      const keys = objects.at(-1);
      let next = end + 1;
      while (next < json.length && ' \t\n\r'.includes(json[next]!)) next++;
      if (keys && json[next] === ':') {
        const raw = json.slice(i, end + 1);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (keys.has(key)) return true;
        keys.add(key);
      }
      i = end;
    }
  }
  return false;
}

/** Writes the record if it changed; says whether it did. */
export async function writeRecord(path: string, record: PublishedRecord, before: PublishedRecord): Promise<boolean> {
  const text = serializeRecord(record);
  if (text === serializeRecord(before)) return false;
  await writeFile(path, text);
  return true;
}
