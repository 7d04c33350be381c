import { z } from 'astro/zod';
import { HttpUrlSchema, IdSchema, PartialDateSchema } from './common';

/** What kind of words a claim holds; each reads differently in the sidebar. */
export const ClaimKindSchema = z.enum(['quote', 'paraphrase', 'assertion', 'document']);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

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
  /** The language of the claimed words when it differs from the reading's (`lang=fa`), for fonts, hyphenation and screen readers. */
  lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'expected a language tag like fa or en-GB').optional(),
});

/** `:num[…]{…}`: what detection cannot know about a number. */
export const NumAttributesSchema = z.strictObject({
  q: IdSchema.optional(),
  value: z.string().trim().min(1).optional(),
  unit: z.string().trim().min(1).optional(),
  asof: PartialDateSchema.optional(),
});

/** `:speaker[Ms Gomes]{ref=gomes}`. */
export const SpeakerAttributesSchema = z.strictObject({
  ref: z.string({ error: 'a :speaker mention needs ref=<speaker-id>' }).min(1),
});

/** `:name[Camp Ashraf Three]`: no attributes. */
export const NameAttributesSchema = z.strictObject({});

/**
 * `:::figure{media=image}`: a caption whose picture or video was not kept,
 * or `src=` for one that is in `public/`. An extension of the shared format,
 * documented in docs/annotation-format.md.
 */
export const FigureAttributesSchema = z.strictObject({
  media: z.enum(['image', 'video', 'audio', 'chart']).default('image'),
  src: z.string().regex(/^\/[^\s:]*$/, 'expected a path under public/, like /images/photo.jpg').optional(),
  alt: z.string().optional(),
});

export const KNOWN_DIRECTIVES = ['claim', 'num', 'speaker', 'name', 'figure'] as const;
