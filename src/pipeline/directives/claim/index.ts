import type { DirectiveDefinition } from '../types';
import { claimsStage } from './claims';
import { idsStage } from './ids';
import { numberOutsideClaim, quoteOutsideClaim, reportingPhrase, unbalancedQuote, unreviewedClaim } from './lint';
import { permanenceStage } from './permanence';
import { renamedStage } from './renamed';
import { ClaimAttributesSchema } from './schema';
import './nodes';

/**
 * `:claim[words]{by=…}`, `::claim[paragraph]{…}`, `:::claim{…}`: whose
 * words these are. Its stages find the claims, give them ids, and keep
 * every published id leading somewhere.
 */
export const claim: DirectiveDefinition = {
  name: 'claim',
  forms: ['textDirective', 'leafDirective', 'containerDirective'],
  attributes: ClaimAttributesSchema,
  stages: [
    { name: 'claims', make: claimsStage },
    { name: 'renamed', make: renamedStage },
    { name: 'ids', make: idsStage },
    { name: 'permanence', make: permanenceStage },
  ],
  sanitize: {
    properties: ['dataClaim', 'dataBy', 'dataKind', 'dataN', 'dataAliasOf', 'dataDraft'],
    classes: ['claim', 'claim-quote', 'claim-paraphrase', 'claim-assertion', 'claim-document', 'claim-mark', 'claim-alias'],
  },
  lint: [quoteOutsideClaim, reportingPhrase, numberOutsideClaim, unbalancedQuote, unreviewedClaim],
  example: 'The mayor said :claim[“the budget is balanced”]{by=mayor}.',
};
