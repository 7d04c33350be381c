import { z } from 'astro/zod';
import { ID_PATTERN } from '../ids';

/** Ids and slugs: lower-case letters, digits and hyphens (format doc, "Files"). */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'expected an id of lower-case letters, digits and hyphens, like "anne-khodabandeh"')
  .max(100, 'an id is part of an address: keep it under 100 characters');

/**
 * A calendar date, whole or partial: `2018`, `2018-04` or `2018-04-10`.
 * Partial dates are allowed because sources often say only "by the end of 2016".
 */
const PartialDateText = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date like 2018-04-10, 2018-04 or 2018')
  .refine((value) => {
    const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'expected a real calendar date');

// YAML reads `published: 2018` as a number: a year is a date all the same.
export const PartialDateSchema = z.preprocess((value) => (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : value), PartialDateText);

/** Links that readers follow: http(s) only, so a `javascript:` URL is an error, not a link. */
export const HttpUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'expected an http:// or https:// URL',
  })
  .refine((value) => !/[\u0000-\u001F\u007F\s]/.test(value), 'an address holds no spaces or invisible characters');

/** Characters no reader sees: C0 controls and DEL, and the bidirectional overrides that reorder what they do see. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/**
 * Words shown to readers (titles, names, roles, labels): trimmed, not
 * empty, and free of invisible characters: control characters make feeds
 * and structured data invalid, and a right-to-left override can show
 * "Lena Ortiz" for letters that spell something else.
 */
export const TextSchema = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !INVISIBLE.test(value), {
    error: (issue) => {
      const c = INVISIBLE.exec(String(issue.input))![0];
      const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      return c >= '\u202A' ? `holds an invisible direction override (${code}), which changes what readers see; remove it` : `holds an invisible control character (${code}); remove it`;
    },
  });
