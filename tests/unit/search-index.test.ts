/**
 * The search index in parts (src/tools/build/search-index.ts): a correction
 * re-indexes the part that holds the corrected reading and takes every other
 * part from the cache, and what the browser is told to join is always what
 * the folder holds. Runs Pagefind itself on small pages.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { buildSearchIndex } from '../../src/tools/build/search-index';

let root = '';
let out = '';
let cache = '';

function write(path: string, html: string) {
  mkdirSync(join(out, path, '..'), { recursive: true });
  writeFileSync(join(out, path), `<!doctype html><html lang="en"><head><title>${path}</title></head><body>${html}</body></html>`);
}
const reading = (n: number, words = `wordof${n}`) => write(`readings/r${n}/index.html`, `<article data-pagefind-body><h1>Reading ${n}</h1><p>${words}</p></article>`);
const parts = () => JSON.parse(readFileSync(join(out, 'pagefind', 'parts.json'), 'utf8')) as string[];
const fragments = (dir: string) => readdirSync(join(out, 'pagefind', dir, 'fragment')).length;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'search-index-'));
  out = join(root, 'dist');
  cache = join(root, 'cache');
  for (let n = 1; n <= 5; n++) reading(n);
  write('readings/r1/claims/c/index.html', '<main><p>a claim page, found through its reading</p></main>');
  write('speakers/index.html', '<main><p>the list of speakers</p></main>');
  write('speakers/ada/index.html', '<div data-pagefind-body><h1>Ada</h1></div>');
  write('figures/index.html', '<div data-pagefind-body><h1>Figures</h1></div>');
  return () => rmSync(root, { recursive: true, force: true });
});

test('readings go to parts, speakers and figures to the main bundle, each page once', async () => {
  const { made } = await buildSearchIndex(out, cache, 2);
  // Five readings hashed into three parts of about two: how many a part gets varies, but none is empty.
  expect(parts().length).toBeGreaterThanOrEqual(2);
  expect(made).toBe(1 + parts().length);
  expect(fragments('.')).toBe(2);
  expect(parts().map(fragments).reduce((a, b) => a + b)).toBe(5);
  expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  for (const part of parts()) expect(existsSync(join(out, 'pagefind', part, 'pagefind-entry.json'))).toBe(true);
});

test('a correction re-indexes only the part that holds the corrected reading', async () => {
  await buildSearchIndex(out, cache, 2);
  const before = parts();
  // The next build: the output folder keeps the pages, not the index.
  rmSync(join(out, 'pagefind'), { recursive: true });
  expect(await buildSearchIndex(out, cache, 2)).toEqual({ made: 0, reused: 1 + before.length });
  expect(parts()).toEqual(before);
  reading(3, 'corrected wording');
  expect(await buildSearchIndex(out, cache, 2)).toEqual({ made: 1, reused: before.length });
  const after = parts();
  expect(after.filter((p) => !before.includes(p))).toHaveLength(1);
  expect(before.filter((p) => !after.includes(p))).toHaveLength(1);
  // Only the folders parts.json names are in the bundle: no stale part is left for a browser to find.
  expect(readdirSync(join(out, 'pagefind')).filter((f) => f.startsWith('part-')).sort()).toEqual(after.map((p) => p.slice(0, -1)).sort());
});

test('a speaker page changed re-indexes the main bundle alone', async () => {
  await buildSearchIndex(out, cache, 2);
  write('speakers/ada/index.html', '<div data-pagefind-body><h1>Ada Lovelace</h1></div>');
  expect(await buildSearchIndex(out, cache, 2)).toEqual({ made: 1, reused: parts().length });
});

test('a part made from other pages is never taken from the cache', async () => {
  await buildSearchIndex(out, cache, 2);
  // The same cache, another site (a test site, another content folder): nothing matches, everything is made.
  const other = join(root, 'other');
  cpSync(out, other, { recursive: true });
  out = other;
  for (let n = 1; n <= 5; n++) reading(n, `otherwords${n}`);
  expect(await buildSearchIndex(out, cache, 2)).toEqual({ made: parts().length, reused: 1 });
});

test('the cache forgets parts no build has used for a day, and keeps the rest', async () => {
  await buildSearchIndex(out, cache, 2);
  reading(3, 'corrected wording');
  await buildSearchIndex(out, cache, 2);
  const inUse = 1 + parts().length;
  expect(readdirSync(cache)).toHaveLength(inUse + 1);
  const old = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  for (const d of readdirSync(cache)) utimesSync(join(cache, d), old, old);
  await buildSearchIndex(out, cache, 2);
  // The parts in use are kept (and touched); the part from before the correction is gone.
  expect(readdirSync(cache)).toHaveLength(inUse);
});

test('half a part left in the cache by a build that stopped is replaced, not trusted', async () => {
  await buildSearchIndex(out, cache, 2);
  reading(4, 'changed words');
  // The part that will hold the change, as a stopped build could leave it: a folder without its entry file.
  const before = new Set(readdirSync(cache));
  await buildSearchIndex(out, cache, 2);
  const made = readdirSync(cache).find((d) => !before.has(d))!;
  rmSync(join(out, 'pagefind'), { recursive: true });
  rmSync(join(cache, made, 'pagefind-entry.json'));
  expect(await buildSearchIndex(out, cache, 2)).toEqual({ made: 1, reused: parts().length });
  expect(existsSync(join(cache, made, 'pagefind-entry.json'))).toBe(true);
});
