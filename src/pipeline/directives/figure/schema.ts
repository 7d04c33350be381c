import { z } from 'astro/zod';

/**
 * `:::figure{media=image}`: a caption whose picture or video was not kept,
 * or `src=` for one that is in `public/`. An extension of the shared format,
 * documented in docs/annotation-format.md.
 */
export const FigureAttributesSchema = z.strictObject({
  media: z.enum(['image', 'video', 'audio', 'chart']).default('image'),
  src: z.string().regex(/^\/(?!\/)[^\s:\\]*$/, 'expected a path under public/, like /images/photo.jpg (one slash at the start: //host/… is another site)').optional(),
  alt: z.string().optional(),
});

