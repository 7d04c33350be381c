/**
 * `npm run dev` while an editor works: a change to a reading shows on the
 * next load, and a mistake shows on the page (file, line, column and hint)
 * over the last version that built, without taking the server down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dev-loop-'));
const reading = join(dir, 'readings', 'riverton-flood-budget.md');
const port = 4350 + Math.floor(Math.random() * 40);
let server: ChildProcess;
let log = '';

const page = async () => (await fetch(`http://127.0.0.1:${port}/readings/riverton-flood-budget/`)).text();
async function until(check: (html: string) => boolean, ms = 20_000): Promise<string> {
  const end = Date.now() + ms;
  let html = '';
  while (Date.now() < end) {
    try {
      html = await page();
      if (check(html)) return html;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out; last page:\n${html.slice(0, 500)}\nserver log:\n${log}`);
}

beforeAll(async () => {
  cpSync('tests/sites/second/content', dir, { recursive: true });
  // Vitest sets NODE_ENV=test, under which the dev server serves no pages: give it an editor's environment.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  server = spawn('npx', ['astro', 'dev', '--port', String(port)], { env: { ...env, NODE_ENV: 'development', CONTENT_DIR: relative(process.cwd(), dir) }, detached: true });
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  await until((html) => html.includes('data-reading-body'), 60_000);
}, 90_000);

afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
});

test('an edit shows on the next load; a mistake shows on the page with its place, and goes when fixed', async () => {
  const original = readFileSync(reading, 'utf8');
  writeFileSync(reading, original.replace('Councillor Berg disagreed.', 'Councillor Berg disagreed loudly.'));
  await until((html) => html.includes('disagreed loudly'));

  writeFileSync(reading, original.replace('{by=helena-duarte #duarte-12000-homes}', '{by=helena-duart #duarte-12000-homes}'));
  const broken = await until((html) => html.includes('class="dev-problems"'));
  expect(broken).toMatch(/riverton-flood-budget\.md:\d+:\d+: unknown speaker &quot;helena-duart&quot; in by= of :claim/);
  expect(broken).toContain('did you mean &quot;helena-duarte&quot;?');
  // The last good version is still there under the banner.
  expect(broken).toContain('data-reading-body');

  writeFileSync(reading, original);
  await until((html) => !html.includes('class="dev-problems"') && !html.includes('disagreed loudly'));
}, 90_000);
