/**
 * The draft as Markdown: each paragraph's text as it was, with the
 * proposed directives around their words. Plain text is escaped so that
 * nothing in it reads as Markdown or as a directive.
 */
import type { Block } from './source';

export interface Span {
  start: number;
  end: number;
  /** `:claim[`, `:num[`, `:name[` … */
  open: string;
  /** `]{by=… draft}` … */
  close: string;
  /** Claims before numbers and names when two start and end together. */
  rank: number;
}

/**
 * A bare web or e-mail address, as GFM links it: the link is the text as written, backslashes too, so
 * an escape inside it would show ("report\\_2024.pdf"). A stop or a bracket ending it is not part of it.
 */
const ADDRESS = /(?:\b(?:https?:\/\/|www\.)[^\s<>"“”‘’[\]]*[^\s<>"“”‘’[\].,;:!?*_~'()]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)/gi;

/** Escapes plain text for a Markdown paragraph's inside; a bare address is left as written. */
function escapeText(text: string): string {
  let out = '';
  let pos = 0;
  for (const m of text.matchAll(ADDRESS)) {
    out += escapeProse(text.slice(pos, m.index)) + m[0];
    pos = m.index + m[0].length;
  }
  return out + escapeProse(text.slice(pos));
}

function escapeProse(text: string): string {
  return text
    .replace(/[\\`*_[\]<~|]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    // ":claim", ":num" anywhere in the text would start a directive, with a label or without one.
    .replace(/:(?=[A-Za-z])/g, '\\:');
}

/**
 * Escapes what would start a block at a paragraph's start: a heading, a
 * list, a quote, a rule. A numbered line ("1. The board…") keeps its
 * number and escapes the mark after it ("1\."): a backslash before a digit
 * is no escape in Markdown and would show.
 */
function escapeStart(md: string): string {
  return md.replace(/^(\s*)(?:(#|>|[-+=])|(\d+)([.)]))/, (_, space: string, mark?: string, n?: string, after?: string) => (mark ? `${space}\\${mark}` : `${space}${n}\\${after}`));
}

/** A paragraph with its spans, nested as they nest; a span that would cross another is left out. */
export function renderParagraph(text: string, spans: readonly Span[], markdown: boolean): string {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const kept: Span[] = [];
  for (const s of sorted) {
    // Spans that cross a kept one are dropped; nested and disjoint ones stay.
    if (kept.some((k) => (k.start < s.start && s.start < k.end && k.end < s.end) || (s.start < k.start && k.start < s.end && s.end < k.end))) continue;
    kept.push(s);
  }
  const esc = (s: string) => (markdown ? s : escapeText(s));
  let out = '';
  let pos = 0;
  const stack: Span[] = [];
  const closeUntil = (at: number) => {
    while (stack.length && stack.at(-1)!.end <= at) {
      const s = stack.pop()!;
      out += esc(text.slice(pos, s.end)) + s.close;
      pos = s.end;
    }
  };
  for (const s of kept) {
    closeUntil(s.start);
    out += esc(text.slice(pos, s.start)) + s.open;
    pos = s.start;
    stack.push(s);
  }
  closeUntil(Infinity);
  out += esc(text.slice(pos));
  return markdown ? out : escapeStart(out);
}

/** A heading, a figure's caption, or Markdown kept as it was. */
export function renderBlock(block: Block, markdown: boolean): string {
  if (block.kind === 'raw') return block.text;
  const text = markdown ? block.text : escapeText(block.text);
  if (block.kind === 'heading') return `## ${text}`;
  const media = /\b(?:video|watch)\b/i.test(block.text) ? 'video' : 'image';
  return `:::figure{media=${media}}\n${text}\n:::`;
}
