import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { loadSpeakers } from '../../src/site/speakers-dir';
import { processReading } from '../../src/pipeline/index';

test('npm run new and new:speaker make files that build', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync('tests/sites/second/content', dir, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: relative(process.cwd(), dir) };
  const speaker = execFileSync('npx', ['tsx', 'src/tools/scaffold/new-speaker.ts', 'Ines Moreau', '--role', 'City engineer'], { env, encoding: 'utf8' });
  expect(speaker).toContain('speakers/ines-moreau.yaml: use it as by=ines-moreau');
  expect(readFileSync(join(dir, 'speakers/ines-moreau.yaml'), 'utf8')).toContain('name: "Ines Moreau"\nkind: person\nrole: "City engineer"\n# Other forms of the name in the text, linked like the name itself:\naliases: ["Moreau"]');

  const reading = execFileSync('npx', ['tsx', 'src/tools/scaffold/new-reading.ts', 'Flood barriers: the engineer’s view'], { env, encoding: 'utf8' });
  expect(reading).toContain('readings/flood-barriers-the-engineers-view.md');
  const path = join(dir, 'readings/flood-barriers-the-engineers-view.md');
  const source = readFileSync(path, 'utf8');
  expect(source).toContain('title: "Flood barriers: the engineer’s view"\n');
  expect(source).toContain('author: maya-lindqvist\n');

  const { speakers } = await loadSpeakers(join(dir, 'speakers'), dir);
  const model = await processReading(source.replace('by=speaker-id', 'by=ines-moreau'), path, { speakers, base: '/' });
  expect(model.claims[0]).toMatchObject({ by: 'ines-moreau', kind: 'paraphrase' });

  const again = spawnSync('npx', ['tsx', 'src/tools/scaffold/new-speaker.ts', 'Ines Moreau'], { env, encoding: 'utf8' });
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('exists already');
}, 60_000);
