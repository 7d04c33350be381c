import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { location, type Location } from 'vfile-location';
import { asSpeakerId, type SpeakerId } from '../../../core/ids';
import { routes } from '../../../core/routes';
import { directiveAttributes } from '../../attributes';
import type { PipelineContext } from '../../context';
import { report } from '../../report';
import { checkSpeaker } from '../../speaker-ref';
import { plainText, rawLinkRanges } from '../../text';
import type { SpeakerMention } from './nodes';
import { firstNameBefore, partOfAnotherName } from './person-names';
import { SpeakerAttributesSchema } from './schema';

/** Where auto-linking must not reach: inside links, code, names and numbers. */
const OPAQUE = new Set<string>(['link', 'linkReference', 'inlineCode', 'code', 'html', 'speakerMention', 'numberValue', 'properName', 'yaml', 'definition']);

/** A name as contested: "Al-Assad" at a sentence's start is "al-Assad". */
const folded = (name: string) => name[0]!.toLowerCase() + name.slice(1);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mention(ctx: PipelineContext, id: SpeakerId, children: PhrasingContent[]): SpeakerMention {
  return {
    type: 'speakerMention',
    data: { hName: 'a', hProperties: { href: routes(ctx.base).speaker(id), dataSpeaker: id, className: ['speaker'] } },
    children,
  };
}

/**
 * Stage 6, speakers: turns `:speaker[…]{ref=…}` into a mention, then links
 * every whole-word occurrence of the name or an alias of a speaker of this
 * reading, longest first. Adds `file.data.readingSpeakers` and
 * `file.data.mentioned`.
 */
export const speakersStage = (ctx: PipelineContext) => (tree: Root, file: VFile): void => {
  const fm = file.data.frontmatter!;
  const claims = file.data.claims ?? [];
  const mentioned = new Set<SpeakerId>();

  visit(tree, 'textDirective', (node, index, parent) => {
    if (node.name !== 'speaker') return;
    const attrs = directiveAttributes(file, node, SpeakerAttributesSchema);
    if (!parent || index === undefined) return;
    if (!plainText(node).trim()) report(file, node, 'empty :speaker mention', 'put the words that name the speaker inside the brackets: :speaker[Ms Gomes]{ref=gomes}');
    if (!attrs.ref) return SKIP;
    const id = asSpeakerId(attrs.ref);
    if (!checkSpeaker(file, node, ctx, id, 'ref= of :speaker')) return SKIP;
    mentioned.add(id);
    parent.children[index] = mention(ctx, id, node.children);
    return SKIP;
  });

  const inReading = new Set<SpeakerId>([asSpeakerId(fm.author), ...fm.speakers.map(asSpeakerId), ...mentioned]);
  for (const c of claims) {
    inReading.add(c.by);
    for (const v of c.via) inReading.add(v);
  }
  const ids = [...inReading].filter((id) => ctx.speakers.has(id));
  file.data.readingSpeakers = ids;

  // Names that belong to two speakers of this reading cannot be linked by guessing.
  const owners = new Map<string, SpeakerId[]>();
  for (const id of ids) {
    const s = ctx.speakers.get(id)!;
    // A name that starts with a particle is capitalised at a sentence's start ("Van der Berg added").
    const forms = [s.name, ...s.aliases].flatMap((n) => (/^\p{Ll}/u.test(n) ? [n, n[0]!.toUpperCase() + n.slice(1)] : [n]));
    for (const name of new Set(forms)) owners.set(name, [...(owners.get(name) ?? []), id]);
  }
  const names = new Map<string, SpeakerId>();
  for (const [name, who] of owners) {
    if (who.length === 1) names.set(name, who[0]!);
  }
  const ambiguous = [...owners].filter(([, who]) => who.length > 1);

  if (names.size || ambiguous.length) {
    const all = [...new Set([...names.keys(), ...ambiguous.map(([n]) => n)])].sort((a, b) => b.length - a.length);
    // Not inside a word ("O'Brien" is not "Brien"; French "d’Ortiz" is Ortiz), nor before an apostrophe that goes on with it ("Xi'an"; "Xi's" is his).
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{Lu}['’])(?:${all.map(escape).join('|')})(?![\\p{L}\\p{N}]|['’](?!s(?![\\p{L}\\p{N}]))\\p{L})`, 'gu');
    const texts: Array<{ node: Text; index: number; parent: Parent }> = [];
    // Headings capitalise every word ("Okafor Meets Ortiz"): a capital there does not make a name contested in the text.
    const headed = new Set<Text>();
    // Each parent's raw-HTML links, found once for all its text nodes.
    const rawLinks = new Map<Parent, Array<[number, number]>>();
    visit(tree, (node, index, parent) => {
      if (OPAQUE.has(node.type)) return SKIP;
      if (node.type === 'heading') visit(node, 'text', (t) => void headed.add(t));
      if (node.type !== 'text' || !parent || index === undefined) return;
      // Inside a link written in raw HTML, a mention's own link could not nest.
      if (!rawLinks.has(parent)) rawLinks.set(parent, rawLinkRanges(parent.children as Nodes[]));
      if (rawLinks.get(parent)!.some(([open, close]) => open < index && index < close)) return;
      texts.push({ node, index, parent });
    });
    // A one-word name the reading also writes after someone else's first name ("Anna Keller" beside
    // the alias "Keller") may be either person anywhere in it: linked by guess, it could be the wrong one.
    const contested = new Set<string>();
    for (const { node } of texts) {
      if (headed.has(node)) continue;
      // Shorter names inside a longer one too ("Assad" in "Hafez al-Assad"), unless that one is a speaker's whole name ("Sam Okafor").
      pattern.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = pattern.exec(node.value)); ) {
        const whole = /\s/.test(m[0]) && !partOfAnotherName(node.value, m.index, m.index + m[0].length);
        if (!/\s/.test(m[0]) && firstNameBefore(node.value, m.index)) contested.add(folded(m[0]));
        pattern.lastIndex = whole ? m.index + m[0].length : m.index + 1;
      }
    }
    // Last first, so that splitting a node leaves the places of the ones before it as they were.
    let where: Location | undefined;
    for (const { node: text, index, parent } of texts.reverse()) {
      const parts: PhrasingContent[] = [];
      let last = 0;
      pattern.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = pattern.exec(text.value)); ) {
        if (contested.has(folded(m[0])) || partOfAnotherName(text.value, m.index, m.index + m[0].length)) {
          // A shorter name may start inside this one: "Crown Prince Mohammed bin Salman" is not "Prince Mohammed", but is "Mohammed bin Salman".
          pattern.lastIndex = m.index + 1;
          continue;
        }
        const id = names.get(m[0]);
        if (!id) {
          // Each mention at its own place: every one of them needs its :speaker.
          const who = owners.get(m[0])!.join(', ');
          // Where the mention stands in the file: its text node's start, plus its place in the node.
          const at = text.position?.start.offset;
          report(file, at === undefined ? text : (where ??= location(file)).toPoint(at + m.index), `"${m[0]}" is a name of more than one speaker here (${who})`, `mark this mention with :speaker[${m[0]}]{ref=…}, or remove the shared alias`);
          continue;
        }
        if (m.index > last) parts.push({ type: 'text', value: text.value.slice(last, m.index) });
        parts.push(mention(ctx, id, [{ type: 'text', value: m[0] }]));
        mentioned.add(id);
        last = m.index + m[0].length;
      }
      if (!parts.length) continue;
      if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
      (parent.children as Nodes[]).splice(index, 1, ...parts);
    }
  }
  file.data.mentioned = [...mentioned];
};
