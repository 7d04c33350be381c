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
