import type { DirectiveDefinition } from '../types';
import { speakerNeverMentioned, unknownName, unlistedSpeaker } from './lint';
import { SpeakerAttributesSchema } from './schema';
import { speakersStage } from './stage';
import './nodes';

/**
 * `:speaker[Ms Gomes]{ref=ana-gomes}`: a mention auto-linking cannot make
 * alone. Its stage also links every name and alias of the reading's speakers.
 */
export const speaker: DirectiveDefinition = {
  name: 'speaker',
  forms: ['textDirective'],
  attributes: SpeakerAttributesSchema,
  stages: [{ name: 'speakers', make: speakersStage }],
  sanitize: { properties: ['dataSpeaker'], classes: ['speaker'] },
  lint: [unlistedSpeaker, speakerNeverMentioned, unknownName],
  example: 'As :speaker[the mayor]{ref=mayor} put it, the vote is close.',
};
