/**
 * A shared claim link is a promise. Real edits to a published reading:
 * words rewritten, paragraphs moved, claims inserted before, a claim deleted.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'permanence-'));
const content = join(dir, 'content');
const reading = join(content, 'readings', 'riverton-flood-budget.md');
const recordPath = join(content, 'published-claims.json');

function build() {
  const out = join(dir, `dist-${Math.random().toString(36).slice(2)}`);
  const r = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, CONTENT_DIR: relative(process.cwd(), content) }, encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr, out };
}
const edit = (change: (text: string) => string) => writeFileSync(reading, change(readFileSync(reading, 'utf8')));
const record = () => JSON.parse(readFileSync(recordPath, 'utf8'))['riverton-flood-budget'];

const OLD = 'helena-duarte-the-national-government-would-cover';
const NEW = 'helena-duarte-the-national-government-would-pay';
let edited: ReturnType<typeof build>;

beforeAll(() => {
  cpSync('tests/sites/second/content', content, { recursive: true });
  rmSync(recordPath, { force: true });
  const first = build();
  expect(first.status, first.output).toBe(0);
  expect(Object.keys(record())).toContain(OLD);

  edit((t) => {
    const table = t.match(/\n(\| Item[\s\S]*?\| Total[^\n]*\n)/)![1]!;
    return (
      t
        // Words rewritten: the claim's first words change, so its derived id does.
        .replace('the national government would cover around 70% of the cost', 'the national government would pay for around 70% of the cost')
        // Paragraphs moved: the table goes to the top of the body…
        .replace(table, '')
        // …and a claim is inserted before everything.
        .replace('\nThe council voted', `\n${table}\n:claim[A new claim, first of all]{by=tomas-berg} The council voted`)
    );
  });
  edited = build();
}, 120_000);

test('an edited claim keeps its old link: the build says so and records it', () => {
  expect(edited.status, edited.output).toBe(0);
  expect(edited.output).toContain(`claim id "${OLD}" is now "${NEW}" (its words were edited); links to "${OLD}" lead to it`);
  expect(record()[OLD]).toMatchObject({ by: 'helena-duarte', now: NEW });
  expect(record()[NEW]).toMatchObject({ by: 'helena-duarte', text: 'the national government would pay for around 70% of the cost' });
});

test('moving paragraphs and inserting claims change no id', () => {
  const ids = Object.keys(record());
  for (const id of ['duarte-12000-homes', 'tomas-berg-the-audit-office-has-already', 'helena-duarte-48-million', 'tomas-berg-61-million', 'finance-ministry-the-ministry-will-fund-up']) expect(ids).toContain(id);
  expect(edited.output).not.toMatch(/is now "(?!helena-duarte-the-national-government-would-pay)/);
});

test('the old id still opens the reading at the claim, and as a claim page', () => {
  const html = readFileSync(join(edited.out, 'readings/riverton-flood-budget/index.html'), 'utf8');
  expect(html).toMatch(new RegExp(`<span data-by="helena-duarte"[^>]*id="${NEW}"[^>]*><span id="${OLD}" class="claim-alias" data-alias-of="${NEW}"></span>`));
  expect(html).toContain(`body:has([id="${OLD}"]:target) .claim[id="${NEW}"]`);
  expect(html).toContain(`body:has([id="${OLD}"]:target) .entry[data-attribution="${NEW}"]`);
  const moved = readFileSync(join(edited.out, `readings/riverton-flood-budget/claims/${OLD}/index.html`), 'utf8');
  expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=/readings/riverton-flood-budget/claims/${NEW}/">`);
  expect(existsSync(join(edited.out, `readings/riverton-flood-budget/claims/${OLD}/card.png`))).toBe(true);
});

test('a deleted claim stops the build with the id and both fixes; retiring it lands old links on a note', () => {
  edit((t) => t.replace(/:::claim\{by=finance-ministry[\s\S]*?\n:::\n/, ''));
  const failed = build();
  expect(failed.status).not.toBe(0);
  expect(failed.output).toContain(
    'readings/riverton-flood-budget.md:1:1: published claim id "finance-ministry-the-ministry-will-fund-up" is gone (it was finance-ministry: ““The ministry will fund up to half of eligible costs, and no…”)',
  );
  expect(failed.output).toContain('Either give the claim that replaced it this id, :claim[…]{#finance-ministry-the-ministry-will-fund-up by=…}, or retire it with a reason in the front matter:');

  edit((t) => t.replace('at: hearing\n', 'at: hearing\nretired:\n  finance-ministry-the-ministry-will-fund-up: The ministry withdrew the letter read at the hearing.\n'));
  const retired = build();
  expect(retired.status, retired.output).toBe(0);
  const html = readFileSync(join(retired.out, 'readings/riverton-flood-budget/index.html'), 'utf8');
  expect(html).toContain('<p id="finance-ministry-the-ministry-will-fund-up" class="retired-note" role="note"><strong>A claim that was here has been removed.</strong> The ministry withdrew the letter read at the hearing.</p>');
  const page = readFileSync(join(retired.out, 'readings/riverton-flood-budget/claims/finance-ministry-the-ministry-will-fund-up/index.html'), 'utf8');
  expect(page).toContain('This claim was removed');
  expect(page).toContain('The ministry withdrew the letter read at the hearing.');
  expect(Object.keys(record())).toContain('finance-ministry-the-ministry-will-fund-up');
}, 60_000);
