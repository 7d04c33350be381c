import { expect, test } from 'vitest';
import type { ClaimId, SpeakerId } from '../../src/core/ids';
import { PARTNER_RULES_UP_TO, readingCss } from '../../src/outputs/reading-css';
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
  expect(over).toContain(`[data-attribution="claim-${PARTNER_RULES_UP_TO + 1}"]{anchor-name:--e${PARTNER_RULES_UP_TO + 1}`);
  expect(over).toMatch(/\[data-attribution="claim-301"\][^{]*\{order:\d+\}/);
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
