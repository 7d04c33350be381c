import { z } from 'astro/zod';

/** What a speaker is; it decides a claim's default kind (a document's words are `document`). */
export const SpeakerKindSchema = z.enum(['person', 'organisation', 'document', 'publication', 'group']);
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;

/**
 * `content/speakers/<id>.yaml`: anyone or anything a reading attributes
 * words to. The file name is the id.
 */
export const SpeakerSchema = z.strictObject({
  /** The name as readers should see it, e.g. `Nicola Pedde`. */
  name: z.string().trim().min(1),
  /** Defaults to a person, the common case. */
  kind: SpeakerKindSchema.default('person'),
  /** The role the source gives them, shown in every attribution: `Historian`. */
  role: z.string().trim().min(1).optional(),
  /**
   * Other forms of the name found in text (`Pedde`, `Ms Gomes`). Each is
   * auto-linked as a whole word, longest first.
   */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** A page about the speaker. Only http(s), so no `javascript:` reaches a link. */
  url: z
    .url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' })
    .optional(),
});

export type SpeakerData = z.infer<typeof SpeakerSchema>;
