import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';

type Directive = TextDirective | LeafDirective | ContainerDirective;

/** The node if it is a directive (of any form) named `name`. */
export const directiveNamed = (node: Nodes, name: string): Directive | undefined =>
  (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && node.name === name ? node : undefined;

/** What the linter knows of one character of a block's text. */
interface TextChar {
  /** Its offset in the file. */
  offset: number;
  inClaim: boolean;
  /** Inside a claim by someone other than the author, or one with a source. */
  sourced: boolean;
  inName: boolean;
}

interface Sentence {
  /** Where it starts and ends in the block's text. */
  start: number;
  end: number;
  text: string;
  /** The claim edges (starts and ends) within it, as indices into the block's text. */
  edges: number[];
}

/** A top-level block's words in order, each character knowing whether a claim holds it. */
interface TextBlock {
  node: RootContent;
  text: string;
  chars: TextChar[];
  /** Where claims begin and end, as indices into `text`, so nearness to a claim can be judged. */
  edges: number[];
  sentences: Sentence[];
}

const cache = new WeakMap<Root, TextBlock[]>();
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
/** A segment ending in an abbreviation or an initial ("Dr.", "J.") goes on into the next one: the runtime's segmenter breaks after them. */
const ABBREVIATION_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Mt|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Rev|Fr|Jr|Sr|\p{Lu})\.\s*$/u;

/** The sentences of a text, as the runtime's segmenter finds them, less its breaks after abbreviations. */
function sentencesOf(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let joinNext = false;
  for (const { segment, index } of segmenter.segment(text)) {
    const last = out.at(-1);
    if (joinNext && last) {
      last.text += segment;
      last.end += segment.length;
    } else {
      out.push({ start: index, end: index + segment.length, text: segment });
    }
    joinNext = ABBREVIATION_END.test(segment);
  }
  return out;
}

/**
 * The text of every top-level block with any words (front matter,
 * definitions and raw HTML have none), shared by the rules that read
 * sentences: computed once per tree.
 */
export function textBlocks(tree: Root, file: VFile): readonly TextBlock[] {
  const cached = cache.get(tree);
  if (cached) return cached;
  const author = file.data.frontmatter?.author ?? '';
  const blocks: TextBlock[] = [];
  for (const node of tree.children) {
    if (node.type === 'html' || node.type === 'yaml' || node.type === 'definition') continue;
    let text = '';
    const chars: TextChar[] = [];
    const edges: number[] = [];
    const push = (value: string, start: number, state: Omit<TextChar, 'offset'>) => {
      for (let i = 0; i < value.length; i++) chars.push({ offset: start + i, ...state });
      text += value;
    };
    const walk = (n: Nodes, claims: Directive[]) => {
      const claim = directiveNamed(n, 'claim');
      if (claim) {
        edges.push(text.length);
        for (const c of claim.children) walk(c as Nodes, [...claims, claim]);
        edges.push(text.length);
        return;
      }
      if (n.type === 'text' || n.type === 'inlineCode') {
        const claim = claims.at(-1);
        const by = String(claim?.attributes?.by ?? '');
        const sourced = claims.some((c) => c.attributes?.source) || (!!claim && by !== 'author' && by !== author);
        push(n.value, n.position?.start.offset ?? 0, { inClaim: claims.length > 0, sourced, inName: false });
        return;
      }
      const name = directiveNamed(n, 'name');
      if (name) {
        for (const c of name.children) if (c.type === 'text') push(c.value, c.position?.start.offset ?? 0, { inClaim: claims.length > 0, sourced: false, inName: true });
        return;
      }
      if ('children' in n) for (const c of (n as Parent).children) walk(c as Nodes, claims);
    };
    walk(node, []);
    if (!text.trim()) continue;
    const sentences = sentencesOf(text).map((s) => ({ ...s, edges: edges.filter((e) => e >= s.start && e <= s.end) }));
    blocks.push({ node, text, chars, edges, sentences });
  }
  cache.set(tree, blocks);
  return blocks;
}

/** The place of a declaration in the front matter: its block, or the file's start. */
export const frontmatterOffset = (tree: Root): number => (tree.children[0]?.type === 'yaml' ? tree.children[0].position?.start.offset ?? 0 : 0);
