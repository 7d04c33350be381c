import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { SpeakerId } from '../../../core/ids';
import type { LintContext } from '../../lint/rule';
import { lintRule } from '../../lint/rule';
import { directiveNamed, frontmatterOffset, textBlocks } from '../../lint/text';
import { followsTitle, learn, personIn, runsOf, tokenize } from './person-names';

/**
 * The speaker's lint rules: names in the text and the speakers they are
 * (or are not), and declared speakers the text never names.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordBounded = (names: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The speakers the reading declares: its author and its `speakers`. */
function declared(file: VFile): Set<string> {
  const fm = file.data.frontmatter;
  return new Set(fm ? [fm.author, ...fm.speakers] : []);
}

/** The speakers the text uses: the author, each claim's `by` and `via`, each `:speaker`'s `ref`. */
function used(tree: Root, file: VFile): Set<string> {
  const author = file.data.frontmatter?.author ?? '';
  const out = new Set<string>([author]);
  visit(tree, (node) => {
    const claim = directiveNamed(node, 'claim');
    if (claim) {
      const by = claim.attributes?.by ?? '';
      out.add(by === 'author' ? author : by);
      for (const v of (claim.attributes?.via ?? '').split(/[\s,]+/).filter(Boolean)) out.add(v);
    }
    const ref = directiveNamed(node, 'speaker')?.attributes?.ref;
    if (ref) out.add(ref);
  });
  return out;
}

/** Every name and alias of every speaker, to the speaker. */
function namesOf(ctx: LintContext): Map<string, SpeakerId> {
  const out = new Map<string, SpeakerId>();
  for (const s of ctx.speakers.values()) for (const n of [s.name, ...s.aliases]) if (!out.has(n)) out.set(n, s.id);
  return out;
}

export const unlistedSpeaker = lintRule('unlisted-speaker', 'a speaker’s name in the text, but not in the reading’s speakers', (tree, file, ctx, report) => {
  const inReading = new Set([...declared(file), ...used(tree, file)]);
  // Names of several words, or one word after a title ("Mr Okafor"): a lone surname may be someone else's.
  const names = [...namesOf(ctx)].filter(([n, id]) => !inReading.has(id) && /^\p{Lu}/u.test(n)).map(([n]) => n).sort((a, b) => b.length - a.length);
  if (!names.length) return;
  const byName = namesOf(ctx);
  const pattern = wordBounded(names);
  for (const { text, chars } of textBlocks(tree, file)) {
    for (const m of text.matchAll(pattern)) {
      if (chars[m.index]?.inName) continue;
      if (!/\s/.test(m[0]) && !followsTitle(text, m.index)) continue;
      report(chars[m.index]!.offset, `"${m[0]}" is the speaker ${byName.get(m[0])}, but not in this reading's speakers: add it so mentions are linked`);
    }
  }
});

export const speakerNeverMentioned = lintRule('speaker-never-mentioned', 'a declared speaker the text never names or quotes', (tree, file, ctx, report) => {
  const inUse = used(tree, file);
  const text = textBlocks(tree, file).map((b) => b.text).join('\n');
  for (const id of file.data.frontmatter?.speakers ?? []) {
    if (inUse.has(id)) continue;
    const s = ctx.speakers.get(id as SpeakerId);
    if (s && wordBounded([s.name, ...s.aliases]).test(text)) continue;
    report(frontmatterOffset(tree), `speaker "${id}" is declared but the text never names or quotes them`);
  }
});

export const unknownName = lintRule('unknown-name', 'a name that looks like a person’s and matches no speaker', (tree, file, ctx, report) => {
  const blocks = textBlocks(tree, file);
  const known = learn(blocks.flatMap((b) => b.sentences.map((s) => s.text)));
  const names = [...namesOf(ctx).keys()].map((n) => ` ${n.split(/\s+/).join(' ')} `);
  for (const { node, chars, sentences } of blocks) {
    // Headings capitalise every word.
    if (node.type === 'heading') continue;
    for (const sentence of sentences) {
      const tokens = tokenize(sentence.text);
      for (const run of runsOf(sentence.text, tokens)) {
        const start = tokens[run.from]!.start;
        const end = tokens[run.to - 1]!.end;
        if (chars.slice(sentence.start + start, sentence.start + end).some((c) => c.inName)) continue;
        // A speaker's name or alias, or part of one, is no unknown name.
        const words = ` ${tokens.slice(run.from, run.to).map((t) => t.base).join(' ')} `;
        if (names.some((n) => words.includes(n) || n.includes(words))) continue;
        const person = personIn(sentence.text, tokens, run, known);
        if (!person) continue;
        const from = tokens[person.from]!.start;
        const name = sentence.text.slice(from, tokens[person.to - 1]!.end).replace(/[’']s$/, '').replace(/\s+/g, ' ');
        report(chars[sentence.start + from]!.offset, `"${name}" looks like a person's name but matches no speaker: add a speaker file, or mark it :name[${name}]`);
      }
    }
  }
});
