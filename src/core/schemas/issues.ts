import type { z } from 'astro/zod';

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

export function describeIssues(issues: z.core.$ZodIssue[], knownKeys: (path: PropertyKey[]) => string[] = () => []): FieldProblem[] {
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
      case 'too_small': {
        out.push({ path: issue.path, message: `"${fieldPath(issue.path)}" is empty`, hint: issue.message.startsWith('Too small') ? 'give it a value or remove the field' : issue.message });
        break;
      }
      default: {
        out.push({
          path: issue.path,
          message: `"${fieldPath(issue.path)}" is ${show(input)}: ${issue.message}`,
        });
      }
    }
  }
  return out;
}
