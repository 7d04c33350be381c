import type { Nodes, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { findNumbers } from '../../../core/numbers';
import { lintRule } from '../../lint/rule';
import { directiveNamed, textBlocks } from '../../lint/text';
import { plainText } from '../../text';
import { CLOSING_MARKS } from './quotes';

/**
 * The claim's lint rules: what looks like someone's words or figures but
 * no claim holds. They share one reading of the text (`attributionOf`),
 * which also gives the linter its coverage figures.
 */

const REPORTING = /\b(?:officials say|according to|pointed out|said|says|say|saying|claims|claimed|claiming|told|tells|warned|warns|stated|states|argued|argues|insisted|alleged|alleges|announced|added|explained|reported)\b/gi;
/**
 * A quotation: “…”, "…", «…», „…“, 「…」. Not ‘…’: outside a quote,
 * English sets titles and scare quotes in single marks ("a meeting titled
 * ‘MEK threat in Albania’"), which are nobody's words.
 */
const QUOTATION = /[“"][^”"]{3,}[”"]|«[^«»]{3,}»|„[^„“”]{3,}[“”]|「[^「」]{3,}」/g;
/** A reporting phrase introduces a claim that begins or ends within this many words of it, in the same sentence. */
const NEAR = 12;

interface Statement {
  offset: number;
  text: string;
  /** Inside a claim (a quotation), or next to one (a reporting phrase). */
  attributed: boolean;
}

interface NumberUse {
  offset: number;
  text: string;
  /** Its source is someone other than the author. */
  sourced: boolean;
  /** Outside every claim, in a sentence that reports someone. */
  unattributed: boolean;
}

interface Attribution {
  quotations: Statement[];
  phrases: Statement[];
  numbers: NumberUse[];
}

const cache = new WeakMap<Root, Attribution>();

/** Every quotation, reporting phrase outside claims and number (other than dates) of the text, and whether a claim accounts for it. */
function attributionOf(tree: Root, file: VFile): Attribution {
  const cached = cache.get(tree);
  if (cached) return cached;
  const out: Attribution = { quotations: [], phrases: [], numbers: [] };
  for (const { text, chars, sentences } of textBlocks(tree, file)) {
    const outside = (i: number) => !chars[i]?.inClaim;
    // Quotations, which often run over several sentences.
    for (const m of text.matchAll(QUOTATION)) {
      out.quotations.push({ offset: chars[m.index]!.offset, text: m[0], attributed: !outside(m.index + 1) });
    }
    for (const sentence of sentences) {
      let reports = false;
      for (const m of sentence.text.matchAll(REPORTING)) {
        const i = sentence.start + m.index;
        if (!outside(i)) continue;
        reports = true;
        const near = sentence.edges.some((e) => {
          const between = e > i ? text.slice(i + m[0].length, e) : text.slice(e, i);
          return between.split(/\s+/).filter(Boolean).length <= NEAR;
        });
        out.phrases.push({ offset: chars[i]!.offset, text: m[0], attributed: near });
      }
      for (const n of findNumbers(sentence.text)) {
        const i = sentence.start + n.start;
        if (n.kind === 'date' || n.kind === 'time' || chars[i]?.inName) continue;
        out.numbers.push({ offset: chars[i]!.offset, text: n.text, sourced: !!chars[i]?.sourced, unattributed: outside(i) && (reports || sentence.edges.length > 0) });
      }
    }
  }
  cache.set(tree, out);
  return out;
}

export interface Coverage {
  /** Quotations and reporting phrases, and how many of them are inside (or introduce) a claim. */
  statements: number;
  attributed: number;
  /** Numbers other than dates, and how many have a source other than the author. */
  numbers: number;
  sourced: number;
}

export function coverageOf(tree: Root, file: VFile): Coverage {
  const { quotations, phrases, numbers } = attributionOf(tree, file);
  const statements = [...quotations, ...phrases];
  return { statements: statements.length, attributed: statements.filter((s) => s.attributed).length, numbers: numbers.length, sourced: numbers.filter((n) => n.sourced).length };
}

export const quoteOutsideClaim = lintRule('quote-outside-claim', 'a quotation outside every claim', (tree, file, _ctx, report) => {
  for (const q of attributionOf(tree, file).quotations) {
    if (!q.attributed) report(q.offset, `quotation outside every claim: ${q.text.slice(0, 50)}${q.text.length > 50 ? '…' : ''}`);
  }
});

export const reportingPhrase = lintRule('reporting-phrase', 'a reporting phrase ("said", "according to"…) with no claim next to it', (tree, file, _ctx, report) => {
  for (const p of attributionOf(tree, file).phrases) {
    if (!p.attributed) report(p.offset, `"${p.text}" reports someone's words, but no claim is next to it`);
  }
});

export const numberOutsideClaim = lintRule('number-outside-claim', 'a number outside claims in a sentence that reports someone', (tree, file, _ctx, report) => {
  for (const n of attributionOf(tree, file).numbers) {
    if (n.unattributed) report(n.offset, `"${n.text}" is in a sentence that reports someone, but outside every claim: whose figure is it?`);
  }
});

export const unreviewedClaim = lintRule('unreviewed-claim', 'a drafted claim (`{… draft}`) no editor has reviewed yet', (tree, _file, _ctx, report) => {
  visit(tree, (node) => {
    const claim = directiveNamed(node, 'claim');
    if (!claim || claim.attributes?.draft == null) return;
    const words = plainText(claim).trim().replace(/\s+/g, ' ');
    const by = claim.attributes.by ?? '?';
    report(claim.position?.start.offset ?? 0, `drafted claim by ${by} to review: ${words.slice(0, 50)}${words.length > 50 ? '…' : ''} (check the words and the speaker, then remove "draft")`);
  });
});

/** Each opening quotation mark, and the marks that close it. */
const CLOSES: Record<string, string> = { ...CLOSING_MARKS, '»': '«' };

export const unbalancedQuote = lintRule('unbalanced-quote', 'a claim that opens a quotation and does not close it, or closes one it did not open', (tree, _file, _ctx, report) => {
  visitParents(tree, 'textDirective', (node, ancestors) => {
    if (node.name !== 'claim') return;
    const words = plainText(node).trim();
    // A quotation of several paragraphs opens each and closes only the last: does this claim end its paragraph, and the next open one?
    const [block, paragraph] = ancestors.slice(-2);
    const endsParagraph = paragraph?.type === 'paragraph' && !paragraph.children.slice(paragraph.children.indexOf(node) + 1).some((c) => plainText(c).trim());
    const siblings = endsParagraph && block && 'children' in block ? (block.children as Nodes[]) : [];
    const next = siblings[siblings.indexOf(paragraph as Nodes) + 1];
    const goesOn = !!next && !!CLOSES[plainText(next).trim()[0] ?? ''];
    const first = words[0] ?? '';
    const closes = CLOSES[first];
    const at = node.position?.start.offset ?? 0;
    if (closes && first !== '‘' && ![...words.slice(1)].some((c) => closes.includes(c))) {
      // Not a quote then: the build reads it as a paraphrase.
      report(
        at,
        goesOn
          ? `the claim opens a quotation (${first}) that goes on in the next paragraph: as it is, it is not read as a quote; a quotation of several paragraphs is one :::claim block`
          : `the claim opens a quotation (${first}) and does not close it: is the closing mark outside the brackets? As it is, it is not read as a quote`,
      );
    } else if (/[”»」]["'’]?[.,;:!?]?$/.test(words) && !Object.keys(CLOSES).some((o) => o !== '"' && words.slice(0, -1).includes(o))) {
      report(at, `the claim closes a quotation it does not open: is the opening mark outside the brackets? As it is, it is not read as a quote`);
    }
  });
});
