import type { Nodes } from 'mdast';

/**
 * The words of a node as a reader sees them. Unlike mdast-util-to-string it
 * leaves out raw HTML, whose tags are markup, not words (a claim with
 * `<em>` in it must not get "em" in its id or its text).
 */
export function plainText(node: Nodes | { children?: unknown[]; value?: unknown; type: string }): string {
  if (node.type === 'html' || node.type === 'yaml') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node && Array.isArray(node.children)) return node.children.map((c) => plainText(c as Nodes)).join('');
  return '';
}
