import type { Parent, Root, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { closest } from '../model/closest';
import { report } from '../model/problems';
import { KNOWN_DIRECTIVES } from '../schemas/directives';
import './data';

type Directive = TextDirective | LeafDirective | ContainerDirective;

/** Which forms each directive takes: `:x` text, `::x` leaf, `:::x` container. */
const FORMS: Record<string, Directive['type'][]> = {
  claim: ['textDirective', 'leafDirective', 'containerDirective'],
  num: ['textDirective'],
  speaker: ['textDirective'],
  name: ['textDirective'],
  figure: ['leafDirective', 'containerDirective'],
};
const COLONS = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

/**
 * Stage 2, directives: the syntax checks common to all directives. A `:word`
 * with neither label nor attributes is almost always prose that happens to
 * contain a colon (`10:30`, `ratio x:y`); remark-directive cannot know that,
 * so it is turned back into the exact text it was. Anything else we do not
 * know is an error, never silently dropped text.
 */
export const remarkDirectives: Plugin<[], Root> = () => (tree, file) => {
  const source = String(file.value);
  visit(tree, (node, index, parent) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const d = node as Directive;
    const forms = FORMS[d.name];
    const start = d.position?.start.offset;
    const end = d.position?.end.offset;
    const written = start !== undefined && end !== undefined ? source.slice(start, end) : undefined;
    const bare = `${COLONS[d.type]}${d.name}`;
    // A known name left bare with a bracket right after it: its "[" or "{" never closed.
    const next = end !== undefined ? source[end] : undefined;
    if (forms && written === bare && (next === '[' || next === '{') && parent && index !== undefined) {
      const close = next === '[' ? ']' : '}';
      report(file, d, `unclosed directive "${bare}${next}": no matching "${close}"`, `close it, as in :${d.name}[the words]{…}; a bracket inside the words needs a backslash: \\[ \\]`);
      const text: Text = { type: 'text', value: bare };
      if (d.position) text.position = d.position;
      parent.children.splice(index, 1, text as never);
      return [SKIP, index];
    }
    if (forms?.includes(d.type)) return;
    if (d.type !== 'containerDirective' && written === bare && parent && index !== undefined) {
      const text: Text = { type: 'text', value: bare };
      if (d.position) text.position = d.position;
      if (d.type === 'leafDirective') parent.children.splice(index, 1, { type: 'paragraph', children: [text] } as never);
      else parent.children.splice(index, 1, text as never);
      return [SKIP, index];
    }
    if (forms) {
      const right = forms.map((t) => `${COLONS[t]}${d.name}`).join(' or ');
      report(file, d, `"${COLONS[d.type]}${d.name}" is not a form this directive takes`, `write ${right}${d.name === 'claim' ? '' : '[…]'} instead`);
      return SKIP;
    }
    const near = closest(d.name, KNOWN_DIRECTIVES, 1)[0];
    report(
      file,
      d,
      `unknown directive "${COLONS[d.type]}${d.name}"`,
      `${near ? `did you mean "${COLONS[d.type]}${near}"? ` : ''}known directives: ${KNOWN_DIRECTIVES.map((k) => `:${k}`).join(', ')}. To write a literal colon before a word, escape it: \\:${d.name}`,
    );
    return SKIP;
  });
  mergeTexts(tree);
  unclosed(tree, source, file);
};

/**
 * A `:::claim` that is never closed swallows the rest of the file: a
 * silently wrong page, so an error. (Unclosed brackets are caught above.)
 */
function unclosed(tree: Root, source: string, file: VFile): void {
  visit(tree, 'containerDirective', (node: ContainerDirective) => {
    const end = node.position?.end.offset;
    if (end === undefined) return;
    const written = source.slice(node.position!.start.offset, end).trimEnd();
    if (!/\n\s*:::+\s*$/.test(written)) report(file, node, `unclosed ":::${node.name}" block: it runs to the end of the file`, 'end the block with a line of three colons: :::');
  });
}

/** Restored text sits next to the text it was cut from; join them so later stages see whole phrases like "10:30". */
function mergeTexts(tree: Root): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = (node as Parent).children;
    for (let i = children.length - 1; i > 0; i--) {
      const a = children[i - 1]!;
      const b = children[i]!;
      if (a.type === 'text' && b.type === 'text') {
        a.value += b.value;
        if (a.position && b.position) a.position.end = b.position.end;
        children.splice(i, 1);
      }
    }
  });
}
