import type { z } from 'astro/zod';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { closest } from '../core/closest';
import { report } from './report';
import { describeIssues } from '../core/schemas/issues';

const REQUIRED_HINTS: Record<string, string> = {
  by: 'say whose words these are: by=<speaker-id>, or by=author for the reading’s author',
  ref: 'say which speaker this names: ref=<speaker-id>',
};

type Directive = TextDirective | LeafDirective | ContainerDirective;

/**
 * Validates a directive's attributes against its schema and reports every
 * problem at the directive. `#x` arrives as `id`, `.x` as `class`. Returns
 * the valid fields only, so that one bad attribute does not hide the
 * problems of the others, and the caller skips what depends on a bad one.
 */
export function directiveAttributes<S extends z.ZodObject>(file: VFile, node: Directive, schema: S): Partial<z.infer<S>> {
  // Broken attributes are reported once, as themselves, not as every attribute missing.
  if (node.data?.attributesUnread) return {};
  const attributes: Record<string, unknown> = { ...(node.attributes ?? {}) };
  const result = schema.safeParse(attributes, { reportInput: true });
  if (result.success) return result.data;
  const valid: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const r = (field as z.ZodType).safeParse(attributes[key]);
    if (r.success && r.data !== undefined) valid[key] = r.data;
  }
  const known = Object.keys(schema.shape);
  const name = `:${node.name}`;
  for (const problem of describeIssues(result.error.issues)) {
    const key = String(problem.path[0] ?? '');
    if (problem.message.startsWith('unknown field')) {
      const near = closest(key, known, 1)[0];
      const hint = key === 'class' ? `classes (.name) are not used on ${name}; its attributes are: ${known.join(', ')}` : `${near ? `did you mean ${near}=? ` : ''}${name} takes: ${known.join(', ')}`;
      report(file, node, `unknown attribute "${key}" on ${name}`, hint);
    } else if (problem.message.endsWith('is required but missing')) {
      // ":claim[words] {by=x}": the braces after a space are text, not the directive's attributes.
      const end = node.position?.end.offset;
      const spaced = end !== undefined && /^[ \t]+\{[^}\n]*\}/.test(String(file.value).slice(end, end + 200));
      report(file, node, `${name} is missing ${key}=`, spaced ? `the {…} after it is separated by a space, so it is read as text: write ${name}[…]{${key}=…} with no space before {` : REQUIRED_HINTS[key] ?? `add ${key}=…`);
    } else {
      report(file, node, `${name} attribute ${problem.message.replace(/^"([^"]+)"/, '$1=')}`, problem.hint);
    }
  }
  return valid as Partial<z.infer<S>>;
}
