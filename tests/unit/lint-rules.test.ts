/**
 * The content linter's rules on their own: it reads front matter with the
 * pipeline's stage (invalid front matter is located, never a crash), judges
 * names with generic rules (no article's nouns), and places findings at
 * the character they are about.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { directiveNamed } from '../../src/pipeline/directives/index';
import { LINT_RULES, RULES, lintReading } from '../../src/tools/lint/lint';
import { loadSpeakers } from '../../src/site/speakers-dir';

const { speakers } = await loadSpeakers('tests/fixtures/_speakers', '.');
const HEAD = '---\ntitle: T\nauthor: author\n---\n\n';
const unknownNames = (body: string) =>
  lintReading(HEAD + body + '\n', 'r.md', speakers)
    .findings.filter((f) => f.rule === 'unknown-name')
    .map((f) => /^"([^"]+)"/.exec(f.message)![1]);

describe('front matter is read by the pipeline’s stage', () => {
  test('invalid YAML gives a located problem, no findings and no crash', () => {
    const r = lintReading('---\ntitle: T\nauthor: [unclosed\n---\n\nThe mayor said nothing.\n', 'bad.md', speakers);
    expect(r.problems?.length).toBeGreaterThan(0);
    expect(r.problems![0]).toMatchObject({ file: 'bad.md', line: 3 });
    expect(r.problems![0]!.message).toMatch(/invalid YAML/);
    expect(r.findings).toEqual([]);
  });

  test('fields the schema rejects are located at their line', () => {
    const r = lintReading('---\ntitle: T\nauthor: author\nspeakers: mayor\nquantities:\n  budget: 3\n---\n\nText.\n', 'bad.md', speakers);
    expect(r.problems!.map((p) => `${p.line} ${p.message.startsWith('front matter:')}`)).toEqual(['4 true', '6 true']);
  });

  test('an unknown speaker id is a problem of the front matter, at its place', () => {
    const r = lintReading('---\ntitle: T\nauthor: author\nspeakers:\n  - mayor\n  - nobody\n---\n\nText.\n', 'bad.md', speakers);
    expect(r.problems!.map((p) => [p.line, p.column])).toEqual([[6, 5]]);
    expect(r.problems![0]!.message).toContain('nobody');
  });

  test('the command prints them as path:line:column: message and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-'));
    const path = join(dir, 'bad.md');
    writeFileSync(path, '---\ntitle: T\nauthor: [unclosed\n---\n\nText.\n');
    const r = spawnSync('npx', ['tsx', 'src/tools/lint/cli.ts', path], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'tests/sites/second/content' } });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/Error:|at .*\.ts:\d+/);
    expect(r.stdout).toMatch(/bad\.md:3:\d+: invalid YAML in the front matter/);
    expect(r.stdout).toContain('not linted until its front matter is fixed');
  }, 30_000);
});

describe('names are judged by generic rules', () => {
  test('a person in an unrelated article is unknown; bodies and places are not', () => {
    const body = [
      'In a statement on Monday, the Interior Ministry said :claim[the reservoirs were a third full]{by=author}.',
      '',
      ':claim[“Every household must cut its use”]{by=author}, said Maria Lopez, a spokeswoman for the Water Board.',
      '',
      'The Portuguese Environment Agency (APA) and the European Commission offered help; officials from Soviet Russia never did.',
    ].join('\n');
    expect(unknownNames(body)).toEqual(['Maria Lopez']);
  });

  test.each([
    ['a title makes one word a name', 'The plan was drafted by Dr. Ruiz in May.', ['Ruiz']],
    ['a title before a name is not part of it', 'Prime Minister Pedro Sánchez met farmers in Seville.', ['Pedro Sánchez']],
    ['a title’s complement is not part of the name', 'Secretary of State Antony Blinken flew to Kyiv.', ['Antony Blinken']],
    ['particles belong to the name', 'Last year Ursula von der Leyen visited.', ['Ursula von der Leyen']],
    ['a possessive ends the name', 'Elon Musk’s Tesla fell.', ['Elon Musk']],
    ['demonyms, months and weekdays are no one', 'Iraqi Kurdistan and the Italian Republic met on Tuesday 4 March.', []],
    ['a body defined by an acronym, and its words later', 'The Hydro Union (HU) objected. Later, Hydro members left.', []],
    ['the rest of a body’s name after "of" or "for"', 'She leads the Institute for Coastal Studies.', []],
    ['nothing after "the" is a person', 'He joined the Blue Lantern and the Kestrel Ridge group.', []],
    ['a sentence’s first function word is not part of a name', 'What Ortiz wanted was unclear.', []],
    ['a marked proper name', 'They met at :name[Kestrel Ridge Farm] again.', []],
    ['headings capitalise every word', '# Drought Worsens Again\n\nThe rain stopped.', []],
  ])('%s', (_, body, names) => {
    expect(unknownNames(body)).toEqual(names);
  });
});

describe('findings are placed at their character', () => {
  test('line and column point at the finding in a multi-line file, after non-ASCII text and nested blocks', () => {
    const source = [
      '---',
      'title: Été',
      'author: author',
      '---',
      '',
      'Première ligne, sans rien.',
      '',
      '> Une citation : la crue, the engineer said on Monday.',
      '',
      '- Élodie wrote that Maria Lopez was right.',
      '',
    ].join('\n');
    const lines = source.split('\n');
    const { findings } = lintReading(source, 'r.md', speakers);
    const at = (rule: string) => {
      const f = findings.find((x) => x.rule === rule)!;
      return lines[f.line - 1]!.slice(f.column - 1);
    };
    expect(at('reporting-phrase')).toMatch(/^said on Monday/);
    expect(at('unknown-name')).toMatch(/^Maria Lopez was right/);
    expect(findings.find((x) => x.rule === 'unknown-name')).toMatchObject({ line: 10, column: 21 });
  });

  test('Windows line ends and a byte-order mark do not shift places', () => {
    const source = '\uFEFF---\r\ntitle: T\r\nauthor: author\r\n---\r\n\r\nCalm.\r\n\r\nThe town, the clerk said, is dry.\r\n';
    expect(lintReading(source, 'r.md', speakers).findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['8:21 reporting-phrase']);
  });
});

test('every rule is a directive’s or a general one, each id once', () => {
  expect(directiveNamed('claim')!.lint.map((r) => r.id)).toEqual(['quote-outside-claim', 'reporting-phrase', 'number-outside-claim', 'unbalanced-quote', 'unreviewed-claim']);
  expect(directiveNamed('speaker')!.lint.map((r) => r.id)).toEqual(['unlisted-speaker', 'speaker-never-mentioned', 'unknown-name']);
  expect(directiveNamed('num')!.lint.map((r) => r.id)).toEqual(['quantity-never-used']);
  expect(new Set(LINT_RULES.map((r) => r.id)).size).toBe(LINT_RULES.length);
  expect(Object.keys(RULES).sort()).toEqual(
    ['ignore-without-reason', 'number-outside-claim', 'quantity-never-used', 'quote-outside-claim', 'reporting-phrase', 'speaker-never-mentioned', 'unbalanced-quote', 'unknown-name', 'unlisted-speaker', 'unreviewed-claim'],
  );
});
