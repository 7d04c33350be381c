/**
 * What the build reads, and how it says what it cannot: only regular files
 * inside the content folders, in UTF-8, each problem at its place, never a
 * stack trace, never another file's contents.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatProblem } from '../../src/core/problems';
import { READING_FILE } from '../../src/site/content-dirs';
import { listContentFiles, readContentFile } from '../../src/site/content-files';
import { readRecord } from '../../src/site/record-file';
import { loadSpeakers } from '../../src/site/speakers-dir';

const fresh = () => mkdtempSync(join(tmpdir(), 'content-files-'));
const SECRET = 'root:x:0:0:the-secret-line';

test('symlinks leaving the folder, dangling links and folders named like readings are refused, each by name', async () => {
  const root = fresh();
  const dir = join(root, 'readings');
  mkdirSync(dir);
  writeFileSync(join(root, 'outside.txt'), SECRET);
  writeFileSync(join(dir, 'real.md'), '---\ntitle: T\n---\n');
  symlinkSync(join(root, 'outside.txt'), join(dir, 'leak.md'));
  symlinkSync(join(dir, 'real.md'), join(dir, 'inside.md'));
  symlinkSync(join(root, 'nowhere.md'), join(dir, 'dangling.md'));
  mkdirSync(join(dir, 'folder.md'));
  writeFileSync(join(dir, 'UPPER.MD'), 'x');
  writeFileSync(join(dir, 'long.markdown'), 'x');
  const { files, problems } = await listContentFiles(dir, root, READING_FILE);
  expect(files.map((f) => f.name)).toEqual(['UPPER.MD', 'inside.md', 'long.markdown', 'real.md']);
  const shown = problems.map(formatProblem).join('\n');
  expect(shown).toContain('readings/leak.md:1:1: "leak.md" is a symbolic link to a file outside readings/, which the build does not read');
  expect(shown).toContain('readings/dangling.md:1:1: "dangling.md" is a symbolic link to nothing');
  expect(shown).toContain('readings/folder.md:1:1: "folder.md" is a folder, not a content file');
  expect(shown).not.toContain('the-secret-line');
});

test('a file that is not UTF-8 is reported at its first bad byte', async () => {
  const root = fresh();
  const path = join(root, 'latin1.md');
  writeFileSync(path, Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
  const { problem } = await readContentFile({ name: 'latin1.md', shown: 'readings/latin1.md', path });
  expect(formatProblem(problem!)).toBe('readings/latin1.md:2:11: the file is not UTF-8 text\n    hint: save it as UTF-8 (in most editors: "Save with encoding", UTF-8)');
});

test('two files for one speaker, an alias bomb and an invisible character are located errors', async () => {
  const root = fresh();
  const dir = join(root, 'speakers');
  mkdirSync(dir);
  writeFileSync(join(dir, 'mayor.yaml'), 'name: Lena Ortiz\n');
  writeFileSync(join(dir, 'mayor.yml'), 'name: Someone Else\n');
  const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`), 'name: Bomb'].join('\n');
  writeFileSync(join(dir, 'bomb.yaml'), bomb);
  writeFileSync(join(dir, 'bell.yaml'), 'name: "Ring\\u0007er"\n');
  const { speakers, problems } = await loadSpeakers(dir, root);
  const shown = problems.map(formatProblem).join('\n');
  expect(shown).toContain('speakers/mayor.yml:1:1: a second file for speaker "mayor": speakers/mayor.yaml is the first');
  expect(shown).toMatch(/speakers\/bomb\.yaml:1:1: invalid YAML: .*aliases \(\*name\) expand to too much data/);
  expect(shown).toContain('speakers/bell.yaml:1:7: "name" is');
  expect(shown).toContain('holds an invisible control character (U+0007); remove it');
  expect(speakers.get('mayor' as never)?.name).toBe('Lena Ortiz');
});

test('the published record: missing is empty; a merge conflict, broken JSON or a forged key stops the build at its place', async () => {
  const root = fresh();
  expect(await readRecord(join(root, 'none.json'), 'content/published-claims.json')).toEqual({ record: {}, problems: [] });
  const at = (name: string, text: string) => {
    writeFileSync(join(root, name), text);
    return readRecord(join(root, name), `content/${name}`);
  };
  const conflict = await at('conflict.json', '{\n  "r": {\n<<<<<<< HEAD\n    "a": { "by": "x", "text": "t" }\n=======\n    "b": { "by": "x", "text": "t" }\n>>>>>>> other\n  }\n}\n');
  expect(conflict.problems.map(formatProblem)[0]).toMatch(/^content\/conflict\.json:3:1: the published-claims record holds an unresolved merge conflict\n    hint: keep the entries of both sides/);
  const broken = await at('broken.json', '{\n  "r": {\n    "a": { "by": "x", "text": "t" },\n  }\n}\n');
  expect(broken.problems.map(formatProblem)[0]).toMatch(/^content\/broken\.json:\d+:\d+: the published-claims record is not valid JSON/);
  const forged = await at('forged.json', '{\n  "r": {\n    "a\\"]{}body{display:none}": { "by": "x", "text": "t" }\n  }\n}\n');
  expect(forged.problems.map(formatProblem)[0]).toMatch(/^content\/forged\.json:3:\d+: published-claims record: /);
  expect(forged.record).toEqual({});
});

test('a speaker file cannot pass for another speaker: same name and role, or letters reordered by an override', async () => {
  const root = fresh();
  const dir = join(root, 'speakers');
  mkdirSync(dir);
  writeFileSync(join(dir, 'mayor.yaml'), 'name: Lena Ortiz\nrole: Mayor\n');
  writeFileSync(join(dir, 'lena-ortiz.yaml'), 'name: Lena Ortiz\nrole: Mayor\n');
  writeFileSync(join(dir, 'other-lena.yaml'), 'name: Lena Ortiz\nrole: Harbour pilot\n');
  writeFileSync(join(dir, 'reversed.yaml'), 'name: "\\u202Ezitro aneL"\n');
  const { speakers, problems } = await loadSpeakers(dir, root);
  const shown = problems.map(formatProblem).join('\n');
  expect(shown).toContain('speakers/mayor.yaml:1:1: speaker "mayor" has the same name and role as "lena-ortiz" (speakers/lena-ortiz.yaml): readers could not tell their words apart');
  expect(shown).toContain('holds an invisible direction override (U+202E), which changes what readers see; remove it');
  // Two people who share a name, told apart by their roles, are fine.
  expect(speakers.has('other-lena' as never)).toBe(true);
});

test('a record with one key twice (a merge resolved by keeping both sides) is not read as the last one alone', async () => {
  const root = fresh();
  writeFileSync(join(root, 'r.json'), '{\n  "r": {\n    "a": { "by": "x", "text": "t", "now": "b" },\n    "b": { "by": "x", "text": "u" },\n    "a": { "by": "y", "text": "v" }\n  }\n}\n');
  const { problems } = await readRecord(join(root, 'r.json'), 'content/r.json');
  expect(problems.map(formatProblem)[0]).toMatch(/^content\/r\.json:5:5: the published-claims record has the same key twice/);
});
