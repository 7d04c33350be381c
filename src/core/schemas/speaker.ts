import { z } from 'astro/zod';
import { TextSchema } from './common';

/** What a speaker is; it decides a claim's default kind (a document's words are `document`). */
export const SpeakerKindSchema = z.enum(['person', 'organisation', 'document', 'publication', 'group']);

/**
 * `content/speakers/<id>.yaml`: anyone or anything a reading attributes
 * words to. The file name is the id.
 */
export const SpeakerSchema = z.strictObject({
  /** The name as readers should see it, e.g. `Nicola Pedde`. */
  name: TextSchema,
  /** Defaults to a person, the common case. */
  kind: SpeakerKindSchema.default('person'),
  /** The role the source gives them, shown in every attribution: `Historian`. */
  role: TextSchema.optional(),
  /**
   * Other forms of the name found in text (`Pedde`, `Ms Gomes`). Each is
   * auto-linked as a whole word, longest first.
   */
  aliases: z.array(TextSchema).default([]),
  /** A page about the speaker. Only http(s), so no `javascript:` reaches a link. */
  url: z
    .url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' })
    .optional(),
});

export type SpeakerData = z.infer<typeof SpeakerSchema>;
