import { visit } from 'unist-util-visit';
import { lintRule } from '../../lint/rule';
import { directiveNamed, frontmatterOffset } from '../../lint/text';

/** A quantity the front matter declares and no `:num{q=…}` uses. */
export const quantityNeverUsed = lintRule('quantity-never-used', 'a declared quantity no number uses', (tree, file, _ctx, report) => {
  const used = new Set<string>();
  visit(tree, (node) => {
    const q = directiveNamed(node, 'num')?.attributes?.q;
    if (q) used.add(q);
  });
  for (const q of Object.keys(file.data.frontmatter?.quantities ?? {})) {
    if (!used.has(q)) report(frontmatterOffset(tree), `quantity "${q}" is declared but no :num{q=${q}} uses it`);
  }
});
