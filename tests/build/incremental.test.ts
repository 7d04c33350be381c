/**
 * Incremental builds (Astro's `experimental.incrementalBuild`): a page is
 * made again exactly when what it shows changed. Each route's `cacheKey` is
 * a digest of what the page shows (src/outputs/summary.ts); a key that
 * misses something leaves a stale page, a key that holds too much makes
 * pages again for nothing.
 *
 * The second fixture site is built once, then again after each edit into
 * the same output folder. After every build:
 * - the folder equals a cold build of the same content (own cache, own
 *   folder), file for file and byte for byte: nothing stale, nothing left over;
 * - of the pages that have keys, those whose file was written again are
 *   exactly those whose content changed, and they are the ones the edit
 *   should reach (listed per edit below).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'incremental-'));
const content = join(dir, 'content');
const out = join(dir, 'dist');

type Snapshot = Map<string, { hash: string; mtime: number }>;

function snapshot(root: string): Snapshot {
  const files: Snapshot = new Map();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else files.set(relative(root, path), { hash: createHash('sha256').update(readFileSync(path)).digest('hex'), mtime: statSync(path).mtimeMs });
    }
  };
  walk(root);
  return files;
}

function build(contentDir: string, outDir: string) {
  const r = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env: { ...process.env, CONTENT_DIR: relative(process.cwd(), contentDir) }, encoding: 'utf8' });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return r.stdout + r.stderr;
}

/** The same content built cold: a copy in a new folder has its own Astro cache. */
let colds = 0;
function cold(): Snapshot {
  const copy = join(dir, `cold-${++colds}`);
  cpSync(content, join(copy, 'content'), { recursive: true });
  build(join(copy, 'content'), join(copy, 'dist'));
  return snapshot(join(copy, 'dist'));
}

/** Pages with a `cacheKey`: every dynamic route's. The rest (index pages, feed, sitemap, assets) is made on every build. */
const keyed = (file: string) => /^readings\//.test(file) || /^(speakers|figures)\/[^/]+\/index\.html$/.test(file);

type Step = { output: string; rewritten: string[]; changed: string[]; after: Snapshot; fresh?: Snapshot };
let last: Snapshot;

/** Builds into the same folder and says which keyed files were written again, and which changed; and, with `compare`, builds the same content cold. */
function rebuild(compare = true): Step {
  const before = last;
  const output = build(content, out);
  const after = snapshot(out);
  const files = [...after.keys()].filter(keyed).sort();
  last = after;
  return {
    output,
    after,
    ...(compare ? { fresh: cold() } : {}),
    rewritten: files.filter((f) => before.get(f)?.mtime !== after.get(f)!.mtime),
    changed: files.filter((f) => before.get(f)?.hash !== after.get(f)!.hash),
  };
}

function expectSameAsCold(step: Step) {
  const fresh = step.fresh!;
  expect([...step.after.keys()].sort()).toEqual([...fresh.keys()].sort());
  // The stamp names the build's own cache (src/site/kept-output.ts).
  const differ = [...fresh].filter(([f, { hash }]) => f !== '.incremental-build.json' && step.after.get(f)?.hash !== hash).map(([f]) => f);
  expect(differ, 'files that differ from a cold build of the same content').toEqual([]);
}

const edit = (file: string, from: string, to: string) => {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

const R = 'readings/riverton-flood-budget/';
const K = 'readings/kerman-water-rationing/';
let unchanged: Step;
let reading: Step;
let role: Step;
let event: Step;
let alias: Step;

beforeAll(() => {
  cpSync('tests/sites/second/content', content, { recursive: true });
  build(content, out);
  last = snapshot(out);
  unchanged = rebuild(false);
  // A claim's words (its id is explicit, so it keeps it).
  edit('readings/riverton-flood-budget.md', '“this plan protects 12,000 homes', '“this plan shields 12,000 homes');
  reading = rebuild();
  // A speaker's role.
  edit('speakers/tomas-berg.yaml', 'role: Opposition councillor, chair of the finance committee', 'role: Opposition councillor');
  role = rebuild();
  // An event's name.
  edit('readings/kerman-water-rationing.md', 'name: Press conference of the Provincial Water Company', 'name: Press briefing of the Provincial Water Company');
  event = rebuild();
  // A speaker's new alias, a word the Kerman reading already holds: it now links there.
  edit('speakers/shirin-ahmadi.yaml', 'aliases: [Ahmadi, Dr Ahmadi]', 'aliases: [Ahmadi, Dr Ahmadi, hydrologist]');
  alias = rebuild();
}, 900_000);

/** Which readings the loader parsed again (it says so when it parses any). */
const reread = (step: Step) => /read \d+ of \d+ readings: (.*)/.exec(step.output)?.[1] ?? '';

test('a build with nothing changed makes no page with a key again', () => {
  expect(unchanged.rewritten).toEqual([]);
  expect(unchanged.output).toMatch(/\(cached\)/);
  expect(reread(unchanged)).toBe('');
});

test('an edited claim: its reading, its page and card, its neighbour’s page and card, claims.json and its speaker’s page; nothing else', () => {
  expect(reading.rewritten).toEqual(reading.changed);
  expect(reread(reading)).toBe('riverton-flood-budget');
  expect(reading.changed).toEqual(
    [
      `${R}claims.json`,
      `${R}claims/duarte-12000-homes/card.png`,
      `${R}claims/duarte-12000-homes/index.html`,
      // The next claim's page links back to it with its first words, and its card shows the words before it.
      `${R}claims/helena-duarte-the-national-government-would-cover/card.png`,
      `${R}claims/helena-duarte-the-national-government-would-cover/index.html`,
      `${R}index.html`,
      'speakers/helena-duarte/index.html',
    ].sort(),
  );
  expectSameAsCold(reading);
});

test('a speaker’s role: the pages and cards that show it, and no other', () => {
  expect(role.rewritten).toEqual(role.changed);
  // Only the reading that names him is parsed again; the other does not use his file.
  expect(reread(role)).toBe('riverton-flood-budget');
  expect(role.changed).toEqual(
    [
      'figures/flood-plan-cost/index.html',
      `${R}claims.json`,
      `${R}claims/tomas-berg-61-million/card.png`,
      `${R}claims/tomas-berg-61-million/index.html`,
      `${R}claims/tomas-berg-the-audit-office-has-already/card.png`,
      `${R}claims/tomas-berg-the-audit-office-has-already/index.html`,
      `${R}index.html`,
      'speakers/tomas-berg/index.html',
    ].sort(),
  );
  // The claim he relays shows his name, not his role: kept.
  expect(role.rewritten).not.toContain(`${R}claims/audit-office-the-2019-levee-works-overran/index.html`);
  expectSameAsCold(role);
});

test('an event’s name: the reading, the pages and cards of the claims made there (cards name the event) and claims.json; not other readings', () => {
  expect(event.rewritten).toEqual(event.changed);
  expect(reread(event)).toBe('kerman-water-rationing');
  expect(event.changed).toEqual(
    [
      `${K}claims.json`,
      `${K}claims/karimi-persian/card.png`,
      `${K}claims/karimi-persian/index.html`,
      `${K}claims/reza-karimi-of-the-provinces-wells-were/card.png`,
      `${K}claims/reza-karimi-of-the-provinces-wells-were/index.html`,
      `${K}claims/reza-karimi-we-have-no-plan-to/card.png`,
      `${K}claims/reza-karimi-we-have-no-plan-to/index.html`,
      `${K}index.html`,
    ].sort(),
  );
  expectSameAsCold(event);
});

test('a speaker’s new alias that a reading’s text holds: the readings that name her are read again, that one links it; the reading that does not name her is not read', () => {
  // Both Kerman readings name her (the Persian one too); Riverton does not.
  expect(reread(alias)).toBe('kerman-rationing-fa, kerman-water-rationing');
  expect(alias.rewritten).toEqual(alias.changed);
  expect(alias.changed).toContain(`${K}index.html`);
  expect(alias.changed.filter((f) => f.startsWith(R))).toEqual([]);
  expect(readFileSync(join(out, K, 'index.html'), 'utf8')).toMatch(/data-speaker="shirin-ahmadi"[^>]*>hydrologist</);
  expectSameAsCold(alias);
});
