import { z } from 'astro/zod';
import { ID_PATTERN } from '../ids';

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

/**
 * Words shown to readers (titles, names, roles, labels): trimmed, not
 * empty, and free of control characters, which no reader can see and which
 * make feeds and structured data invalid.
 */
export const TextSchema = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), {
    error: (issue) => {
      const c = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(String(issue.input))![0];
      return `holds an invisible control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); remove it`;
    },
  });
