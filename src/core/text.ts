/**
 * Files arrive as editors save them: with a byte-order mark, Windows line
 * ends, or letters decomposed (an "é" as "e" and an accent, as macOS and
 * some pastes write it). Composed once here, a name matches its speaker
 * file however either was typed.
 */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Languages written right to left (by primary subtag): Arabic, Persian, Hebrew, Urdu, Pashto, Yiddish, Sorani, Dhivehi, Sindhi, Uyghur, Syriac. */
const RTL = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug', 'syr']);

/** Whether a BCP 47 language tag names a right-to-left script (`fa`, `ar-EG`, but `az-Arab` too). */
export const isRtl = (lang: string | undefined): boolean => {
  if (!lang) return false;
  const [primary, ...rest] = lang.toLowerCase().split('-');
  if (rest.some((s) => s === 'arab' || s === 'hebr' || s === 'thaa' || s === 'syrc')) return true;
  if (rest.some((s) => s === 'latn' || s === 'cyrl')) return false;
  return RTL.has(primary!);
};
