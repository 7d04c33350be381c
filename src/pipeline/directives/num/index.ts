import type { DirectiveDefinition } from '../types';
import { quantityNeverUsed } from './lint';
import { NumAttributesSchema } from './schema';
import { numbersStage } from './stage';
import './nodes';

/**
 * `:num[2,745]{q=… value=… unit=… asof=…}`: a number detection cannot read
 * alone. Its stage also finds every other number in the text and credits
 * each to the claim around it.
 */
export const num: DirectiveDefinition = {
  name: 'num',
  forms: ['textDirective'],
  attributes: NumAttributesSchema,
  stages: [{ name: 'numbers', make: numbersStage }],
  sanitize: {
    tagNames: ['data'],
    attributes: { data: ['value'] },
    properties: ['dataNumber', 'dataBy', 'dataKind', 'dataQuantity', 'dataUnsourced'],
    classes: ['number'],
  },
  lint: [quantityNeverUsed],
  example: 'The camp held :num[about 4,000]{q=residents asof=2016} people.',
};
