import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { plainText } from './text';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { suggest } from '../model/closest';
import { asSpeakerId, type SpeakerId } from '../model/ids';
import { report } from '../model/problems';
import type { PipelineContext } from '../model/reading';
import { SpeakerAttributesSchema } from '../schemas/directives';
import { directiveAttributes } from './attributes';

/** Where auto-linking must not reach: inside links, code, names and numbers. */
const OPAQUE = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'speakerMention', 'numberValue', 'yaml', 'definition']);

export const speakerHref = (base: string, id: SpeakerId) => `${base}speakers/${id}/`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mention(ctx: PipelineContext, id: SpeakerId, children: PhrasingContent[]): PhrasingContent {
  return {
    type: 'speakerMention',
    data: { hName: 'a', hProperties: { href: speakerHref(ctx.base, id), dataSpeaker: id, className: ['speaker'] } },
    children,
  } as never;
}

/**
 * Stage 6, speakers: turns `:speaker[…]{ref=…}` into a mention, then links
 * every whole-word occurrence of the name or an alias of a speaker of this
 * reading, longest first. Adds `file.data.readingSpeakers` and
 * `file.data.mentioned`.
 */
export const remarkSpeakers: Plugin<[PipelineContext], Root> = (ctx) => (tree, file) => {
  const fm = file.data.frontmatter!;
  const claims = file.data.claims ?? [];
  const mentioned = new Set<SpeakerId>();
  const speakerIds = [...ctx.speakers.keys()];

  visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
    if (node.name !== 'name' && node.name !== 'speaker') return;
    if (node.name === 'name') {
      if (Object.keys(node.attributes ?? {}).length) report(file, node, ':name takes no attributes', 'write :name[Camp Ashraf Three] alone');
      node.data = { ...node.data, hName: 'span', hProperties: { className: ['proper-name'] } };
      (node as { type: string }).type = 'properName';
      return SKIP;
    }
    const attrs = directiveAttributes(file, node, SpeakerAttributesSchema);
    if (!parent || index === undefined) return;
    if (!plainText(node).trim()) report(file, node, 'empty :speaker mention', 'put the words that name the speaker inside the brackets: :speaker[Ms Gomes]{ref=gomes}');
    if (!attrs.ref) return SKIP;
    const id = asSpeakerId(attrs.ref);
    if (!ctx.speakers.has(id)) {
      report(file, node, `unknown speaker "${attrs.ref}" in ref= of :speaker`, `${suggest(attrs.ref, speakerIds, 'speaker id')} Speakers are the files in content/speakers/.`);
      return SKIP;
    }
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
    for (const name of new Set([s.name, ...s.aliases])) owners.set(name, [...(owners.get(name) ?? []), id]);
  }
  const names = new Map<string, SpeakerId>();
  for (const [name, who] of owners) {
    if (who.length === 1) names.set(name, who[0]!);
  }
  const ambiguous = [...owners].filter(([, who]) => who.length > 1);

  if (names.size || ambiguous.length) {
    const all = [...new Set([...names.keys(), ...ambiguous.map(([n]) => n)])].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${all.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const warned = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (OPAQUE.has(node.type) || (node.type as string) === 'properName') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = node as Text;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const m of text.value.matchAll(pattern)) {
        const id = names.get(m[0]);
        if (!id) {
          if (!warned.has(m[0])) {
            warned.add(m[0]);
            const who = owners.get(m[0])!.join(', ');
            report(file, text, `"${m[0]}" is a name of more than one speaker here (${who})`, `mark each mention with :speaker[${m[0]}]{ref=…}, or remove the shared alias`);
          }
          continue;
        }
        if (m.index > last) parts.push({ type: 'text', value: text.value.slice(last, m.index) });
        parts.push(mention(ctx, id, [{ type: 'text', value: m[0] }]));
        mentioned.add(id);
        last = m.index + m[0].length;
      }
      if (!parts.length) return;
      if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
      (parent as Parent).children.splice(index, 1, ...(parts as never[]));
      return [SKIP, index + parts.length];
    });
  }
  file.data.mentioned = [...mentioned];
};
