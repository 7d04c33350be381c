import type { Nodes, Parent, PhrasingContent, Root } from 'mdast';
import { SKIP } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { suggest } from '../../../core/closest';
import { asQuantityId, asSpeakerId, type ClaimId, type SpeakerId } from '../../../core/ids';
import type { NumberRecord } from '../../../core/model';
import { findNumbers, readNumber, readValueAttribute, type NumberMatch } from '../../../core/numbers';
import { directiveAttributes } from '../../attributes';
import { report } from '../../report';
import { plainText } from '../../text';
import type { NumberValue } from './nodes';
import { NumAttributesSchema } from './schema';

const OPAQUE = new Set<string>(['link', 'linkReference', 'inlineCode', 'code', 'html', 'properName', 'numberValue', 'yaml', 'definition', 'speakerMention']);

/**
 * Stage 7, numbers: marks every number, found or written as `:num`, as a
 * `<data>` element attributed to the innermost claim around it, else to the
 * author (and then flagged unsourced). Adds `file.data.numbers`.
 */
/** Words that name a year ("last year", "vergangenen Jahr", "l'an dernier"): with value=2023, a date. */
const YEAR_WORD = /\b(?:year|years|jahr|jahres|année|an|año|anno|jaar|år|ano|yil|سال|عام|سنة)\b/iu;
/** Currency codes common enough to read in lower case too. */
const LOWER_CODE = /^(?:usd|eur|gbp|jpy|cny|chf|inr|aud|cad)$/;
/** Signs and words more than one currency uses. */
const SHARED_SIGN = /(?:^|[^A-Z])\$|[¥£]|\bRs\b|(?<!(?:US|U\.S\.|Australian|Canadian|Hong Kong|New Zealand|Singapore)\s+)dollars?|pounds?|(?<!Swiss\s+)francs?|(?<!(?:Mexican|Argentine|Philippine|Colombian|Chilean)\s+)pesos?|rupees?|kron[ae]r?|dinars?|riyals?|rials?|shillings?/i;
/** ISO 4217 codes of the currencies a reading is likely to give. */
const CURRENCY = /^(?:USD|EUR|GBP|JPY|CNY|INR|CHF|AUD|CAD|HKD|NZD|SGD|SEK|NOK|DKK|PLN|CZK|HUF|RUB|UAH|TRY|BRL|MXN|ARS|ZAR|NGN|KES|EGP|SAR|AED|QAR|ILS|IRR|IRT|PKR|BDT|KRW|TWD|THB|IDR|MYR|PHP|VND)$/;

export const numbersStage = () => (tree: Root, file: VFile): void => {
  const fm = file.data.frontmatter!;
  const author = asSpeakerId(fm.author);
  const drafts = file.data.claimDrafts ?? [];
  const numbers: NumberRecord[] = [];

  const owner = (ancestors: Parent[]): { by: SpeakerId; claim: ClaimId | null; sourced: boolean } => {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const index = ancestors[i]!.data?.claimIndex;
      if (index !== undefined) {
        const d = drafts[index]!;
        let sourced = d.by !== author;
        for (let c: typeof d | null = d; c && !sourced; c = c.parent) if (c.source) sourced = true;
        return { by: d.by, claim: d.id ?? null, sourced };
      }
    }
    return { by: author, claim: null, sourced: false };
  };

  /** A claim's own language (`lang=en` in a German reading) says how its numerals are written: "12,000" there is twelve thousand. */
  const langOf = (ancestors: Parent[]): string | undefined => {
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const lang = (ancestors[i]!.data as { hProperties?: { lang?: unknown } } | undefined)?.hProperties?.lang;
      if (typeof lang === 'string' && lang) return lang;
    }
    return fm.lang;
  };

  const element = (record: NumberRecord, children: PhrasingContent[]): NumberValue => ({
      type: 'numberValue',
      data: {
        hName: 'data',
        hProperties: {
          value: String(record.value),
          dataNumber: '',
          dataBy: record.by,
          dataKind: record.kind,
          dataQuantity: record.quantity ?? undefined,
          dataUnsourced: record.unsourced ? '' : undefined,
          className: ['number'],
        },
      },
    children,
  });

  visitParents(tree, (node, ancestors) => {
    if (node.type === 'textDirective' && node.name === 'num') {
      const directive = node;
      const parent = ancestors.at(-1)!;
      const index = (parent.children as Nodes[]).indexOf(directive);
      const attrs = directiveAttributes(file, directive, NumAttributesSchema);
      const words = plainText(directive);
      if (!words.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim()) report(file, directive, 'empty :num: readers would see no number', 'put the figure as written inside the brackets: :num[4,000]{q=…}');
      let quantity = attrs?.q ?? null;
      if (quantity && !Object.hasOwn(fm.quantities, quantity)) {
        report(file, directive, `unknown quantity "${quantity}" in q= of :num`, `${suggest(quantity, Object.keys(fm.quantities), 'quantity id')} Quantities are declared under quantities: in the front matter.`);
        quantity = null;
      }
      const lang = langOf(ancestors);
      const read = readNumber(words, lang);
      let found: Pick<NumberMatch, 'value' | 'kind' | 'unit' | 'qualifier'> | null = read;
      if (attrs?.value !== undefined) {
        const value = readValueAttribute(attrs.value);
        if (value === null) {
          const decimal = /^\d+,\d{1,2}$|^\d+,\d{4,}$/.test(attrs.value.trim());
          report(file, directive, `value="${attrs.value}" of :num is not a number or a date`, decimal ? `write decimals with a point (value=${attrs.value.trim().replace(',', '.')}) and thousands with commas in threes (value=4,000) or none (value=4000)` : 'write the plain figure, like value=4000 or value=2016-12');
        }
        // The author's value wins; what the words say about unit and qualifier still holds.
        // value=2023 on words with no number of their own ("last year") is a year, as 2023 in the text is.
        const year = typeof value === 'number' && !read && !attrs.unit && /^\d{4}$/.test(attrs.value.trim()) && value >= 1800 && value <= 2099 && YEAR_WORD.test(words);
        found = { ...read, kind: typeof value === 'string' || year ? 'date' : read?.kind === 'date' ? 'count' : read?.kind ?? 'count', value: year ? String(value) : value ?? 0 };
      } else if (!found) {
        report(file, directive, `cannot read a number in :num[${words}]`, `say its value: :num[${words}]{value=…}`);
      }
      if (!found || index < 0) return SKIP;
      const who = owner(ancestors);
      // unit= says what the figure counts; a currency code in any case is money (unit=eur is EUR).
      // A code in capitals, or one of the common ones in lower case ("unit=try" counts rugby tries, not Turkish lira).
      const code = attrs?.unit && (CURRENCY.test(attrs.unit) || LOWER_CODE.test(attrs.unit)) ? attrs.unit.toUpperCase() : null;
      const unit = code ?? attrs?.unit;
      // $, ¥, £, Rs, dollars and pounds are several countries' money: unit= says whose. Only words that name one currency can contradict it.
      if (code && found.kind === 'currency' && found.unit && found.unit !== code && !SHARED_SIGN.test(words)) {
        report(file, directive, `unit=${attrs!.unit} on :num[${words}], whose words are in ${found.unit}`, `leave unit= out (the words say the currency), or write the amount in ${code}`);
      }
      let value = found.value;
      // A year made a count by its unit (:num[2000]{unit=people}) is the number 2000.
      if (unit && found.kind === 'date' && typeof value === 'string' && /^\d{4}$/.test(value)) value = Number(value);
      // "1.2m" with unit=m is 1.2 metres: the "m" was the unit, not a million.
      if (unit && !code && attrs?.value === undefined && found.kind === 'count' && typeof value === 'number') {
        const bare = words.trim().endsWith(unit) ? readNumber(words.trim().slice(0, -unit.length).trimEnd(), lang) : null;
        if (bare && typeof bare.value === 'number' && bare.value !== value) value = bare.value;
      }
      const kind =
        code && typeof value === 'number' ? 'currency'
        : unit === '%' && typeof value === 'number' ? 'percent'
        : unit && found.kind === 'date' ? 'count'
        : found.kind;
      const record: NumberRecord = {
        text: words,
        value,
        kind,
        unit: unit ?? found.unit ?? null,
        qualifier: found.qualifier ?? null,
        asof: attrs?.asof ?? null,
        by: who.by,
        claim: who.claim,
        quantity: quantity ? asQuantityId(quantity) : null,
        unsourced: !who.sourced && kind !== 'date' && kind !== 'time' && kind !== 'ordinal',
      };
      numbers.push(record);
      (parent.children as Nodes[])[index] = element(record, directive.children);
      return SKIP;
    }
    if (OPAQUE.has(node.type)) return SKIP;
    if (node.type !== 'text') return;
    const text = node;
    const matches = findNumbers(text.value, langOf(ancestors));
    if (!matches.length) return;
    const parent = ancestors.at(-1)!;
    const index = (parent.children as Nodes[]).indexOf(text);
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
        unsourced: !who.sourced && m.kind !== 'date' && m.kind !== 'time' && m.kind !== 'ordinal',
      };
      numbers.push(record);
      parts.push(element(record, [{ type: 'text', value: m.text }]));
      last = m.end;
    }
    if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
    (parent.children as Nodes[]).splice(index, 1, ...parts);
    // Carry on after the pieces: they are already read.
    return [SKIP, index + parts.length];
  });
  file.data.numbers = numbers;
};
