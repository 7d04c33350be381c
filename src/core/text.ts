/**
 * Files arrive as editors save them: with a byte-order mark, Windows line
 * ends, or letters decomposed (an "é" as "e" and an accent, as macOS and
 * some pastes write it). Composed once here, a name matches its speaker
 * file however either was typed.
 */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}
