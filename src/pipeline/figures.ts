import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { FigureAttributesSchema } from '../schemas/directives';
import { directiveAttributes } from './attributes';

/**
 * Stage 2b, figures: `:::figure` holds the caption of a picture, video or
 * chart. Scraped articles keep captions but lose their media; the caption is
 * still the article's words, so it is kept as a caption, with the picture
 * shown when `src=` names one in public/.
 */
export const remarkFigures: Plugin<[{ base: string }], Root> = (ctx) => (tree, file) => {
  visit(tree, (node) => {
    if ((node.type !== 'containerDirective' && node.type !== 'leafDirective') || (node as ContainerDirective).name !== 'figure') return;
    const figure = node as ContainerDirective | LeafDirective;
    const attrs = directiveAttributes(file, figure, FigureAttributesSchema);
    const media = attrs?.media ?? 'image';
    const caption = { type: 'figureCaption', data: { hName: 'figcaption' }, children: figure.type === 'leafDirective' ? [{ type: 'paragraph', children: figure.children }] : figure.children };
    const picture = attrs?.src
      ? { type: 'figureMedia', data: { hName: 'img', hProperties: { src: ctx.base + attrs.src.slice(1), alt: attrs.alt ?? '', loading: 'lazy' } }, children: [] }
      : { type: 'figureMedia', data: { hName: 'div', hProperties: { className: ['figure-missing'], dataMedia: media } }, children: [] };
    figure.data = { ...figure.data, hName: 'figure', hProperties: { className: ['figure', `figure-${media}`], dataFigure: media } };
    (figure as { children: unknown[] }).children = [picture, caption];
  });
};
