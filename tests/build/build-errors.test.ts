/**
 * What an author sees when a build fails: every problem of every file, as
 * `path:line:column: message` with a hint, and no stack trace of our code.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

function build(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'bad-content-'));
  mkdirSync(join(dir, 'readings'));
  cpSync('tests/fixtures/_speakers', join(dir, 'speakers'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, CONTENT_DIR: relative(process.cwd(), dir) },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr, dir: relative(process.cwd(), dir) };
}

test('a reading with mistakes stops the build with every problem, file by file', () => {
  const { status, output, dir } = build({
    'readings/first.md': '---\ntitle: One\nauthor: author\n---\n\n:claim[words]{by=mayr}\n\nAt 10:30, :clam[typo]{by=mayor}.\n',
    'readings/second.md': '---\ntitle: Two\nauthor: author\ncolour: red\n---\n\n:claim[a]{by=mayor #same} :claim[b]{by=critic #same}\n',
  });
  expect(status).not.toBe(0);
  expect(output).toContain(`${dir}/readings/first.md:6:1: unknown speaker "mayr" in by= of :claim\n    hint: did you mean "mayor"?`);
  expect(output).toContain(`${dir}/readings/first.md:8:11: unknown directive ":clam"\n    hint: did you mean ":claim"?`);
  expect(output).toContain(`${dir}/readings/second.md:4:1: front matter: unknown field "colour"`);
  expect(output).toContain(`${dir}/readings/second.md:7:27: duplicate claim id "same": also used at line 7, column 1`);
  expect(output).not.toMatch(/at \S+ \(file:\/\/|loaders\.ts:\d+/);
}, 60_000);

test('a broken speaker file is reported as itself, not as unknown speakers everywhere', () => {
  const { status, output, dir } = build({
    'readings/first.md': '---\ntitle: One\nauthor: author\n---\n\n:claim[words]{by=mayor}\n',
    'speakers/mayor.yaml': 'name: Lena Ortiz\nrole: [Mayor\n',
  });
  expect(status).not.toBe(0);
  expect(output).toContain(`${dir}/speakers/mayor.yaml:3:1: invalid YAML:`);
  expect(output).not.toContain('unknown speaker "mayor"');
}, 60_000);
