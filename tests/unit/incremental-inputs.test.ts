/**
 * What an incremental build reads to decide what to read again: which
 * speakers a reading can depend on (src/site/loaders/speakers-used.ts), and
 * the published record's duplicate keys found without a YAML parse
 * (src/site/record-file.ts). tests/build/incremental.test.ts checks both on
 * a real build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { SpeakerId } from '../../src/core/ids';
import { normalizeSource } from '../../src/core/text';
import { processReading } from '../../src/pipeline/index';
import { speakersUsed } from '../../src/site/loaders/speakers-used';
import { hasRepeatedKey } from '../../src/site/record-file';
import { loadSpeakers } from '../../src/site/speakers-dir';

test('a repeated key is found at any depth, spelled with escapes or not; values and arrays are not keys', () => {
  expect(hasRepeatedKey('{"a": {"x": 1, "y": 2}, "b": {"x": 1}}')).toBe(false);
  expect(hasRepeatedKey('{"a": {"x": 1, "x": 2}}')).toBe(true);
  expect(hasRepeatedKey('{"a": 1, "b": {}, "a": 2}')).toBe(true);
  expect(hasRepeatedKey('{"ab": 1, "a\\u0062": 2}')).toBe(true);
  expect(hasRepeatedKey('{"a": "a", "b": "\\"a\\": {", "c": ["a", "a", {"a": 1}, {"a": 2}]}')).toBe(false);
  expect(hasRepeatedKey('{"a\\"": 1, "a": 2}')).toBe(false);
  expect(hasRepeatedKey('{\n  "r": {\n    "a": { "by": "x", "text": "t" },\n    "a" : { "by": "y", "text": "v" }\n  }\n}\n')).toBe(true);
});

test('speakers used: every id written anywhere in the file; all speakers when an escape could spell one', () => {
  const ids = ['ana', 'ana-berg', 'tomas-berg', 'reza'] as SpeakerId[];
  expect(speakersUsed('---\nauthor: ana-berg\n---\n:claim[x]{by=tomas-berg}', ids)).toEqual(['ana', 'ana-berg', 'tomas-berg']);
  expect(speakersUsed('---\nauthor: reza\n---\nNo one else.', ids)).toEqual(['reza']);
  expect(speakersUsed('---\nauthor: reza\n---\n:claim[x]{by=&#116;omas-berg}', ids)).toEqual([...ids].sort());
  expect(speakersUsed('---\nauthor: "\\x72eza"\n---\n', ids)).toEqual([...ids].sort());
});

/** Every speaker a model holds or names is among those its file was found to use. */
test.each(['content', 'tests/sites/second/content'])('the speakers a model of %s depends on are all found in its file', async (content) => {
  const { speakers } = await loadSpeakers(resolve(content, 'speakers'), resolve('.'));
  const dir = resolve(content, 'readings');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
    const source = readFileSync(join(dir, name), 'utf8');
    const model = await processReading(source, `readings/${name}`, { speakers, base: '/' });
    const used = new Set(speakersUsed(normalizeSource(source), [...speakers.keys()]));
    const depends = [model.author, ...model.speakers.map((s) => s.id), ...model.mentioned, ...model.claims.flatMap((c) => [c.by, ...c.via])];
    expect(depends.filter((id) => !used.has(id)), name).toEqual([]);
  }
});
