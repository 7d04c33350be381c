import type { DirectiveDefinition } from '../types';
import { NameAttributesSchema } from './schema';
import { namesStage } from './stage';
import './nodes';

/** `:name[Camp Ashraf Three]`: a name, not a number or a speaker. */
export const name: DirectiveDefinition = {
  name: 'name',
  forms: ['textDirective'],
  attributes: NameAttributesSchema,
  stages: [{ name: 'names', make: namesStage }],
  sanitize: { properties: [], classes: ['proper-name'] },
  lint: [],
  example: 'Residents moved to :name[Camp Ashraf Three] in 2016.',
};
