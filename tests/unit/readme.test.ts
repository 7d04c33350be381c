/**
 * README.md tells the truth about the code: its pipeline diagram is the
 * pipeline's stages, in order, and the source paths it and docs/ name exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { STAGES } from '../../src/pipeline/index';

const readme = readFileSync('README.md', 'utf8');

/** The "How it works" section, up to the next heading of its level. */
const howItWorks = readme.match(/^## How it works\n([\s\S]*?)(?=^## )/m)?.[1] ?? '';

test('the pipeline diagram lists exactly STAGES, in order', () => {
  const diagram = howItWorks.match(/^```[^\n]*\n([\s\S]*?)^```/m)?.[1];
  expect(diagram, 'README.md: no fenced block under "## How it works"').toBeDefined();
  // Lines may wrap anywhere, and a wrapped line may start with its arrow.
  const stages = diagram!.split('→').map((s) => s.replace(/\s+/g, ' ').trim());
  expect(stages).toEqual([...STAGES]);
});

test('the README says when `raw` runs', () => {
  expect(STAGES).toContain('raw');
  expect(howItWorks.replace(/\s+/g, ' ')).toContain('`raw` runs only when the reading holds raw HTML');
});

test('every source path README.md and docs/ name exists', () => {
  const docs = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const missing: string[] = [];
  for (const doc of docs) {
    for (const [path] of readFileSync(doc, 'utf8').matchAll(/\bsrc\/[\w./<>-]*[\w/>]/g)) {
      // A placeholder (`src/pipeline/directives/<name>/`) stands for a folder: its parent must exist.
      const real = path.replace(/<[^>]+>.*$/, '');
      if (!existsSync(real)) missing.push(`${doc}: ${path}`);
    }
  }
  expect(missing).toEqual([]);
});
