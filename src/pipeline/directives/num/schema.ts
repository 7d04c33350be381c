import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema } from '../../../core/schemas/common';

/** `:num[…]{…}`: what detection cannot know about a number. */
export const NumAttributesSchema = z.strictObject({
  q: IdSchema.optional(),
  value: z.string().trim().min(1).optional(),
  unit: z.string().trim().min(1).optional(),
  asof: PartialDateSchema.optional(),
});

