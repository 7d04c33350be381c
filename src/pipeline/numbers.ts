import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { plainText } from './text';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { SKIP } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { suggest } from '../model/closest';
import { asQuantityId, asSpeakerId, type ClaimId, type SpeakerId } from '../model/ids';
import { findNumbers, readNumber, readValueAttribute, type NumberMatch } from '../model/numbers';
import { report } from '../model/problems';
import type { NumberRecord } from '../model/reading';
import { NumAttributesSchema } from '../schemas/directives';
import { directiveAttributes } from './attributes';
import { CLAIM_INDEX } from './data';

const OPAQUE = new Set(['link', 'linkReference', 'inlineCode', 'code', 'html', 'properName', 'numberValue', 'yaml', 'definition', 'speakerMention']);

/**
 * Stage 7, numbers: marks every number, found or written as `:num`, as a
 * `<data>` element attributed to the innermost claim around it, else to the
 * author (and then flagged unsourced). Adds `file.data.numbers`.
 */
export const remarkNumbers: Plugin<[], Root> = () => (tree, file) => {
  const fm = file.data.frontmatter!;
  const author = asSpeakerId(fm.author);
  const drafts = file.data.claimDrafts ?? [];
  const numbers: NumberRecord[] = [];

  const owner = (ancestors: Node[]): { by: SpeakerId; claim: ClaimId | null; sourced: boolean } => {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const index = (ancestors[i]!.data as Record<string, unknown> | undefined)?.[CLAIM_INDEX];
      if (typeof index === 'number') {
        const d = drafts[index]!;
        let sourced = d.by !== author;
        for (let c: typeof d | null = d; c && !sourced; c = c.parent) if (c.source) sourced = true;
        return { by: d.by, claim: d.id ?? null, sourced };
      }
    }
    return { by: author, claim: null, sourced: false };
  };

  const element = (match: Pick<NumberMatch, 'value' | 'kind'>, record: NumberRecord, children: PhrasingContent[]): PhrasingContent =>
    ({
      type: 'numberValue',
      data: {
        hName: 'data',
        hProperties: {
          value: String(match.value),
          dataNumber: '',
          dataBy: record.by,
          dataKind: match.kind,
          dataQuantity: record.quantity ?? undefined,
          dataUnsourced: record.unsourced ? '' : undefined,
          className: ['number'],
        },
      },
      children,
    }) as never;

  visitParents(tree, (node, ancestors) => {
    if (node.type === 'textDirective' && (node as TextDirective).name === 'num') {
      const directive = node as TextDirective;
      const parent = ancestors.at(-1) as Parent;
      const index = parent.children.indexOf(directive as never);
      const attrs = directiveAttributes(file, directive, NumAttributesSchema);
      const words = plainText(directive);
      let quantity = attrs?.q ?? null;
      if (quantity && !(quantity in fm.quantities)) {
        report(file, directive, `unknown quantity "${quantity}" in q= of :num`, `${suggest(quantity, Object.keys(fm.quantities), 'quantity id')} Quantities are declared under quantities: in the front matter.`);
        quantity = null;
      }
      const read = readNumber(words);
      let found: Pick<NumberMatch, 'value' | 'kind' | 'unit' | 'qualifier'> | null = read;
      if (attrs?.value !== undefined) {
        const value = readValueAttribute(attrs.value);
        if (value === null) report(file, directive, `value="${attrs.value}" of :num is not a number or a date`, 'write the plain figure, like value=4000 or value=2016-12');
        // The author's value wins; what the words say about unit and qualifier still holds.
        found = { ...read, kind: typeof value === 'string' ? 'date' : read?.kind === 'date' ? 'count' : read?.kind ?? 'count', value: value ?? 0 };
      } else if (!found) {
        report(file, directive, `cannot read a number in :num[${words}]`, `say its value: :num[${words}]{value=…}`);
      }
      if (!found || index < 0) return SKIP;
      const who = owner(ancestors);
      const record: NumberRecord = {
        text: words,
        value: found.value,
        kind: attrs?.unit && found.kind === 'date' ? 'count' : found.kind,
        unit: attrs?.unit ?? found.unit ?? null,
        qualifier: found.qualifier ?? null,
        asof: attrs?.asof ?? null,
        by: who.by,
        claim: who.claim,
        quantity: quantity ? asQuantityId(quantity) : null,
        unsourced: !who.sourced && found.kind !== 'date' && found.kind !== 'time',
        explicit: true,
      };
      numbers.push(record);
      parent.children[index] = element(found, record, directive.children);
      return SKIP;
    }
    if (OPAQUE.has(node.type)) return SKIP;
    if (node.type !== 'text') return;
    const text = node as Text;
    const matches = findNumbers(text.value);
    if (!matches.length) return;
    const parent = ancestors.at(-1) as Parent;
    const index = parent.children.indexOf(text as never);
    const who = owner(ancestors);
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const m of matches) {
      if (m.start > last) parts.push({ type: 'text', value: text.value.slice(last, m.start) });
      const record: NumberRecord = {
        text: m.text,
        value: m.value,
        kind: m.kind,
        unit: m.unit ?? null,
        qualifier: m.qualifier ?? null,
        asof: null,
        by: who.by,
        claim: who.claim,
        quantity: null,
        unsourced: !who.sourced && m.kind !== 'date' && m.kind !== 'time',
        explicit: false,
      };
      numbers.push(record);
      parts.push(element(m, record, [{ type: 'text', value: m.text }]));
      last = m.end;
    }
    if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
    parent.children.splice(index, 1, ...(parts as never[]));
    // Carry on after the pieces: they are already read.
    return [SKIP, index + parts.length];
  });
  file.data.numbers = numbers;
};
