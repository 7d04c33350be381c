import { z } from 'astro/zod';
import { ClaimKindSchema } from '../../../core/schemas/claim-kind';
import { HttpUrlSchema, IdSchema } from '../../../core/schemas/common';

/** Speaker ids separated by commas or spaces, nearest relay first. */
const IdListSchema = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(IdSchema).min(1, 'expected at least one speaker id'));

/** `:claim[…]{…}` and `:::claim{…}`. */
export const ClaimAttributesSchema = z.strictObject({
  /** The speaker id, or `author`. */
  by: z.string({ error: 'every claim needs by=<speaker-id> (or by=author)' }).min(1, 'by= is empty'),
  /** An explicit id (`#some-id`), to pin a link forever. */
  id: IdSchema.optional(),
  kind: ClaimKindSchema.optional(),
  via: IdListSchema.optional(),
  at: IdSchema.optional(),
  source: HttpUrlSchema.optional(),
  note: z.string().trim().min(1, 'note= is empty').optional(),
  /** A drafted claim no editor has reviewed yet (`{by=x draft}`, written by `npm run draft`): shown as such, listed by the linter. */
  draft: z.literal('', { error: 'write draft with no value ({by=x draft}), and remove it once the claim is reviewed' }).optional(),
  /** The language of the claimed words when it differs from the reading's (`lang=fa`), for fonts, hyphenation and screen readers. */
  lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a language tag like fa or en-GB').optional(),
});

