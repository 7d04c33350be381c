import { z } from 'astro/zod';

/** `:speaker[Ms Gomes]{ref=gomes}`. */
export const SpeakerAttributesSchema = z.strictObject({
  ref: z.string({ error: 'a :speaker mention needs ref=<speaker-id>' }).min(1),
});

