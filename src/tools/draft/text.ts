/**
 * The drafter's reading of running text: sentences, and quotations with
 * the paragraphs they run over. Pure functions over strings.
 */
import { FUNCTION_WORDS } from './lexicon';

export interface Range {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st sen rep gov gen col lt sgt capt cmdr adm maj jr sr inc co corp ltd no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec fig approx dept est rev hon fr'.split(' '),
);

/** The sentences of a paragraph, as ranges: a stop (with any closing quote or bracket) then a space and a capital, digit or opening quote. */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const re = /[.!?…]+[”"’'»)\]]*(?=\s+[“"‘'«(\[]?[\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    // "Mr. Smith", "U.S. officials", "J. Smith": not a sentence end.
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase().replace(/\./g, '')) || /^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word))) continue;
    out.push({ start, end });
    start = end;
    while (/\s/.test(text[start] ?? '')) start++;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.trimEnd().length });
  return out;
}

/** A quotation's part in one paragraph. */
export interface QuoteSegment extends Range {
  para: number;
  /** All the segments of one quotation share it. */
  quote: number;
  /** Single marks (‘…’): scare quotes as often as quotations. */
  single: boolean;
  /** Whether its closing mark is in this paragraph. */
  closed: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/“‘'"]/u;

/** Whether a straight mark at `i` opens (after a space or a bracket, before a word) rather than closes. */
const opensAt = (text: string, i: number) => (i === 0 || OPENING_CONTEXT.test(text[i - 1]!)) && i + 1 < text.length && !/\s/.test(text[i + 1]!);

/**
 * Every quotation of the paragraphs, straight or curly, double or single.
 * A quotation left open at a paragraph's end goes on in the next paragraph
 * when that one opens with a quotation mark (the newspaper convention).
 * Single marks inside a double quotation are quotes within it, not found here.
 */
export function findQuotes(paragraphs: readonly string[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let quote = 0;
  let open: { para: number; start: number } | null = null;
  // British house style: single marks are the quotation marks when the text opens no double ones.
  let singles = 0;
  let doubles = 0;
  for (const t of paragraphs)
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '‘' && opensAt(t, i)) singles++;
      else if (OPEN_DOUBLE.has(t[i]!) || (t[i] === '"' && opensAt(t, i))) doubles++;
    }
  const britishStyle = singles >= 2 && doubles === 0;
  const opening = britishStyle ? /^["“„«‘]/u : /^["“„«]/u;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    if (open) {
      // A quotation still open continues only if this paragraph opens with a mark.
      if (!opening.test(text)) {
        open = null;
        quote++;
      } else {
        open = { para: p, start: 0 };
      }
    }
    for (let i = open?.para === p && open.start === 0 ? 1 : 0; i < text.length; i++) {
      const c = text[i]!;
      if (!open) {
        if (OPEN_DOUBLE.has(c) || (c === '"' && opensAt(text, i)) || (britishStyle && c === '‘' && opensAt(text, i))) open = { para: p, start: i };
        else if ((c === '‘' || c === "'") && opensAt(text, i) && /\p{L}|[.…]/u.test(text[i + 1] ?? '')) {
          const end = singleClose(text, i + 1, c === '‘' ? '’' : "'");
          if (end > 0) {
            out.push({ para: p, quote: quote++, start: i, end, single: true, closed: true });
            i = end - 1;
          }
        }
      } else if (
        text[open.start] === '‘'
          ? c === '’' && !/\s/.test(text[i - 1] ?? ' ') && !/\p{L}/u.test(text[i + 1] ?? '') && !possessive(text, i, '’')
          : CLOSE_DOUBLE.has(c) || (c === '"' && !opensAt(text, i)) || (c === '“' && text[open.start] === '„')
      ) {
        out.push({ para: p, quote, start: open.start, end: i + 1, single: false, closed: true });
        quote++;
        open = null;
      }
    }
    if (open) out.push({ para: p, quote, start: open.start, end: text.length, single: false, closed: false });
  }
  return out;
}

/** The end (after the mark) of a single-quoted span opened before `from`, or -1: a closing mark after a non-space and before a non-letter. */
export function singleClose(text: string, from: number, mark: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '“' || text[i] === '"') return -1;
    if (text[i] !== mark) continue;
    if (/\s/.test(text[i - 1]!) || /\p{L}/u.test(text[i + 1] ?? '') || possessive(text, i, mark)) continue;
    return i + 1;
  }
  return -1;
}

/** After a closing mark, the words that frame a quotation rather than go on with it: "' he said", "' said Baker". */
const FRAME_AFTER = /^\s(?:he|she|they|it|we|i|you|said|says|asked|added|told|tells|wrote|writes|replied|continued|insisted|explained)\b/;

/** Words after a closing mark that go on with the sentence, not with a noun the mark's s owns: "‘very difficult choices’ after a cut". */
const NOT_OWNED = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did)$/;

/**
 * Whether the mark at `i` is a plural's possessive inside the quotation ("the lads' spirit"), not its end:
 * after an s, before a lower-case word that neither frames it nor goes on with the sentence, with the
 * quotation's closing mark still to come (and no other quotation opening before it).
 */
function possessive(text: string, i: number, mark: string): boolean {
  const next = /^\s(\p{Ll}+)/u.exec(text.slice(i + 1))?.[1];
  if (!next || !/s/i.test(text[i - 1] ?? '') || FRAME_AFTER.test(text.slice(i + 1)) || FUNCTION_WORDS.has(next.charAt(0).toUpperCase() + next.slice(1)) || NOT_OWNED.test(next)) return false;
  const opening = mark === '’' ? '‘' : mark;
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === opening && /\s/.test(text[j - 1]!) && /\p{L}/u.test(text[j + 1] ?? '')) return false;
    if (text[j] === mark && !/\s/.test(text[j - 1]!) && !/\p{L}/u.test(text[j + 1] ?? '')) return true;
  }
  return false;
}

export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Folds accents and case: the key two spellings of one name share. */
export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
