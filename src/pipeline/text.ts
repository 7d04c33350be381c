import type { Nodes } from 'mdast';

/** Nodes that stand as blocks: their words are apart from the next block's. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'code', 'containerDirective', 'leafDirective', 'thematicBreak', 'figureCaption']);

/**
 * The words of a node as a reader sees them. Unlike mdast-util-to-string it
 * leaves out raw HTML, whose tags are markup, not words (a claim with
 * `<em>` in it must not get "em" in its id or its text), and it keeps
 * blocks apart: a claim of two paragraphs reads "…end. Next…", not
 * "…end.Next…".
 */
export function plainText(node: Nodes | { children?: unknown[]; value?: unknown; type: string }): string {
  if (node.type === 'html' || node.type === 'yaml') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if (!('children' in node) || !Array.isArray(node.children)) return '';
  let out = '';
  let previousBlock = false;
  for (const child of node.children as Nodes[]) {
    const block = BLOCKS.has(child.type);
    const text = plainText(child);
    if (!text) continue;
    if ((block || previousBlock) && out && !/\s$/.test(out)) out += ' ';
    out += text;
    previousBlock = block;
  }
  return out;
}
