/**
 * Numbers and names the format lets a draft make explicit: `:num` with the
 * date a figure describes when its sentence gives one ("In 2003, … 3,800"),
 * and a quantity when several counts in the text count the same thing;
 * `:name` for names that hold a number ("Apollo 11", "Camp Ashraf Three").
 * Every other number is found by the build itself, with no markup.
 */
import { slugWords } from '../../core/ids';
import { findNumbers, MONTHS, WEEKDAYS } from '../../core/numbers';
import { FUNCTION_WORDS } from './lexicon';
import { sentences, wordCount } from './text';

export interface NumberProposal {
  para: number;
  start: number;
  end: number;
  asof?: string;
  quantity?: string;
}

export interface NameProposal {
  para: number;
  start: number;
  end: number;
}

const AS_OF = new RegExp(
  `\\b(?:in|by|as of|as at|at|until|through|throughout|during)\\s+(?:(?:late|early|mid-?)\\s*)?(?:the\\s+)?(?:(end|start|beginning|middle|close)\\s+of\\s+)?(?:(${MONTHS.join('|')})\\s+)?(\\d{4})\\b`,
  'giu',
);
const SKIP_WORDS = /^(?:of|the|a|an|more|new|other|radicali[sz]ed|registered|former|active|additional|extra|registered|estimated)$/i;

/** The date a figure describes, from "in 2003", "by the end of 2016", "as of March 2020" before it in its sentence. */
function asofBefore(sentence: string, at: number): string | undefined {
  let found: string | undefined;
  for (const m of sentence.slice(0, at).matchAll(AS_OF)) {
    const [, part, month, year] = m;
    // "In 2003, the army detained 3,800": the date opens the sentence; "as of" may stand anywhere.
    const opens = wordCount(sentence.slice(0, m.index)) <= 1 && /^\s*,/.test(sentence.slice(m.index + m[0].length));
    if (!opens && !/^as (?:of|at)/i.test(m[0])) continue;
    if (month) found = `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}`;
    else if (part && /end|close/i.test(part)) found = `${year}-12`;
    else if (part && /start|beginning/i.test(part)) found = `${year}-01`;
    else found = year;
  }
  return found;
}

/** Nouns of anyone at all: "30 people" and "200 people" count the same thing only if the same happened to them. */
const GENERIC = /^(?:people|persons?|individuals?|men|women|children|adults?|others|residents?|civilians?)$/i;
const VERB_BEFORE = /(\p{L}+ed)\s+$/iu;
/** Plurals that are no singular plus s, for the quantity's label. */
const PLURAL: Record<string, string> = { people: 'people', men: 'men', women: 'women', children: 'children', police: 'police', staff: 'staff' };

/**
 * What a count counts: the noun after it ("3,800 MEK", "2,465 members").
 * A noun of anyone takes the verb before the count ("killed 30 people" and
 * "injured 200 people" are two things: people-killed, people-injured), and
 * without such a verb counts nothing to compare.
 */
function countedNoun(text: string, start: number, end: number): string | undefined {
  const noun = nounAfter(text, end);
  if (!noun || !GENERIC.test(noun)) return noun;
  // The last words before the count only: a long sentence is not read again for each of its numbers.
  const verb = VERB_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return verb ? `${noun} ${verb.toLowerCase()}` : undefined;
}

function nounAfter(text: string, end: number): string | undefined {
  const words = text.slice(end).match(/^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u);
  if (!words) return undefined;
  const noun = words[1] && !SKIP_WORDS.test(words[1]) ? words[1] : words[2];
  if (!noun || FUNCTION_WORDS.has(noun) || /^(?:to|in|on|at|for|from|and|or|by|with|who|which|that|per|percent)$/i.test(noun)) return undefined;
  // A unit is no thing counted: 92 mph gusts and a 50 mph limit are not one figure to compare.
  if (/^(?:mph|kph|kmh|mm|cm|ft|feet|foot|inch(?:es)?|lbs?|degrees|seconds?|times|points|goals|runs)$/i.test(noun)) return undefined;
  return PLURAL[noun.toLowerCase()] ? noun : noun.replace(/(?<=[a-z])s$/, '');
}

/** `lang`: how the text writes its numerals; `byCapitals`: whether a capitalised word before a number can be a name (not in German). */
export function proposeNumbers(paragraphs: readonly string[], lang = 'en', byCapitals = true): { numbers: NumberProposal[]; names: NameProposal[]; quantities: Record<string, string> } {
  const numbers: (NumberProposal & { noun?: string })[] = [];
  const names: NameProposal[] = [];
  paragraphs.forEach((text, para) => {
    for (const s of sentences(text)) {
      const sentence = text.slice(s.start, s.end);
      for (const n of findNumbers(sentence, lang)) {
        if (n.kind !== 'count' && n.kind !== 'currency' && n.kind !== 'percent') continue;
        const asof = asofBefore(sentence, n.start);
        const noun = n.kind === 'count' ? countedNoun(sentence, n.start, n.end) : undefined;
        numbers.push({ para, start: s.start + n.start, end: s.start + n.end, ...(asof ? { asof } : {}), ...(noun ? { noun } : {}) });
      }
    }
    const NAMED = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,3})(?![\p{L}\p{N}.,]\d|[\p{L}\p{N}%])/gu;
    for (const m of byCapitals ? text.matchAll(NAMED) : []) {
      const first = m[1]!.trim().split(/\s+/)[0]!;
      const lead = FUNCTION_WORDS.has(first) ? first.length + 1 : 0;
      const words = m[1]!.slice(lead).trim().split(/\s+/).filter(Boolean);
      if (!words.length || words.some((w) => MONTHS.includes(w.toLowerCase()) || (WEEKDAYS.includes(w) || /^(?:Page|Chapter|No)$/.test(w)) || FUNCTION_WORDS.has(w))) continue;
      // A name right after a sentence's end is not known to be one ("Texas. Five people …").
      if (/[.!?]\s*$/.test(text.slice(0, m.index)) && words.length < 2) continue;
      names.push({ para, start: m.index + lead, end: m.index + m[0].length });
    }
  });
  // Counts of one thing, twice or more: a quantity to compare.
  const byNoun = new Map<string, number>();
  for (const n of numbers) if (n.noun) byNoun.set(n.noun.toLowerCase(), (byNoun.get(n.noun.toLowerCase()) ?? 0) + 1);
  const quantities: Record<string, string> = {};
  for (const n of numbers) {
    const noun = n.noun;
    delete n.noun;
    if (!noun || (byNoun.get(noun.toLowerCase()) ?? 0) < 2) continue;
    const id = slugWords(noun).join('-');
    if (!id) continue;
    const [head, verb] = noun.split(' ');
    const plural = /^\p{Lu}+$/u.test(head!) ? head! : PLURAL[head!.toLowerCase()] ?? `${head!.toLowerCase()}s`;
    quantities[id] = `Number of ${plural}${verb ? ` ${verb}` : ''}`;
    n.quantity = id;
  }
  return { numbers: numbers.filter((n) => n.asof || n.quantity), names, quantities };
}
