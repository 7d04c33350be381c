/**
 * The output folder between incremental builds (src/site/kept-output.ts):
 * before a build, only the pages the last build's manifest recorded stay,
 * and only when the folder's stamp names that manifest; after it, pages the
 * build no longer makes go, with the folders they leave empty.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig } from 'astro';
import { afterAll, beforeEach, expect, test } from 'vitest';
import { keptOutput } from '../../src/site/kept-output';

const root = mkdtempSync(join(tmpdir(), 'kept-output-'));
const out = join(root, 'dist');
const cache = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const put = (file: string, text = file) => {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), text);
};
const manifest = (files: string[]) => {
  mkdirSync(cache, { recursive: true });
  const paths = Object.fromEntries(files.map((f) => [`/${f}`, { outputFile: f }]));
  writeFileSync(join(cache, 'incremental-build.json'), JSON.stringify({ routes: { r: { paths } } }));
};
/** Every file and folder under the output folder, with `/`, sorted. */
const listing = () =>
  readdirSync(out, { recursive: true, withFileTypes: true })
    .map((e) => `${join(e.parentPath, e.name).slice(out.length + 1).split('\\').join('/')}${e.isDirectory() ? '/' : ''}`)
    .sort();

function integration() {
  const kept = keptOutput();
  const config = {
    outDir: pathToFileURL(`${out}/`),
    cacheDir: pathToFileURL(`${cache}/`),
    experimental: { incrementalBuild: true },
    vite: { build: { emptyOutDir: false } },
  } as unknown as AstroConfig;
  const hooks = kept.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']!({ config });
  return { start: () => hooks['astro:build:start']!({}), done: () => hooks['astro:build:done']!({}) };
}

const KEPT = ['readings/a/index.html', 'readings/a/claims/a-1/index.html', 'readings/a/claims/a-1/card.png', 'speakers/s/index.html'];

/** A folder as a finished build leaves it: its pages, its stamp, an asset of the build. */
function lastBuild() {
  rmSync(root, { recursive: true, force: true });
  for (const f of KEPT) put(f);
  put('_astro/old.css');
  manifest(KEPT);
  const build = integration();
  build.start();
  for (const f of KEPT) put(f);
  put('_astro/old.css');
  build.done();
}

beforeEach(lastBuild);

test('before a build, the recorded pages stay untouched and everything else goes, folders with it', () => {
  put('readings/b/index.html');
  put('readings/b/claims/b-1/index.html');
  put('stray/deep/er/file.txt');
  const old = new Date('2020-01-01');
  for (const f of KEPT) utimesSync(join(out, f), old, old);
  integration().start();
  expect(listing()).toEqual([
    'readings/',
    'readings/a/',
    'readings/a/claims/',
    'readings/a/claims/a-1/',
    'readings/a/claims/a-1/card.png',
    'readings/a/claims/a-1/index.html',
    'readings/a/index.html',
    'speakers/',
    'speakers/s/',
    'speakers/s/index.html',
  ]);
  for (const f of KEPT) expect(statSync(join(out, f)).mtime).toEqual(old);
});

test('a folder the manifest did not come from (no stamp, or another manifest) is emptied: its pages may be stale', () => {
  rmSync(join(out, '.incremental-build.json'));
  integration().start();
  expect(listing()).toEqual([]);
  lastBuild();
  manifest([...KEPT, 'other.html']);
  integration().start();
  expect(listing()).toEqual([]);
});

test('after a build, a page it no longer makes goes, and the folders it leaves empty; its neighbours stay', () => {
  const build = integration();
  build.start();
  put('readings/a/index.html');
  put('speakers/s/index.html');
  manifest(['readings/a/index.html', 'speakers/s/index.html']);
  build.done();
  expect(listing()).toEqual(['.incremental-build.json', 'readings/', 'readings/a/', 'readings/a/index.html', 'speakers/', 'speakers/s/', 'speakers/s/index.html']);
  expect(existsSync(join(out, 'readings/a/claims'))).toBe(false);
});

test('a link in the output folder goes, and what it points at stays; a page already removed by hand is no error', () => {
  const target = join(root, 'elsewhere');
  mkdirSync(join(target, 'sub'), { recursive: true });
  writeFileSync(join(target, 'sub', 'keep-me.txt'), 'not the build’s');
  symlinkSync(target, join(out, 'link'));
  integration().start();
  expect(existsSync(join(out, 'link'))).toBe(false);
  expect(readFileSync(join(target, 'sub', 'keep-me.txt'), 'utf8')).toBe('not the build’s');

  lastBuild();
  const build = integration();
  build.start();
  rmSync(join(out, 'readings/a/claims'), { recursive: true });
  manifest(['readings/a/index.html', 'speakers/s/index.html']);
  expect(() => build.done()).not.toThrow();
  expect(listing()).toContain('readings/a/index.html');
});

test('a link back up the output folder is not followed', () => {
  symlinkSync(out, join(out, 'loop'));
  integration().start();
  expect(existsSync(join(out, 'loop'))).toBe(false);
  expect(listing()).toContain('readings/a/index.html');
}, 10_000);
