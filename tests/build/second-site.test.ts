/**
 * Readings written by someone else, with their own speakers, build with no
 * code change: the fixture site in tests/sites/second is built by Astro
 * exactly as `npm run build` builds content/, and its pages are checked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

let out = '';
const page = (path: string) => readFileSync(join(out, path), 'utf8');
const json = (path: string) => JSON.parse(page(path));

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'second-site-'));
  execFileSync('npx', ['astro', 'build', '--outDir', out], {
    env: { ...process.env, CONTENT_DIR: 'tests/sites/second/content' },
    stdio: 'pipe',
  });
}, 120_000);

describe('the Riverton reading', () => {
  const slug = 'readings/riverton-flood-budget';

  test('nested claims carry their chain', () => {
    const data = json(`${slug}/claims.json`);
    const audit = data.claims.find((c: { by: { id: string } }) => c.by.id === 'audit-office');
    expect(audit).toMatchObject({ kind: 'document', via: ['tomas-berg', 'maya-lindqvist'], parent: 'tomas-berg-the-audit-office-has-already' });
    expect(audit.numbers).toContainEqual({ text: '$2.3bn', value: 2300000000, kind: 'currency', unit: 'USD', quantity: 'overrun' });
  });

  test('currency amounts are numbers with their currency', () => {
    const data = json(`${slug}/claims.json`);
    const amounts = data.numbers.filter((n: { kind: string }) => n.kind === 'currency').map((n: { text: string; value: number; unit: string }) => [n.text, n.value, n.unit]);
    expect(amounts).toContainEqual(['€48 million', 48000000, 'EUR']);
    expect(amounts).toContainEqual(['$2.3bn', 2300000000, 'USD']);
    expect(amounts).toContainEqual(['more than €20 million', 20000000, 'EUR']);
  });

  test('a table renders, with claims and numbers inside its cells', () => {
    const html = page(`${slug}/index.html`);
    expect(html).toMatch(/<table(?: class="ro-\d+")?>[\s\S]*<th align="right">Mayor’s figure<\/th>/);
    expect(html).toMatch(/<td align="right"><span data-by="tomas-berg" data-kind="paraphrase"[^>]* data-claim="tomas-berg-61-million"[^>]*><data value="61000000" data-number="" data-by="tomas-berg"/);
  });

  test('a block claim from a document spans its paragraphs', () => {
    const html = page(`${slug}/index.html`);
    expect(html).toMatch(/<div data-by="finance-ministry" data-kind="document"[^>]*id="finance-ministry-the-ministry-will-fund-up"[^>]*>.*<p>“The ministry will fund[\s\S]*?<p>“Applications close on <data value="2024-06-30"/);
    expect(html).toContain('Read out at the hearing by the clerk; the letter itself is not published.');
  });
});

describe('the Kerman reading', () => {
  const slug = 'readings/kerman-water-rationing';

  test('a Persian quotation is a claim, marked as Persian and isolated for direction', () => {
    const html = page(`${slug}/index.html`);
    expect(html).toContain('dir="auto" lang="fa" id="karimi-persian" data-claim="karimi-persian"');
    expect(html).toContain('«ما هیچ برنامه‌ای برای جیره‌بندی آب نداریم»');
  });

  test('Persian digits are numbers too', () => {
    const data = json(`${slug}/claims.json`);
    expect(data.numbers[0]).toMatchObject({ text: '۳۰ درصد', value: 30, kind: 'percent', by: 'reza-karimi' });
  });

  test('the same quantity is compared across claims and speakers', () => {
    const data = json(`${slug}/claims.json`);
    const wells = data.numbers.filter((n: { quantity: string }) => n.quantity === 'wells-dry').map((n: { by: string; value: number }) => [n.by, n.value]);
    expect(wells).toEqual([
      ['shirin-ahmadi', 900],
      ['farmers-union', 1000],
      ['shirin-ahmadi', 900],
      ['farmers-union', 1000],
    ]);
  });
});

test('the index lists both readings with their counts', () => {
  const html = page('index.html');
  expect(html).toContain('Riverton approves €48 million flood plan, but who pays is still disputed');
  expect(html).toContain('Kerman’s water company denies rationing as wells run dry');
  expect(html).toMatch(/<span class="count-claims">7 claims<\/span>/);
});

test('READINGS_ONLY=1 builds the same reading pages and nothing per claim, speaker or figure', () => {
  const quick = mkdtempSync(join(tmpdir(), 'second-site-readings-'));
  execFileSync('npx', ['astro', 'build', '--outDir', quick], {
    env: { ...process.env, CONTENT_DIR: 'tests/sites/second/content', READINGS_ONLY: '1' },
    stdio: 'pipe',
  });
  const slug = 'readings/riverton-flood-budget';
  const body = (html: string) => html.slice(html.indexOf('<div class="reading-body'), html.indexOf('</aside>'));
  const reading = readFileSync(join(quick, slug, 'index.html'), 'utf8');
  expect(body(reading).length).toBeGreaterThan(1000);
  expect(body(reading)).toBe(body(page(`${slug}/index.html`)));
  expect(existsSync(join(out, slug, 'claims'))).toBe(true);
  expect(existsSync(join(quick, slug, 'claims'))).toBe(false);
  expect(existsSync(join(quick, slug, 'claims.json'))).toBe(false);
  expect(existsSync(join(quick, 'speakers', 'tomas-berg'))).toBe(false);
  expect(existsSync(join(quick, 'index.html'))).toBe(true);
}, 120_000);
