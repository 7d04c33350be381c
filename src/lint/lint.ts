import type { Html, Nodes, Parent, Root, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findNumbers } from '../model/numbers';
import type { Speaker } from '../model/reading';
import type { SpeakerId } from '../model/ids';
import { parseYaml } from '../model/yaml';
import { normalizeSource } from '../pipeline/index';

/**
 * The content linter: what in a reading looks like someone's words or
 * figures but is attributed to no one. It reads the Markdown itself (it is
 * a separate tool from the build, and never blocks it) and reports findings
 * an editor either fixes or ignores with a reason:
 *
 *     <!-- lint-ignore quote-outside-claim: a book title, not a quotation -->
 *
 * before a block ignores that rule in that block.
 */
export type Rule =
  | 'quote-outside-claim'
  | 'reporting-phrase'
  | 'number-outside-claim'
  | 'unknown-name'
  | 'unlisted-speaker'
  | 'speaker-never-mentioned'
  | 'quantity-never-used'
  | 'ignore-without-reason';

export const RULES: Record<Rule, string> = {
  'quote-outside-claim': 'a quotation outside every claim',
  'reporting-phrase': 'a reporting phrase ("said", "according to"…) with no claim next to it',
  'number-outside-claim': 'a number outside claims in a sentence that reports someone',
  'unknown-name': 'a name that looks like a person’s and matches no speaker',
  'unlisted-speaker': 'a speaker’s name in the text, but not in the reading’s speakers',
  'speaker-never-mentioned': 'a declared speaker the text never names or quotes',
  'quantity-never-used': 'a declared quantity no number uses',
  'ignore-without-reason': 'a lint-ignore comment without a reason',
};

export interface Finding {
  file: string;
  line: number;
  column: number;
  rule: Rule;
  message: string;
}

export interface Coverage {
  /** Quotations and reporting phrases, and how many of them are inside (or introduce) a claim. */
  statements: number;
  attributed: number;
  /** Numbers other than dates, and how many have a source other than the author. */
  numbers: number;
  sourced: number;
}

export interface LintResult {
  file: string;
  findings: Finding[];
  coverage: Coverage;
}

const REPORTING = /\b(?:officials say|according to|pointed out|said|says|say|saying|claims|claimed|claiming|told|tells|warned|warns|stated|states|argued|argues|insisted|alleged|alleges|announced|added|explained|reported)\b/gi;
/** Words that make a capitalised run a place or a body, not a person. */
const NOT_PERSON = new Set(
  'Parliament Republic Institute Institutes Organisation Organization Union Party Council Ministry Army Camp Cult Iran Albania Europe European American Americans Italian Albanian Iranian Islamic Soviet Russia Russian NATO UN US EU Street University Committee Court Government Embassy Agency Office Commission Bank Company Group Friends Free State States United Nations Kingdom Balkans Iraq Italy Tirana Rome Brussels Penal Code Police Above De-Radicalization Studies Global Migration Home International Khalq Mojahedin Mujahedin Rajavi Ashraf JCPOA EUP MEK MEPs MEP UNHCR Senate House World Middle East West North South Foundation Center Centre Times News Post Journal Press Radio Television'.split(' '),
);
const TITLES = /^(?:Mr|Mrs|Ms|Dr|Prof|Senator|Sen|Rep|MEP|MP|President|Minister|General|Judge|Historian|Lawyer|Ambassador)\.?$/;

type Directive = TextDirective | LeafDirective | ContainerDirective;
const isClaim = (n: Nodes) => (n.type === 'textDirective' || n.type === 'leafDirective' || n.type === 'containerDirective') && (n as Directive).name === 'claim';

interface Piece {
  text: string;
  /** Offset of each character in the file, for places. */
  start: number;
  inClaim: boolean;
  /** Inside a claim by someone other than the author, or one with a source. */
  sourced: boolean;
  inName: boolean;
}

/** A block's words in order, each piece knowing whether a claim holds it; claims leave markers so adjacency can be judged. */
interface Block {
  pieces: Array<Piece | { claimEdge: number }>;
  ignores: Map<Rule, string>;
}

function offsetToPlace(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function lintReading(rawSource: string, file: string, speakers: ReadonlyMap<SpeakerId, Speaker>): LintResult {
  const source = normalizeSource(rawSource);
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).parse(source) as Root;
  const findings: Finding[] = [];
  const at = (offset: number) => offsetToPlace(source, offset);
  const add = (offset: number, rule: Rule, message: string, ignores?: Map<Rule, string>) => {
    if (ignores?.has(rule)) return;
    findings.push({ file, ...at(offset), rule, message });
  };

  // Front matter: author, speakers, quantities.
  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : null;
  const fm = (yaml ? parseYaml(yaml.value, 2).data : {}) as { author?: string; speakers?: string[]; quantities?: Record<string, string> };
  const author = fm.author ?? '';
  const listed = new Set([author, ...(fm.speakers ?? [])]);
  const usedQuantities = new Set<string>();
  const usedSpeakers = new Set<string>([author]);
  const coverage: Coverage = { statements: 0, attributed: 0, numbers: 0, sourced: 0 };

  // Blocks, in order, with the lint-ignore comments that precede them.
  const blocks: Block[] = [];
  let pending = new Map<Rule, string>();
  for (const node of tree.children) {
    if (node.type === 'html') {
      const m = /^<!--\s*lint-ignore\s+([\w-]+)\s*(?::\s*(.*?))?\s*-->$/s.exec((node as Html).value.trim());
      if (m) {
        if (!m[2]) add(node.position!.start.offset!, 'ignore-without-reason', `lint-ignore ${m[1]} needs a reason: <!-- lint-ignore ${m[1]}: why this is fine -->`);
        else pending.set(m[1] as Rule, m[2]);
      }
      continue;
    }
    if (node.type === 'yaml' || node.type === 'definition') continue;
    const block: Block = { pieces: [], ignores: pending };
    pending = new Map();
    collect(node, [], block);
    blocks.push(block);
  }

  function collect(node: Nodes, claims: Directive[], block: Block) {
    if (isClaim(node)) {
      const d = node as Directive;
      const by = String(d.attributes?.by ?? '');
      usedSpeakers.add(by === 'author' ? author : by);
      for (const v of String(d.attributes?.via ?? '').split(/[\s,]+/).filter(Boolean)) usedSpeakers.add(v);
      block.pieces.push({ claimEdge: d.position?.start.offset ?? 0 });
      for (const c of d.children) collect(c as Nodes, [...claims, d], block);
      block.pieces.push({ claimEdge: d.position?.end.offset ?? 0 });
      return;
    }
    if ((node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') && (node as Directive).name === 'num') {
      const q = (node as Directive).attributes?.q;
      if (q) usedQuantities.add(String(q));
    }
    if (node.type === 'textDirective' && (node as Directive).name === 'speaker') usedSpeakers.add(String((node as Directive).attributes?.ref ?? ''));
    const inName = node.type === 'textDirective' && (node as Directive).name === 'name';
    if (node.type === 'text' || node.type === 'inlineCode') {
      const t = node as Text;
      const claim = claims.at(-1);
      const sourced = claims.some((c) => c.attributes?.source) || (!!claim && String(claim.attributes?.by) !== 'author' && String(claim.attributes?.by) !== author);
      block.pieces.push({ text: t.value, start: t.position?.start.offset ?? 0, inClaim: claims.length > 0, sourced, inName: false });
      return;
    }
    if ('children' in node) {
      for (const c of (node as Parent).children) {
        if (inName) {
          const t = c as Text;
          if (t.type === 'text') block.pieces.push({ text: t.value, start: t.position?.start.offset ?? 0, inClaim: claims.length > 0, sourced: false, inName: true });
          continue;
        }
        collect(c as Nodes, claims, block);
      }
    }
  }

  // Names of every known speaker, to tell a mention from an unknown name.
  const nameOf = new Map<string, SpeakerId>();
  for (const s of speakers.values()) for (const n of [s.name, ...s.aliases]) nameOf.set(n, s.id);
  const mentioned = new Set<string>();
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

  for (const block of blocks) {
    // The block's text, with a map from text index to file offset and claim state.
    let text = '';
    const info: Array<{ offset: number; inClaim: boolean; sourced: boolean; inName: boolean }> = [];
    const edges: number[] = [];
    for (const p of block.pieces) {
      if ('claimEdge' in p) {
        edges.push(text.length);
        continue;
      }
      for (let i = 0; i < p.text.length; i++) info.push({ offset: p.start + i, inClaim: p.inClaim, sourced: p.sourced, inName: p.inName });
      text += p.text;
    }
    if (!text.trim()) continue;
    const outside = (i: number) => !info[i]?.inClaim;

    // Quotations, which often run over several sentences.
    for (const m of text.matchAll(/[“"][^”"]{3,}[”"]/g)) {
      coverage.statements++;
      if (!outside(m.index + 1)) coverage.attributed++;
      else add(info[m.index]!.offset, 'quote-outside-claim', `quotation outside every claim: ${m[0].slice(0, 50)}${m[0].length > 50 ? '…' : ''}`, block.ignores);
    }

    for (const { segment, index } of segmenter.segment(text)) {
      const end = index + segment.length;
      const claimsHere = edges.filter((e) => e >= index && e <= end);
      let reports = false;

      // Reporting phrases: accounted for when a claim begins or ends within a few words of them in this sentence.
      for (const m of segment.matchAll(REPORTING)) {
        const i = index + m.index;
        if (!outside(i)) continue;
        reports = true;
        coverage.statements++;
        const near = claimsHere.some((e) => {
          const between = e > i ? text.slice(i + m[0].length, e) : text.slice(e, i);
          return between.split(/\s+/).filter(Boolean).length <= 12;
        });
        if (near) coverage.attributed++;
        else add(info[i]!.offset, 'reporting-phrase', `"${m[0]}" reports someone's words, but no claim is next to it`, block.ignores);
      }
      // Numbers: every one counts for coverage; outside claims in a reporting sentence they are findings.
      for (const n of findNumbers(segment)) {
        const i = index + n.start;
        if (n.kind === 'date' || n.kind === 'time' || info[i]?.inName) continue;
        coverage.numbers++;
        if (info[i]?.sourced) coverage.sourced++;
        if (outside(i) && (reports || claimsHere.length > 0)) add(info[i]!.offset, 'number-outside-claim', `"${n.text}" is in a sentence that reports someone, but outside every claim: whose figure is it?`, block.ignores);
      }
      // Names: runs of capitalised words.
      for (const m of segment.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*){1,2})(?![\p{L}\p{N}])/gu)) {
        const i = index + m.index;
        if (info[i]?.inName) continue;
        const name = m[1]!;
        const known = [...nameOf.keys()].find((n) => name === n || name.includes(n) || n.includes(name));
        if (known) {
          const id = nameOf.get(known)!;
          mentioned.add(id);
          if (!listed.has(id) && !usedSpeakers.has(id)) add(info[i]!.offset, 'unlisted-speaker', `"${known}" is the speaker ${id}, but not in this reading's speakers: add it so mentions are linked`, block.ignores);
          continue;
        }
        const words = name.split(/\s+/);
        const atSentenceStart = text.slice(index, i).trim() === '';
        if (words.some((w) => NOT_PERSON.has(w.replace(/[’']s$/, '')))) continue;
        if (atSentenceStart && words.length === 2) continue;
        const before = text.slice(Math.max(0, i - 12), i).trim().split(/\s+/).at(-1) ?? '';
        if (words.length >= 2 || TITLES.test(before)) add(info[i]!.offset, 'unknown-name', `"${name}" looks like a person's name but matches no speaker: add a speaker file, or mark it :name[${name}]`, block.ignores);
      }
    }
  }

  const body = source.slice(yaml?.position?.end.offset ?? 0);
  const named = (id: string) => {
    const s = speakers.get(id as SpeakerId);
    return !!s && [s.name, ...s.aliases].some((n) => new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(body));
  };
  for (const id of fm.speakers ?? []) {
    if (!mentioned.has(id) && !usedSpeakers.has(id) && !named(id)) add(yaml?.position?.start.offset ?? 0, 'speaker-never-mentioned', `speaker "${id}" is declared but the text never names or quotes them`);
  }
  for (const q of Object.keys(fm.quantities ?? {})) {
    if (!usedQuantities.has(q)) add(yaml?.position?.start.offset ?? 0, 'quantity-never-used', `quantity "${q}" is declared but no :num{q=${q}} uses it`);
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, findings, coverage };
}

/** "73% (22 of 30)", or "—" when there is nothing to count. */
export function share(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)}% (${part} of ${whole})`;
}

