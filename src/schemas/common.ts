import { z } from 'astro/zod';
import { ID_PATTERN } from '../model/ids';

/** Ids and slugs: lower-case letters, digits and hyphens (format doc, "Files"). */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'expected an id of lower-case letters, digits and hyphens, like "anne-khodabandeh"');

/**
 * A calendar date, whole or partial: `2018`, `2018-04` or `2018-04-10`.
 * Partial dates are allowed because sources often say only "by the end of 2016".
 */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2018-04-10, 2018-04 or 2018')
  .refine((value) => {
    const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'expected a real calendar date');

/** Links that readers follow: http(s) only, so a `javascript:` URL is an error, not a link. */
export const HttpUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'expected an http:// or https:// URL',
});
