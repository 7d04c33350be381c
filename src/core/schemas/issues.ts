import type { z } from 'astro/zod';
import { slugWords } from '../ids';

/**
 * Zod's issues, said the way an author needs them: which field, what was
 * expected, what was found, and how to fix it. Parse with
 * `{ reportInput: true }` so that what was found can be named.
 */
export interface FieldProblem {
  /** Where in the data, e.g. `["events", "ep", "date"]`. */
  path: PropertyKey[];
  message: string;
  hint?: string;
  /** Point at the key rather than its value (an unknown field's value is not the problem). */
  atKey?: boolean;
}

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  return String(value);
};

/** The attribute that refers to a record's ids, for the hint. */
const REFERRED_BY: Record<string, string> = { quantities: 'q', events: 'at' };

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  record: 'a map of fields',
};

export function fieldPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** `yaml`: the data was written in YAML, so a wrong type's hint can say how to write it there (a JSON file gets none). */
export function describeIssues(issues: z.core.$ZodIssue[], knownKeys: (path: PropertyKey[]) => string[] = () => [], yaml = true): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    const input = 'input' in issue ? issue.input : undefined;
    switch (issue.code) {
      case 'invalid_type': {
        if (input === undefined) {
          out.push({ path: issue.path, message: `"${fieldPath(issue.path)}" is required but missing`, hint: `add ${String(issue.path.at(-1))}: …` });
        } else {
          out.push({
            path: issue.path,
            message: `"${fieldPath(issue.path)}" should be ${typeWords[issue.expected] ?? issue.expected}, but is ${show(input)}`,
            ...(yaml ? { hint: typeHint(issue.path, issue.expected, input) } : {}),
          });
        }
        break;
      }
      case 'unrecognized_keys': {
        for (const key of issue.keys) {
          const known = knownKeys(issue.path);
          out.push({
            path: [...issue.path, key],
            atKey: true,
            message: `unknown field "${fieldPath([...issue.path, key])}"`,
            hint: known.length ? `known fields here: ${known.join(', ')}` : 'remove it',
          });
        }
        break;
      }
      case 'invalid_value': {
        out.push({
          path: issue.path,
          message: `"${fieldPath(issue.path)}" is ${show(input)}`,
          hint: `expected one of: ${issue.values.map(String).join(', ')}`,
        });
        break;
      }
      case 'invalid_key': {
        // A record's key that is no id (`Homes:` under quantities): the key is the slip, not its value.
        const key = String(issue.path.at(-1));
        const id = slugWords(key).join('-');
        out.push({
          path: issue.path,
          atKey: true,
          message: `"${key}" under ${fieldPath(issue.path.slice(0, -1))} is not an id`,
          hint: `ids are lower-case letters, digits and hyphens${id ? `: write ${id}:` : ''}, and use that id where you refer to it${REFERRED_BY[String(issue.path[0])] ? ` (${REFERRED_BY[String(issue.path[0])]}=${id || '…'})` : ''}`,
        });
        break;
      }
      case 'too_small': {
        out.push({ path: issue.path, message: `"${fieldPath(issue.path)}" is empty`, hint: issue.message.startsWith('Too small') ? 'give it a value or remove the field' : issue.message });
        break;
      }
      default: {
        // Our schemas' own messages say what was expected ("expected a date like 2018-04-10"): the hint.
        out.push({ path: issue.path, message: `"${fieldPath(issue.path)}" is ${show(input)}`, hint: issue.message.startsWith('expected') ? issue.message : `${issue.message}; see docs/annotation-format.md` });
      }
    }
  }
  // One problem per place: a value that fails two checks (its form, then its date) is one mistake.
  return out.filter((p, i) => out.findIndex((q) => fieldPath(q.path) === fieldPath(p.path) && !!q.atKey === !!p.atKey) === i);
}

/** How to write a value of the expected type, from what was written. */
function typeHint(path: PropertyKey[], expected: string, input: unknown): string {
  const field = String(path.at(-1));
  if (expected === 'string') return typeof input === 'object' ? `write it as one line of text: ${field}: …` : `put it in quotation marks: ${field}: "${String(input)}"`;
  if (expected === 'array') {
    const items = typeof input === 'string' ? input.split(/\s*,\s*/).filter(Boolean) : [];
    return `write a list: ${field}: [${items.length ? items.join(', ') : '…'}], or one "- item" per line under ${field}:`;
  }
  if (expected === 'object' || expected === 'record') return `write one "id: value" per line, indented under ${field}:`;
  return `see "${field}" in docs/annotation-format.md`;
}
