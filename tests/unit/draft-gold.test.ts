/**
 * The gold set: invented but realistic news texts (tests/draft/gold/<name>/,
 * an `input.txt` or `input.html`, the hand-annotated `annotated.md` written
 * before the drafter was run on it, and its `speakers/`). Each is drafted
 * with no speakers on the site and scored against its annotation; the
 * floors hold over the whole set, not per article, and the table is printed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { processReading } from '../../src/pipeline/index';
import { loadSpeakers } from '../../src/site/speakers-dir';
import { draftReading, readArticle } from '../../src/tools/draft/draft';
import { formatScore, scoreDraft, type Score } from '../../src/tools/draft/score';

const root = new URL('../draft/gold/', import.meta.url).pathname;
const project = new URL('../../', import.meta.url).pathname;

interface Row {
  name: string;
  s: Score;
  ms: number;
}

async function scoreCase(name: string): Promise<Row> {
  const dir = join(root, name);
  const input = readdirSync(dir).find((f) => /^input\.(txt|md|html)$/.test(f))!;
  const { speakers, problems } = await loadSpeakers(join(dir, 'speakers'), project);
  expect(problems).toEqual([]);
  const goldPath = join(dir, 'annotated.md');
  const gold = await processReading(readFileSync(goldPath, 'utf8'), `${name}.md`, { speakers, base: '/' });
  const started = performance.now();
  const article = readArticle(readFileSync(join(dir, input), 'utf8'), input);
  const draft = draftReading(article, { speakers: new Map(), slug: name });
  const ms = performance.now() - started;
  const model = await processReading(draft.markdown, `${name}.md`, { speakers: draft.speakers, base: '/' });
  const text = [article.title ?? '', article.dek ?? '', ...article.blocks.map((b) => b.text)].join('\n');
  return { name, s: scoreDraft(text, gold, speakers, model, draft.speakers), ms };
}

const cell = (a: number, b: number) => (b ? `${a}/${b}` : '—');

describe('the gold set', () => {
  test('drafted with no speakers, the gold articles are found with the right speakers and no narration attributed', async () => {
    const names = readdirSync(root).filter((d) => !d.startsWith('_') && !d.includes('.'));
    expect(names.length).toBeGreaterThanOrEqual(6);
    const rows: Row[] = [];
    for (const name of names) rows.push(await scoreCase(name));
    const sum = (f: (s: Score) => number) => rows.reduce((n, r) => n + f(r.s), 0);
    const total = {
      quotes: [sum((s) => s.quotes.found), sum((s) => s.quotes.total)],
      reported: [sum((s) => s.reported.found), sum((s) => s.reported.total)],
      right: [sum((s) => s.rightSpeaker.right), sum((s) => s.rightSpeaker.found)],
      narration: sum((s) => s.draftClaims.unmatched.length),
      spurious: sum((s) => s.speakers.notSpeakers.length),
    } as const;
    const table = [
      'article               quotes  reported  speaker  narration  spurious  ms',
      ...rows.map((r) =>
        [
          r.name.padEnd(20),
          cell(r.s.quotes.found, r.s.quotes.total).padStart(7),
          cell(r.s.reported.found, r.s.reported.total).padStart(9),
          cell(r.s.rightSpeaker.right, r.s.rightSpeaker.found).padStart(8),
          String(r.s.draftClaims.unmatched.length).padStart(10),
          String(r.s.speakers.notSpeakers.length).padStart(9),
          String(Math.round(r.ms)).padStart(4),
        ].join(' '),
      ),
      [
        'total'.padEnd(20),
        cell(total.quotes[0], total.quotes[1]).padStart(7),
        cell(total.reported[0], total.reported[1]).padStart(9),
        cell(total.right[0], total.right[1]).padStart(8),
        String(total.narration).padStart(10),
        String(total.spurious).padStart(9),
      ].join(' '),
    ];
    const details = rows.flatMap((r) => [`${r.name}:`, ...formatScore(r.s).filter((l) => /^\s+(?:wrong speaker|no such claim)/.test(l))]);
    if (process.env.GOLD_VERBOSE) console.log([...table, '', ...details].join('\n'));
    else console.log(table.join('\n'));
    expect(total.quotes[0] / total.quotes[1]).toBeGreaterThanOrEqual(0.9);
    expect(total.reported[0] / total.reported[1]).toBeGreaterThanOrEqual(0.6);
    expect(total.right[0] / total.right[1]).toBeGreaterThanOrEqual(0.85);
    expect(rows.flatMap((r) => r.s.draftClaims.unmatched)).toEqual([]);
  });
});
