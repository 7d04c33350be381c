/**
 * Branded id types. They are all plain strings at run time; the brands keep a
 * speaker id from being passed where a claim id is expected, which is the one
 * mistake a string-typed model invites everywhere.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SpeakerId = Brand<string, 'SpeakerId'>;
export type ClaimId = Brand<string, 'ClaimId'>;
export type EventId = Brand<string, 'EventId'>;
export type QuantityId = Brand<string, 'QuantityId'>;
export type ReadingSlug = Brand<string, 'ReadingSlug'>;

/** Ids and slugs share one shape (format doc, "Files"). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const isId = (value: string): boolean => ID_PATTERN.test(value);

export const asSpeakerId = (value: string) => value as SpeakerId;
export const asClaimId = (value: string) => value as ClaimId;
export const asEventId = (value: string) => value as EventId;
export const asQuantityId = (value: string) => value as QuantityId;
export const asReadingSlug = (value: string) => value as ReadingSlug;

/**
 * Turns arbitrary text into id words: lower case, accents folded, anything
 * that is not a letter or digit dropped. Non-Latin letters are kept out
 * because ids must match ID_PATTERN; a claim in Persian gets its id from its
 * speaker alone (plus a counter), which is why explicit ids exist.
 */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The id of a claim's entry beside the text (format doc, "HTML hooks"). */
export const attributionId = (id: ClaimId) => `attribution-${id}`;

/**
 * Ids the site gives its own elements. A claim with one of them would
 * re-point what the page's links, labels and screen readers refer to, so
 * neither an author nor a derived id may take them.
 */
const SITE_IDS = new Set(['main', 'attributions', 'attributions-title', 'attribution-title', 'filter-by', 'search-q']);
export const isSiteId = (id: string): boolean => SITE_IDS.has(id) || id.startsWith('attribution-') || id.startsWith('user-content-') || id.endsWith('-summary');
