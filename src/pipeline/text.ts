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

const RAW_LINK_OPEN = /^<a(?:\s[^>]*)?>$/i;
const RAW_LINK_CLOSE = /^<\/a\s*>$/i;

/**
 * The children of a paragraph that sit inside a link written as raw HTML
 * (`<a href="…">` … `</a>`, each tag its own node): as [open, close] index
 * pairs. A link or a claim's marker the pipeline put there would nest one
 * `<a>` in another, which HTML cannot hold: the browser closes the outer
 * link and its words fall out of it.
 */
export function rawLinkRanges(children: readonly Nodes[]): Array<[open: number, close: number]> {
  if (!children.some((c) => c.type === 'html')) return [];
  const out: Array<[number, number]> = [];
  let open = -1;
  children.forEach((c, i) => {
    if (c.type !== 'html') return;
    if (RAW_LINK_OPEN.test(c.value.trim())) open = i;
    else if (RAW_LINK_CLOSE.test(c.value.trim()) && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  });
  return out;
}
