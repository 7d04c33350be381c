import { expect, test } from 'vitest';
import { loadSpeakers } from '../../src/model/speakers';
import { processReading } from '../../src/pipeline/index';

test('a 10,000-paragraph reading builds, every claim and number in place', async () => {
  const { speakers } = await loadSpeakers('tests/fixtures/_speakers', '.');
  const paragraphs = Array.from({ length: 10_000 }, (_, i) =>
    i % 10 === 0 ? `Paragraph ${i + 1}: :claim[the mayor counted ${i} voters in ward ${i % 97}]{by=mayor}.` : `Paragraph ${i + 1} of plain narrative, with nothing to attribute.`,
  );
  const model = await processReading(`---\ntitle: Long\nauthor: author\n---\n\n${paragraphs.join('\n\n')}\n`, 'long.md', { speakers, base: '/' });
  expect(model.blocks).toHaveLength(10_000);
  expect(model.claims).toHaveLength(1_000);
  expect(new Set(model.claims.map((c) => c.id)).size).toBe(1_000);
  expect(model.numbers.filter((n) => n.by === 'mayor')).toHaveLength(2_000);
}, 60_000);
