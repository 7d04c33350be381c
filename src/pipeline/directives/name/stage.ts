import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../../report';
import type { ProperName } from './nodes';

/**
 * names: `:name[Camp Ashraf Three]` becomes a proper name that number
 * detection and speaker linking leave alone.
 */
export const namesStage = () => (tree: Root, file: VFile): void => {
  visit(tree, 'textDirective', (node, index, parent) => {
    if (node.name !== 'name' || !parent || index === undefined) return;
    if (Object.keys(node.attributes ?? {}).length) report(file, node, ':name takes no attributes', 'write :name[Camp Ashraf Three] alone');
    const name: ProperName = { type: 'properName', data: { hName: 'span', hProperties: { className: ['proper-name'] } }, children: node.children };
    if (node.position) name.position = node.position;
    parent.children[index] = name;
    return SKIP;
  });
};
