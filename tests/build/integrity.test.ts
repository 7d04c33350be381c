/**
 * Attribution integrity through the real loader and a real build: a
 * renamed reading keeps its addresses, an unreadable record stops the
 * build and is left as it was, a file linking out of the content folder is
 * refused without showing what it links to, and messages name the real
 * problem (a claim of kind document is not a browser API).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'integrity-'));
const content = join(dir, 'content');
const readings = join(content, 'readings');
const recordPath = join(content, 'published-claims.json');
const shown = relative(process.cwd(), content);

function build() {
  const out = join(dir, `dist-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, CONTENT_DIR: shown }, encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr, out };
}

beforeAll(() => {
  cpSync('tests/sites/second/content', content, { recursive: true });
});

test('a renamed reading: its old address and every claim link under it forward to the new one', () => {
  renameSync(join(readings, 'riverton-flood-budget.md'), join(readings, 'riverton-flood-plan.md'));
  const gone = build();
  expect(gone.status).not.toBe(0);
  expect(gone.output).toContain('published reading "riverton-flood-budget" is gone');

  const text = readFileSync(join(readings, 'riverton-flood-plan.md'), 'utf8');
  writeFileSync(join(readings, 'riverton-flood-plan.md'), text.replace('at: hearing\n', 'at: hearing\nformerly: [riverton-flood-budget]\n'));
  const renamed = build();
  expect(renamed.status, renamed.output).toBe(0);
  const old = readFileSync(join(renamed.out, 'readings/riverton-flood-budget/index.html'), 'utf8');
  expect(old).toContain('<meta http-equiv="refresh" content="0; url=/readings/riverton-flood-plan/">');
  const oldClaim = readFileSync(join(renamed.out, 'readings/riverton-flood-budget/claims/duarte-12000-homes/index.html'), 'utf8');
  expect(oldClaim).toContain('<meta http-equiv="refresh" content="0; url=/readings/riverton-flood-plan/claims/duarte-12000-homes/">');
  expect(existsSync(join(renamed.out, 'readings/riverton-flood-budget/claims/duarte-12000-homes/card.png'))).toBe(true);
  expect(existsSync(join(renamed.out, 'readings/riverton-flood-plan/claims/duarte-12000-homes/index.html'))).toBe(true);
  const record = JSON.parse(readFileSync(recordPath, 'utf8'));
  expect(Object.keys(record['riverton-flood-plan'])).toContain('duarte-12000-homes');
  expect(Object.keys(record['riverton-flood-budget'])).toContain('duarte-12000-homes');
}, 120_000);

test('an unreadable record stops the build at its place and is not rewritten', () => {
  const good = readFileSync(recordPath, 'utf8');
  const conflicted = good.replace('{\n', '{\n<<<<<<< HEAD\n=======\n>>>>>>> theirs\n');
  writeFileSync(recordPath, conflicted);
  const r = build();
  expect(r.status).not.toBe(0);
  expect(r.output).toContain(`${shown}/published-claims.json:2:1: the published-claims record holds an unresolved merge conflict`);
  expect(readFileSync(recordPath, 'utf8')).toBe(conflicted);
  writeFileSync(recordPath, good);
}, 60_000);

test('a symlink out of the content folder is refused, and what it points at never reaches the log', () => {
  const secret = join(dir, 'secret.md');
  writeFileSync(secret, '---\ntitle: SECRET-TITLE-7f3a\nauthor: maya-lindqvist\n---\n\nSECRET-BODY-7f3a\n');
  symlinkSync(secret, join(readings, 'leak.md'));
  const r = build();
  expect(r.status).not.toBe(0);
  expect(r.output).toContain(`${shown}/readings/leak.md:1:1: "leak.md" is a symbolic link to a file outside ${shown}/readings/, which the build does not read`);
  expect(r.output).not.toContain('7f3a');
  spawnSync('rm', [join(readings, 'leak.md')]);
}, 60_000);

test('a message with the word "document" in it is not blamed on browser APIs', () => {
  writeFileSync(join(readings, 'memo.md'), '---\ntitle: Memo\nauthor: maya-lindqvist\n---\n\n:claim[The document says so]{by=finance-ministry kind=documnet}\n');
  const r = build();
  expect(r.status).not.toBe(0);
  expect(r.output).toContain('memo.md:6:1: :claim attribute kind= is "documnet"');
  expect(r.output).not.toContain('Browser APIs');
  spawnSync('rm', [join(readings, 'memo.md')]);
}, 60_000);
