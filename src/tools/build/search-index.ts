// The search index, in parts, made again only where pages changed.
// Run after the build: `node src/tools/build/search-index.ts dist`.
//
// Pagefind has no incremental mode: one index over every searchable page is
// made again from nothing after each correction (6.8 s at 1,000 readings),
// and its memory grows with the site (1.8 GB at 4,000). So the readings are
// split into parts of about PART readings, by a hash of their slug (a
// reading stays in its part as others come and go), plus one part for the
// speaker and figure pages. Each part is its own Pagefind bundle, kept in a
// cache under the digest of the pages it was made from; a build indexes
// only the parts whose pages changed and copies the rest from the cache.
// The browser joins them with Pagefind's `mergeIndex` (src/scripts/search.ts):
// the speaker and figure part is the main bundle at `pagefind/`, and
// `pagefind/parts.json` names the others, each in a folder of its own.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/** Readings a part holds, about: a correction re-indexes one part (1.3 s at this size) and the browser joins one part per PART readings. */
const PART = 250;
/** Bump when what goes into a part changes, so no part made the old way is taken from the cache. */
const SCHEME = 1;
/** Pagefind's interface files, unused: the site asks the index with its own script. */
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\./;
/** A joined part needs only its index: the main bundle's script and WebAssembly read it (`mergeIndex` loads no second WebAssembly). */
const JOINED_NEEDS = /^(?:pagefind-entry\.json|.*\.pf_meta|fragment|index|filter)$/;
/** The cache keeps a part no build used for this long (another content folder, the test sites). */
const KEEP_UNUSED_MS = 24 * 3600 * 1000;

// Pagefind's package does not export its package.json; it sits one folder above the entry point.
const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** The pages that carry `data-pagefind-body`: the readings, and the speaker and figure pages. Paths from `out`, with `/`. */
export function searchablePages(out: string): { readings: string[]; site: string[] } {
  const index = (dir: string) => (existsSync(join(out, dir, 'index.html')) ? [`${dir}/index.html`] : []);
  const folders = (dir: string) => (existsSync(join(out, dir)) ? readdirSync(join(out, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${dir}/${e.name}`) : []);
  const below = (dir: string): string[] => [...index(dir), ...folders(dir).flatMap(below)];
  return {
    readings: folders('readings').flatMap(index).sort(),
    site: [...folders('speakers').flatMap(index), ...below('figures')].sort(),
  };
}

/** Which of `count` parts a reading belongs to: a hash of its page's path, so it does not move when others are added. */
const partOf = (page: string, count: number) => createHash('sha1').update(page).digest().readUInt32BE(0) % count;

interface Part {
  name: string;
  pages: string[];
}

function partsOf(out: string, size: number): { main: Part; others: Part[] } {
  const { readings, site } = searchablePages(out);
  const count = Math.ceil(readings.length / size);
  const others = Array.from({ length: count }, (_, i): Part => ({ name: `part-${i}`, pages: [] }));
  for (const page of readings) others[partOf(page, count)]!.pages.push(page);
  return { main: { name: 'main', pages: site }, others: others.filter((p) => p.pages.length) };
}

async function indexPart(out: string, pages: string[], into: string, joined: boolean): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind reads a folder's files in parallel, as its CLI does (handing it pages one by one was twice
  // as slow), but walks the whole folder first: the site's 70,000 files once per part. So each part's
  // pages are linked into a folder of their own, and Pagefind reads that.
  const stage = `${into}.pages`;
  for (const page of pages) {
    mkdirSync(dirname(join(stage, page)), { recursive: true });
    try {
      linkSync(join(out, page), join(stage, page));
    } catch {
      copyFileSync(join(out, page), join(stage, page));
    }
  }
  const added = await index.addDirectory({ path: stage });
  rmSync(stage, { recursive: true, force: true });
  if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
  if (added.page_count !== pages.length) throw new Error(`search index: Pagefind read ${added.page_count} of ${pages.length} pages in ${out}`);
  const written = await index.writeFiles({ outputPath: into });
  if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const name of readdirSync(into)) if (UNUSED.test(name) || (joined && !JOINED_NEEDS.test(name))) rmSync(join(into, name), { recursive: true });
}

/** Makes `out/pagefind/`, indexing only the parts not already in `cache`. Returns how many parts were made and how many reused. */
export async function buildSearchIndex(out: string, cache: string, partSize = PART): Promise<{ made: number; reused: number }> {
  const { main, others } = partsOf(out, partSize);
  const target = join(out, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  const used = new Set<string>();
  let made = 0;
  const folders: string[] = [];
  for (const part of [main, ...others]) {
    const hash = createHash('sha256').update(`${SCHEME}\0${version}\0${part === main}\0`);
    for (const page of part.pages) hash.update(page).update('\0').update(readFileSync(join(out, page))).update('\0');
    const digest = hash.digest('hex').slice(0, 24);
    const stored = join(cache, digest);
    if (!existsSync(join(stored, 'pagefind-entry.json'))) {
      // Written beside, then renamed: a build stopped half way leaves no part that looks whole.
      const fresh = `${stored}.${process.pid}.tmp`;
      rmSync(fresh, { recursive: true, force: true });
      await indexPart(out, part.pages, fresh, part !== main);
      try {
        renameSync(fresh, stored);
      } catch {
        if (existsSync(join(stored, 'pagefind-entry.json'))) {
          // Another build made the same part meanwhile: the same pages give the same index, so theirs will do.
          rmSync(fresh, { recursive: true, force: true });
        } else {
          // Half a part, left by a build that stopped: replaced.
          rmSync(stored, { recursive: true, force: true });
          renameSync(fresh, stored);
        }
      }
      made++;
    }
    used.add(digest);
    const now = new Date();
    utimesSync(stored, now, now);
    // A part's folder is named by its digest, so a browser never mixes an old part's files with a new one's.
    const folder = part === main ? target : join(target, `${part.name}-${digest.slice(0, 10)}`);
    cpSync(stored, folder, { recursive: true });
    if (part !== main) folders.push(relative(target, folder).split(sep).join('/') + '/');
  }
  writeFileSync(join(target, 'parts.json'), JSON.stringify(folders) + '\n');
  await pagefind.close();
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (!used.has(name) && Date.now() - statSync(path).mtimeMs > KEEP_UNUSED_MS) rmSync(path, { recursive: true, force: true });
  }
  return { made, reused: others.length + 1 - made };
}

if (import.meta.main) {
  const out = process.argv[2] ?? 'dist';
  const { made, reused } = await buildSearchIndex(out, process.env.SEARCH_INDEX_CACHE ?? join('node_modules', '.cache', 'search-index'));
  console.log(`search index: ${made} part${made === 1 ? '' : 's'} made, ${reused} unchanged`);
}
