import type { Nodes, Paragraph, Parent, Root, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { closest } from '../core/closest';
import { DIRECTIVES, directiveNamed } from './directives/index';
import { report } from './report';
import { rawLinkRanges } from './text';

const KNOWN_DIRECTIVES = DIRECTIVES.map((d) => d.name);
const COLONS = { textDirective: ':', leafDirective: '::', containerDirective: ':::' } as const;

/**
 * Stage 2, directives: the syntax checks common to all directives. A `:word`
 * with neither label nor attributes is almost always prose that happens to
 * contain a colon (`10:30`, `ratio x:y`); remark-directive cannot know that,
 * so it is turned back into the exact text it was. Anything else we do not
 * know is an error, never silently dropped text.
 */
export const syntaxStage = () => (tree: Root, file: VFile): void => {
  const source = String(file.value);
  visit(tree, (node, index, parent) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const d = node;
    const forms = directiveNamed(d.name)?.forms;
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
      (parent.children as Nodes[]).splice(index, 1, text);
      return [SKIP, index];
    }
    // Words in brackets, then a "{" that did not become attributes: something inside it broke them.
    if (forms && written !== undefined && written !== bare && next === '{' && d.type !== 'containerDirective') {
      const rest = source.slice(end!, source.indexOf('\n', end!) < 0 ? undefined : source.indexOf('\n', end!));
      const quotes = (rest.slice(0, rest.includes('}') ? rest.indexOf('}') + 1 : undefined).match(/"/g) ?? []).length;
      report(
        file,
        d.position!.end,
        `the attributes after ${bare}[…] could not be read${quotes % 2 ? ': a quotation mark (") is not closed' : rest.includes('}') ? '' : ': the "{" is never closed'}`,
        `write them as {by=speaker-id note="a note with spaces"}: every "…" closed, no line break inside, and typographic quotes (“ ”) for quotations inside a note`,
      );
      d.data = { ...d.data, attributesUnread: true };
    }
    if (forms?.includes(d.type)) {
      if (written !== undefined) repeatedAttributes(d, written, file);
      return;
    }
    if (d.type !== 'containerDirective' && written === bare && parent && index !== undefined) {
      const text: Text = { type: 'text', value: bare };
      if (d.position) text.position = d.position;
      const restored: Paragraph | Text = d.type === 'leafDirective' ? { type: 'paragraph', children: [text] } : text;
      (parent.children as Nodes[]).splice(index, 1, restored);
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
  unreadDirectives(tree, source, file);
  unclosed(tree, source, file);
  controlCharacters(source, file);
  directivesInRawLinks(tree, file);
};

/** A directive between a raw `<a …>` and its `</a>`: its claim marker or mention link cannot nest in that link. */
function directivesInRawLinks(tree: Root, file: VFile): void {
  visit(tree, (node) => {
    if (!('children' in node)) return;
    for (const [open, close] of rawLinkRanges(node.children as Nodes[])) {
      const inside = (node.children as Nodes[]).slice(open + 1, close);
      let found: TextDirective | undefined;
      for (const child of inside) {
        visit(child, 'textDirective', (d) => {
          if (directiveNamed(d.name)) found ??= d;
        });
      }
      if (found) {
        report(
          file,
          node.children[open]!,
          `:${found.name}[…] inside a link written in HTML (<a …>…</a>): the page cannot nest its link there, and the link would lose its words`,
          'write the link in Markdown, which can hold claims and names: [the words](https://…)',
        );
      }
    }
  });
}

/** A line that opens like a block (`::claim`, `::: claim`) but did not parse as one: its colons, name and the rest. */
const BLOCK_LIKE = /^(:{2,})(\s*)([A-Za-z][\w-]*)(.*)$/;
/** `::claim[` or `:::claim{` inside a sentence: block forms, which only stand on lines of their own. */
const BLOCK_IN_TEXT = new RegExp(`(?<![\\\\:\\p{L}\\p{N}_]):{2,}(${KNOWN_DIRECTIVES.join('|')})(?=[[{])`, 'gu');

const shorten = (line: string) => (line.length > 60 ? `${line.slice(0, 59)}…` : line);

/**
 * A block written with a slip (a space after the colons or before the "{",
 * a quotation mark left open, words after it on its line) is not a block
 * for the parser: its lines become a paragraph, and the speaker's words
 * would read as the author's, with their numbers unsourced. Nothing may be
 * lost silently, so each such line is an error saying what the slip is.
 */
function unreadDirectives(tree: Root, source: string, file: VFile): void {
  let places: ReturnType<typeof location> | undefined;
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return SKIP;
    if (node.type === 'paragraph') {
      const start = node.position?.start.offset;
      const line = start === undefined ? undefined : source.slice(start, source.indexOf('\n', start) < 0 ? undefined : source.indexOf('\n', start));
      const m = line === undefined ? null : BLOCK_LIKE.exec(line.trimEnd());
      // A known name, and the rest of a block: a ::: fence, or brackets after :: (":: A note ::" and "::new()" are prose).
      const name = m && KNOWN_DIRECTIVES.includes(m[3]!) && (m[1]!.length > 2 || /^\s*[[{]/.test(m[4]!)) ? m[3]! : undefined;
      if (m && name) {
        const [, colons, space, written, rest] = m as unknown as [string, string, string, string, string];
        const form = `${colons}${written}`;
        const braces = /\{[^}]*\}?/.exec(rest)?.[0] ?? '';
        const why = space
          ? [`a space between "${colons}" and "${written}"`, `write it with no space: ${shorten(`${form}${rest}`)}`]
          : /^\s+[[{]/.test(rest)
            ? [`a space before its ${rest.trimStart()[0] === '{' ? 'attributes' : 'words'}`, `write it with nothing between the name and the bracket: ${shorten(`${form}${rest.trimStart()}`)}`]
            : (braces.match(/"/g) ?? []).length % 2
              ? ['a quotation mark (") in its attributes is not closed', 'close every "…" inside {…}; typographic quotes (“ ”) for quotations inside a note']
              : braces && !braces.endsWith('}')
                ? ['its "{" is never closed', 'close the attributes with "}" on the same line']
                : colons.length === 2 && /\}\s*\S/.test(rest)
                  ? ['words after it on its line', `a ${form} block stands alone on its line; inside a sentence a claim takes one colon: :${name}[the words]{…}`]
                  : ['it could not be read', `write ${colons}${name}{…}, as in the format doc`];
        report(file, node, `this line opens like a "${colons}${name}" block but is not one (${why[0]}), so its words would read as the author's`, why[1]);
        return SKIP;
      }
    }
    if (node.type !== 'text') return;
    const from = node.position?.start.offset;
    const written = from === undefined ? '' : source.slice(from, node.position!.end.offset);
    for (const m of written.matchAll(BLOCK_IN_TEXT)) {
      places ??= location(file);
      report(file, places.toPoint(from! + m.index), `"${m[0]}" inside a sentence: the double colon makes it a block, which stands on a line of its own, so these words would read as the author's`, `inside a sentence a claim takes one colon: :${m[1]}[the words]{…}`);
    }
  });
}

/**
 * `{by=mayor by=critic}`: the parser keeps the last and drops the first
 * without a word, so a claim could be read as one speaker's in the source
 * and shown as another's. Each attribute is given once (`#x` is `id=`).
 */
function repeatedAttributes(d: TextDirective | LeafDirective | ContainerDirective, written: string, file: VFile): void {
  const firstLine = d.type === 'containerDirective' ? written.split('\n')[0]! : written;
  let attrs = '';
  if (d.type === 'containerDirective') attrs = /\{[^\n]*\}\s*$/.exec(firstLine)?.[0] ?? '';
  else {
    const last = d.children.at(-1)?.position?.end.offset;
    const from = last !== undefined && d.position?.start.offset !== undefined ? last - d.position.start.offset + 1 : `${COLONS[d.type]}${d.name}[]`.length;
    const rest = written.slice(from);
    attrs = rest.startsWith('{') ? rest : /\{[^{}]*\}$/.exec(written)?.[0] ?? '';
  }
  const bare = attrs.replace(/"[^"]*"|'[^']*'/g, '""');
  const keys = [...bare.matchAll(/(?<=[{\s])(?:#(?=[^\s}])|([^\s={}#.]+)=)/g)].map((m) => m[1] ?? 'id');
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) report(file, d, `${key === 'id' ? 'the id (#…, id=)' : `${key}=`} is given twice on ${COLONS[d.type]}${d.name}`, 'give each attribute once: the page would show only the last, and the source would say two things');
    seen.add(key);
  }
}

/**
 * Invisible control characters (a bell, a form feed pasted from a PDF) are
 * not text: they make the feed and the page invalid, and no editor can see
 * them. Each is reported where it is; they are never dropped silently.
 */
function controlCharacters(source: string, file: VFile): void {
  const found = [...source.matchAll(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202D\u202E]/g)];
  for (const m of found.slice(0, 5)) {
    const before = source.slice(0, m.index);
    const line = before.split('\n').length;
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const override = m[0] === '\u202D' || m[0] === '\u202E';
    const what = override ? `an invisible direction override (${code}) in the text: it shows the letters after it in another order than they are written` : `an invisible control character (${code}) in the text`;
    report(file, { line, column: m.index - before.lastIndexOf('\n') }, what, found.length > 5 ? `remove it, and the ${found.length - 5} more after it` : override ? 'remove it; for right-to-left words use lang=, which sets their direction' : 'remove it: readers cannot see it, and it makes the feed invalid');
  }
}

/**
 * A `:::claim` that is never closed swallows the rest of the file: a
 * silently wrong page, so an error. (Unclosed brackets are caught above.)
 */
function unclosed(tree: Root, source: string, file: VFile): void {
  const last = source.trimEnd().length;
  visitParents(tree, (node, ancestors) => {
    // A fence line left over: nested blocks written with as many colons as the block around them.
    if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'text' && /^:{3,}$/.test(node.children[0]!.value.trim())) {
      report(file, node, `a stray "${node.children[0]!.value.trim()}" line: no block is open here`, 'a block inside a block needs more colons on the outer one: ::::claim{…} around :::claim{…}, each closed by its own fence (:::: and :::)');
      return;
    }
    if (node.type !== 'containerDirective') return;
    const end = node.position?.end.offset;
    if (end === undefined) return;
    const written = source.slice(node.position!.start.offset, end).trimEnd();
    // Closed by its own fence. A block left open inside another is closed by the outer block's fence,
    // which silently gives the inner speaker everything up to it.
    if (/\n\s*(?:>\s*)*:::+\s*$/.test(written)) return;
    if (end < last) {
      // With as many colons as the block around it, the stray fence line is the slip to name (above), not this.
      const colons = (offset: number | undefined) => (offset === undefined ? 0 : /^:*/.exec(source.slice(offset))![0].length);
      // Only when the nearest block around it is a directive: one ended by its block quote or list item leaks nothing.
      const outer = ancestors.findLast((a) => a.type === 'containerDirective' || a.type === 'blockquote' || a.type === 'listItem');
      if (outer?.type !== 'containerDirective') return;
      if (outer && colons(outer.position?.start.offset) > colons(node.position!.start.offset))
        report(file, node, `unclosed ":::${node.name}" block: the block around it closes it, so everything up to that fence is taken as its words`, 'end the block with its own fence line (:::) where its words end, inside the block around it');
    } else report(file, node, `unclosed ":::${node.name}" block: it runs to the end of the file`, 'end the block with a line of three colons: :::');
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
