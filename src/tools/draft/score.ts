/**
 * How close a draft comes to a hand-annotated reading of the same article:
 * which of its claims the draft finds (direct quotations and reported
 * statements apart), with the right speaker; which of the draft's claims
 * match no one's claim (narration attributed to someone); its numbers;
 * and the speakers it proposes that the reading does not have.
 *
 * Claims are compared by their words: each claim's words are found in the
 * article's word stream, and a draft claim matches an annotated one when
 * each holds at least half of the other's words.
 */
import type { ReadingModel, Speaker } from '../../core/model';
import { fold } from './text';

interface Located {
  start: number;
  end: number;
  by: string;
  quote: boolean;
  text: string;
}

const words = (s: string) => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const QUOTED = /^\s*["“„«‘'‹][\s\S]*["”“»’'›][.,;:!?…]*\s*$/u;

/** Each claim (not the author's) as a range of the article's word stream. */
function locate(model: ReadingModel, stream: string[]): Located[] {
  const out: Located[] = [];
  const starts = new Map<string, number>();
  let cursor = 0;
  for (const c of model.claims) {
    const w = words(c.text);
    const from = c.parent ? (starts.get(c.parent) ?? cursor) : cursor;
    let at = find(stream, w, from);
    if (at < 0) at = find(stream, w, 0);
    if (at < 0) continue;
    starts.set(c.id, at);
    if (!c.parent) cursor = at;
    if (c.by === model.author) continue;
    out.push({ start: at, end: at + w.length, by: c.by, quote: QUOTED.test(c.text), text: c.text });
  }
  return out;
}

function find(stream: string[], w: string[], from: number): number {
  if (!w.length) return -1;
  outer: for (let i = from; i + w.length <= stream.length; i++) {
    for (let j = 0; j < w.length; j++) if (stream[i + j] !== w[j]) continue outer;
    return i;
  }
  return -1;
}

const overlap = (a: Located, b: Located) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Two speakers are one when they share a name or alias of two words or more, or a name begins with the other ("Albanian police report"). */
function sameSpeaker(a: Speaker | undefined, b: Speaker | undefined): boolean {
  if (!a || !b) return false;
  if (a.id === b.id) return true;
  const forms = (s: Speaker) => [s.name, ...s.aliases].map((f) => words(f).filter((w) => w !== 'the').join(' ')).filter(Boolean);
  const fa = forms(a);
  const fb = forms(b);
  if (fa.some((f) => fb.includes(f) && (f.includes(' ') || f === fa[0] || f === fb[0]))) return true;
  const [na, nb] = [fa[0] ?? '', fb[0] ?? ''];
  return na.includes(' ') && nb.includes(' ') && (na.startsWith(nb + ' ') || nb.startsWith(na + ' '));
}

export interface Score {
  quotes: { total: number; found: number; exact: number };
  reported: { total: number; found: number; exact: number };
  rightSpeaker: { found: number; right: number; wrong: string[] };
  draftClaims: { total: number; matched: number; unmatched: string[] };
  numbers: { total: number; rightSpeaker: number; asof: { total: number; right: number }; quantity: { total: number; marked: number } };
  speakers: { proposed: number; notSpeakers: string[]; missed: string[] };
}

export function scoreDraft(article: string, gold: ReadingModel, goldSpeakers: ReadonlyMap<string, Speaker>, draft: ReadingModel, draftSpeakers: ReadonlyMap<string, Speaker>): Score {
  const stream = words(article);
  const g = locate(gold, stream);
  const d = locate(draft, stream);
  const sp = (map: ReadonlyMap<string, Speaker>, id: string) => map.get(id);
  const used = new Set<Located>();
  const score: Score = {
    quotes: { total: 0, found: 0, exact: 0 },
    reported: { total: 0, found: 0, exact: 0 },
    rightSpeaker: { found: 0, right: 0, wrong: [] },
    draftClaims: { total: d.length, matched: 0, unmatched: [] },
    numbers: { total: 0, rightSpeaker: 0, asof: { total: 0, right: 0 }, quantity: { total: 0, marked: 0 } },
    speakers: { proposed: 0, notSpeakers: [], missed: [] },
  };
  for (const claim of g) {
    const kind = claim.quote ? score.quotes : score.reported;
    kind.total++;
    // The draft claim most like it, each holding at least half of the other.
    const best = d
      .filter((x) => !used.has(x))
      .map((x) => ({ x, o: overlap(x, claim) }))
      .filter(({ x, o }) => o * 2 >= claim.end - claim.start && o * 2 >= x.end - x.start)
      .sort((a, b) => b.o - a.o)[0]?.x;
    if (!best) continue;
    used.add(best);
    kind.found++;
    if (best.start === claim.start && best.end === claim.end) kind.exact++;
    score.rightSpeaker.found++;
    if (sameSpeaker(sp(draftSpeakers, best.by), sp(goldSpeakers, claim.by))) score.rightSpeaker.right++;
    else score.rightSpeaker.wrong.push(`${preview(claim.text)}: ${best.by}, not ${claim.by}`);
  }
  // A draft claim that is no annotated claim, and lies in none: the draft attributes narration.
  for (const x of d) {
    if (used.has(x) || g.some((claim) => overlap(x, claim) * 2 >= x.end - x.start)) score.draftClaims.matched++;
    else score.draftClaims.unmatched.push(`${preview(x.text)} (by ${x.by})`);
  }
  // Numbers other than dates and times, paired by their words in order.
  const counted = (m: ReadingModel) => m.numbers.filter((n) => n.kind !== 'date' && n.kind !== 'time');
  const pool = new Map<string, ReadingModel['numbers']>();
  for (const n of counted(draft)) pool.set(n.text, [...(pool.get(n.text) ?? []), n]);
  for (const n of counted(gold)) {
    score.numbers.total++;
    const twin = pool.get(n.text)?.shift();
    if (twin && sameSpeaker(sp(draftSpeakers, twin.by), sp(goldSpeakers, n.by))) score.numbers.rightSpeaker++;
    if (n.asof) {
      score.numbers.asof.total++;
      if (twin?.asof === n.asof) score.numbers.asof.right++;
    }
    if (n.quantity) {
      score.numbers.quantity.total++;
      if (twin?.quantity) score.numbers.quantity.marked++;
    }
  }
  const goldReading = gold.speakers.filter((s) => s.id !== gold.author);
  const draftReading = draft.speakers.filter((s) => s.id !== draft.author);
  score.speakers.proposed = draftReading.length;
  score.speakers.notSpeakers = draftReading.filter((s) => !goldReading.some((o) => sameSpeaker(s, o))).map((s) => s.id);
  score.speakers.missed = goldReading.filter((s) => !draftReading.some((o) => sameSpeaker(o, s))).map((s) => s.id);
  return score;
}

const preview = (s: string) => JSON.stringify(s.length > 50 ? s.slice(0, 50) + '…' : s);
const pct = (a: number, b: number) => (b ? `${a} of ${b} (${Math.round((100 * a) / b)}%)` : '—');

export function formatScore(s: Score): string[] {
  const lines = [
    `direct quotations found: ${pct(s.quotes.found, s.quotes.total)}; exact span ${pct(s.quotes.exact, s.quotes.total)}`,
    `reported statements found: ${pct(s.reported.found, s.reported.total)}; exact span ${pct(s.reported.exact, s.reported.total)}`,
    `right speaker, of the claims found: ${pct(s.rightSpeaker.right, s.rightSpeaker.found)}`,
    ...s.rightSpeaker.wrong.map((w) => `  wrong speaker: ${w}`),
    `draft claims that are someone's claim in the reading: ${pct(s.draftClaims.matched, s.draftClaims.total)}`,
    ...s.draftClaims.unmatched.map((w) => `  no such claim in the reading: ${w}`),
    `numbers (not dates) with the right speaker: ${pct(s.numbers.rightSpeaker, s.numbers.total)}; as-of right ${pct(s.numbers.asof.right, s.numbers.asof.total)}; in a quantity ${pct(s.numbers.quantity.marked, s.numbers.quantity.total)}`,
    `speakers proposed (not the author): ${s.speakers.proposed}; not speakers of the reading: ${s.speakers.notSpeakers.length}${s.speakers.notSpeakers.length ? ` (${s.speakers.notSpeakers.join(', ')})` : ''}; the reading's speakers not proposed: ${s.speakers.missed.length}${s.speakers.missed.length ? ` (${s.speakers.missed.join(', ')})` : ''}`,
  ];
  return lines;
}
