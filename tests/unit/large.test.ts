import { expect, test } from 'vitest';
import { loadSpeakers } from '../../src/site/speakers-dir';
import { processReading } from '../../src/pipeline/index';
import { claimView } from '../../src/outputs/claim-view';
import { findNumbers } from '../../src/core/numbers';

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

test('a paragraph of 300 claims: each claim’s page carries its claim and a bounded context, not the paragraph', async () => {
  const { speakers } = await loadSpeakers('tests/fixtures/_speakers', '.');
  const claims = Array.from({ length: 300 }, (_, i) => `:claim[point number ${i} of the plan]{by=${i % 2 ? 'mayor' : 'critic'}}`).join(', then ');
  const model = await processReading(`---\ntitle: Dense\nauthor: author\n---\n\nThey said ${claims}.\n`, 'dense.md', { speakers, base: '/' });
  expect(model.claims).toHaveLength(300);
  const sizes = model.claims.map((c) => {
    const view = claimView(model, c.id);
    return view.html.length + view.before.length + view.after.length + JSON.stringify(view.entries).length;
  });
  // The paragraph is ~140 KB of HTML; a page's share of it stays a few KB, whatever the claims around it.
  expect(model.blocks[0]!.length).toBeGreaterThan(100_000);
  expect(Math.max(...sizes)).toBeLessThan(3_000);
}, 60_000);

test('number detection is linear: 10,000 number words in a row are read in well under a second', () => {
  const run = (n: number) => {
    const text = Array.from({ length: n }, (_, i) => (i % 3 ? 'five' : 'Seven')).join(' ');
    const start = performance.now();
    const found = findNumbers(text);
    return { ms: performance.now() - start, found: found.length };
  };
  run(1_000);
  const { ms, found } = run(10_000);
  expect(found).toBeGreaterThan(6_000);
  // Quadratic, this took 11.6 s; linear, tens of milliseconds. The bound is generous for a loaded machine.
  expect(ms).toBeLessThan(1_500);
});
