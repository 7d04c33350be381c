/**
 * Every example of docs/authoring.md builds, with the sample reading's front
 * matter and speakers, and the ignore-comment example lints clean.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { lintReading } from '../../src/tools/lint/lint';
import { loadSpeakers } from '../../src/site/speakers-dir';
import { processReading } from '../../src/pipeline/index';
import { attributions } from '../../src/outputs/attribution';

const guide = readFileSync('docs/authoring.md', 'utf8');
const examples = [...guide.matchAll(/```md\n([\s\S]*?)```/g)].map((m) => m[1]!);
const seed = readFileSync('content/readings/mek-role-toxify-political-debate.md', 'utf8');
const frontmatter = seed.slice(0, seed.indexOf('\n---\n', 4) + 5);
const { speakers } = await loadSpeakers('content/speakers', '.');

test('the guide has an example for every directive', () => {
  const all = examples.join('\n');
  for (const d of [':claim[', ':num[', ':name[', ':speaker[', ':::figure', 'by=author', 'at=', 'note=', 'source=', 'kind=', 'q=', 'asof=', '{#']) expect(all).toContain(d);
});

for (const [i, example] of examples.entries()) {
  test(`example ${i + 1} builds`, async () => {
    const model = await processReading(frontmatter + '\n' + example, `guide-example-${i + 1}.md`, { speakers, base: '/' });
    expect(model.blocks.length).toBeGreaterThan(0);
    if (example.includes('lint-ignore')) {
      expect(lintReading(frontmatter + '\n' + example, 'guide.md', speakers).findings.filter((f) => f.rule !== 'speaker-never-mentioned' && f.rule !== 'quantity-never-used')).toEqual([]);
    }
  });
}

test('the chain in step 5 reads as the guide says', async () => {
  const step5 = examples.find((e) => e.includes('robert-torricelli'))!;
  const model = await processReading(frontmatter + '\n' + step5, 'guide.md', { speakers, base: '/' });
  const torricelli = attributions(model).find((a) => a.speaker.id === 'robert-torricelli')!;
  expect(torricelli.chain.map((c) => `${c.relation} ${c.name}`).join(', ')).toBe('relayed by Anne Khodabandeh, reported by Massoud Khodabandeh');
});
