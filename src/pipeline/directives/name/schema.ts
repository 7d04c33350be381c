import { z } from 'astro/zod';

/** `:name[Camp Ashraf Three]`: no attributes. */
export const NameAttributesSchema = z.strictObject({});

