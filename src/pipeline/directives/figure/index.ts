import type { DirectiveDefinition } from '../types';
import { FigureAttributesSchema } from './schema';
import { figuresStage } from './stage';
import './nodes';

/** `:::figure{media=image}`: a caption whose picture was not kept, or `src=` for one in public/. */
export const figure: DirectiveDefinition = {
  name: 'figure',
  forms: ['leafDirective', 'containerDirective'],
  attributes: FigureAttributesSchema,
  stages: [{ name: 'figures', make: figuresStage }],
  sanitize: {
    tagNames: ['figure', 'figcaption'],
    attributes: { img: ['alt', 'loading'] },
    properties: ['dataFigure', 'dataMedia'],
    classes: ['figure', 'figure-image', 'figure-video', 'figure-audio', 'figure-chart', 'figure-missing'],
  },
  lint: [],
  example: ':::figure{media=chart}\nResidents by year, as the ministry counts them.\n:::',
};
