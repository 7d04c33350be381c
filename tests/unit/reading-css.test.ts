import { expect, test } from 'vitest';
import type { ClaimId, SpeakerId } from '../../src/core/ids';
import { byId, narrowOrder, orderedBlocks, PARTNER_RULES_UP_TO, readingCss } from '../../src/outputs/reading-css';
import type { ReadingModel } from '../../src/core/model';

const model = (n: number) =>
  ({
    author: 'author' as SpeakerId,
    aliases: {},
    claims: Array.from({ length: n }, (_, i) => ({ id: `claim-${i + 1}` as ClaimId, by: (i % 2 ? 'anne' : 'author') as SpeakerId, blockIndex: 1 + Math.floor(i / 3) })),
  }) as unknown as Pick<ReadingModel, 'claims' | 'author' | 'aliases'>;

test('without JavaScript, a targeted claim selects its entry and a targeted entry its claim', () => {
  const css = readingCss(model(3));
  expect(css).toContain('@media (scripting:none)');
  expect(css).toContain('body:has([id="claim-2"]:target,[id="attribution-claim-2"]:target) .entry[data-attribution="claim-2"]');
  expect(css).toContain('body:has([id="claim-2"]:target,[id="attribution-claim-2"]:target) .claim[id="claim-2"]');
});

test(`a reading with more than ${PARTNER_RULES_UP_TO} claims goes without those rules, and keeps its margin notes and phone order`, () => {
  const at = readingCss(model(PARTNER_RULES_UP_TO));
  const over = readingCss(model(PARTNER_RULES_UP_TO + 1));
  expect(at).toContain(':has(');
  expect(over).not.toContain(':has(');
  expect(over).toContain(`#attribution-claim-${PARTNER_RULES_UP_TO + 1}{anchor-name:--e${PARTNER_RULES_UP_TO + 1}`);
  expect(over).toContain(`#claim-${PARTNER_RULES_UP_TO + 1}{anchor-name:--c${PARTNER_RULES_UP_TO + 1}}`);
  expect(over).toMatch(/\.ro-1\{order:1\}/);
});

test('on phones each entry comes right after the block holding its claim, by one class each, not one rule per block', () => {
  // Claims in blocks 2, 2 and 5 of six blocks.
  const claims = [2, 2, 5].map((blockIndex, i) => ({ id: `c${i + 1}` as ClaimId, by: 'anne' as SpeakerId, kind: 'quote', blockIndex }));
  const blocks = ['<p>one</p>', '<p>two</p>', '<h2 id="x" class="h">three</h2>', '<blockquote>\n<p>four</p>\n</blockquote>', '<p title="a>b">five</p>', '<hr>'];
  const m = { author: 'author' as SpeakerId, claims, blocks } as unknown as Pick<ReadingModel, 'claims' | 'author' | 'blocks'>;
  const { entries, block } = narrowOrder(m);
  // Laid out by place (ties keep page order: the body before the notes):
  const items = [...blocks.map((_, j) => ({ what: `block ${j + 1}`, place: block(j + 1), dom: j })), ...claims.map((c, i) => ({ what: `note ${c.id}`, place: entries.get(c.id)!, dom: 100 + i }))];
  const column = items.sort((a, b) => a.place - b.place || a.dom - b.dom).map((x) => x.what);
  expect(column).toEqual(['block 1', 'block 2', 'note c1', 'note c2', 'block 3', 'block 4', 'block 5', 'note c3', 'block 6']);
  expect(orderedBlocks(m)).toEqual(['<p>one</p>', '<p>two</p>', '<h2 id="x" class="h ro-2">three</h2>', '<blockquote class="ro-2">\n<p>four</p>\n</blockquote>', '<p class="ro-2" title="a>b">five</p>', '<hr class="ro-4">']);
  const css = readingCss(m);
  for (const n of [1, 2, 3, 4]) expect(css).toContain(`.ro-${n}{order:${n}}`);
  expect(css).not.toContain('nth-child');
});

test('id selectors are escaped as CSS.escape would, whatever the id holds', () => {
  expect(byId('claim-2')).toBe('#claim-2');
  expect(byId('2024-budget')).toBe('#\\32 024-budget');
  expect(byId('-1x')).toBe('#-\\31 x');
  expect(byId('a"b</style>')).toBe('#a\\22 b\\3c \\2f style\\3e ');
});

test('speakers of one reading get distinct colours, each keeping its preferred one where free, and distinct initials', async () => {
  const { speakerColours, speakerInitials } = await import('../../src/outputs/reading-css');
  const ids = Array.from({ length: 10 }, (_, i) => `speaker-${i}` as SpeakerId);
  const colours = speakerColours({ author: 'author' as SpeakerId, claims: ids.map((by) => ({ by, kind: 'quote' })) } as unknown as Pick<ReadingModel, 'claims' | 'author'>);
  expect(colours.get('author' as SpeakerId)).toBeNull();
  expect(new Set(ids.map((id) => colours.get(id)!.h)).size).toBe(10);
  // A speaker keeps their colour from page to page where no one else on the page wants it.
  const page = (...by: SpeakerId[]) => speakerColours({ author: 'author' as SpeakerId, claims: by.map((b) => ({ by: b })) } as unknown as Pick<ReadingModel, 'claims' | 'author'>);
  const x = ids[0]!;
  const y = ids.find((id) => page(id).get(id)!.h !== page(x).get(x)!.h)!;
  expect(page(y, x).get(x)).toEqual(page(x).get(x));
  expect(page(x, y).get(y)).toEqual(page(y).get(y));
  const initials = speakerInitials([
    { id: 'a' as SpeakerId, name: 'Ana Gomes' },
    { id: 'b' as SpeakerId, name: 'The American government' },
    { id: 'c' as SpeakerId, name: 'Anne Khodabandeh' },
    { id: 'd' as SpeakerId, name: 'Robert Torricelli' },
  ]);
  expect([...initials.values()]).toEqual(['AG', 'AmG', 'AK', 'RT']);
});
