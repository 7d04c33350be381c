import type { BlockContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { directiveAttributes } from '../../attributes';
import type { PipelineContext } from '../../context';
import type { FigureCaption, FigureMedia } from './nodes';
import { FigureAttributesSchema } from './schema';

/**
 * figures: `:::figure` holds the caption of a picture, video or chart.
 * Scraped articles keep captions but lose their media; the caption is
 * still the article's words, so it is kept as a caption, with the picture
 * shown when `src=` names one in public/.
 */
export const figuresStage = (ctx: PipelineContext) => (tree: Root, file: VFile): void => {
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'containerDirective' && node.type !== 'leafDirective') || node.name !== 'figure' || !parent || index === undefined) return;
    const attrs = directiveAttributes(file, node, FigureAttributesSchema);
    const media = attrs?.media ?? 'image';
    const caption: FigureCaption = { type: 'figureCaption', data: { hName: 'figcaption' }, children: node.type === 'leafDirective' ? [{ type: 'paragraph', children: node.children }] : node.children.filter((c): c is BlockContent => c.type !== 'definition' && c.type !== 'footnoteDefinition') };
    const picture: FigureMedia = attrs?.src
      ? { type: 'figureMedia', data: { hName: 'img', hProperties: { src: ctx.base + attrs.src.slice(1), alt: attrs.alt ?? '', loading: 'lazy' } }, children: [] }
      : { type: 'figureMedia', data: { hName: 'div', hProperties: { className: ['figure-missing'], dataMedia: media } }, children: [] };
    const figure: ContainerDirective = {
      type: 'containerDirective',
      name: 'figure',
      attributes: node.attributes,
      data: { ...node.data, hName: 'figure', hProperties: { className: ['figure', `figure-${media}`], dataFigure: media } },
      children: [picture, caption],
    };
    if (node.position) figure.position = node.position;
    parent.children[index] = figure;
  });
};
