import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ClaimId } from '../core/ids';

/**
 * Last stage, placement: for each claim, which top-level block of the body
 * holds it (1-based, counting elements as `:nth-child` does). Phones show an
 * attribution right under that block; the reading's stylesheet needs the
 * number. Adds `file.data.placement`.
 */
export const placementStage = () => (tree: Root, file: VFile): void => {
  const placement: Record<string, number> = {};
  let n = 0;
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    n++;
    visit(child, 'element', (el) => {
      const id = el.properties.dataClaim;
      if (typeof id === 'string' && !(id in placement)) placement[id] = n;
    });
  }
  file.data.placement = placement as Record<ClaimId, number>;
};
