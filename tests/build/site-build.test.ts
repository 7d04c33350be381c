/**
 * The built site as a whole, under a sub-path: every link works, every claim
 * has its page and its preview card, feeds and sitemap use absolute
 * addresses, structured data parses.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { searchablePages } from '../../src/tools/build/search-index';
import { brokenLinks, buildSite, files, pngSize } from '../support/site';

const require = createRequire(import.meta.url);
const BASE = '/sub/';
const SITE = 'https://readings.example.org';
let out = '';
const page = (path: string) => readFileSync(join(out, path), 'utf8');
const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];
const decode = (s: string) => s.replace(/&#x27;|&#39;/g, "'").replace(/&#x26;|&amp;/g, '&').replace(/&quot;|&#x22;/g, '"');
const claimPage = 'readings/mek-role-toxify-political-debate/claims/robert-torricelli-there-are-4000-of-them/index.html';

beforeAll(() => {
  out = buildSite({ BASE, SITE }, true);
}, 180_000);

test('a build under a sub-path has no broken internal link', () => {
  expect(brokenLinks(out, BASE)).toEqual([]);
});

describe('claim pages', () => {
  test('every claim has a page and a 1200×630 PNG preview card', () => {
    // One per claim, and the reading's own.
    const cards = files(join(out, 'readings'), 'card.png');
    expect(cards.filter((f) => f.includes('/claims/'))).toHaveLength(33);
    expect(cards.filter((f) => !f.includes('/claims/'))).toHaveLength(1);
    for (const card of cards) expect(pngSize(readFileSync(card))).toEqual({ width: 1200, height: 630 });
    expect(files(join(out, 'readings'), '.html').filter((f) => f.includes('/claims/'))).toHaveLength(33);
  });

  test('the link preview shows the claim’s words and who said them, with absolute addresses', () => {
    const html = page(claimPage);
    expect(decode(meta(html, 'og:title')!)).toBe('there are 4,000 of them in Camp Ashraf Three');
    expect(decode(meta(html, 'og:description')!)).toBe('said by Robert Torricelli (US Senator, called the MEK’s American lobbyist) — relayed by Anne Khodabandeh — reported by Massoud Khodabandeh — Round-table “Mojahedin-e Khalq (MEK) threat in Albania”, European Parliament, 10 April 2018.');
    expect(meta(html, 'og:url')).toBe(`${SITE}${BASE}readings/mek-role-toxify-political-debate/claims/robert-torricelli-there-are-4000-of-them/`);
    expect(meta(html, 'og:image')).toBe(`${SITE}${BASE}readings/mek-role-toxify-political-debate/claims/robert-torricelli-there-are-4000-of-them/card.png`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}readings/mek-role-toxify-political-debate/claims/robert-torricelli-there-are-4000-of-them/">`);
    expect(html).toContain(`href="${BASE}readings/mek-role-toxify-political-debate/#robert-torricelli-there-are-4000-of-them">Read in context</a>`);
  });

  test('a long claim’s title is shortened at a word, its quotation closed', () => {
    const html = page('readings/mek-role-toxify-political-debate/claims/nicola-pedde-when-the-mek-and-maryam/index.html');
    expect(decode(meta(html, 'og:title')!)).toBe('“When the MEK and Maryam Rajavi had free access to the Italian parliament, invited by various government…”');
  });

  test('structured data parses: a Claim by a Person, appearing in the Article', () => {
    const ld = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
    const [claim] = ld(page(claimPage));
    expect(claim).toMatchObject({
      '@type': 'Claim',
      text: 'there are 4,000 of them in Camp Ashraf Three',
      author: { '@type': 'Person', name: 'Robert Torricelli' },
      appearance: { '@type': 'Article', headline: 'MEK’s Role Is To Toxify Political Debate On Iran', url: `${SITE}${BASE}readings/mek-role-toxify-political-debate/` },
    });
    const [article] = ld(page('readings/mek-role-toxify-political-debate/index.html'));
    expect(article).toMatchObject({ '@type': 'Article', headline: 'MEK’s Role Is To Toxify Political Debate On Iran', author: { name: 'Massoud Khodabandeh' } });
  });
});

test('speaker pages list every claim of theirs, linked', () => {
  const html = page('speakers/anne-khodabandeh/index.html');
  expect(html).toContain('2 claims');
  expect(html).toContain(`href="${BASE}readings/mek-role-toxify-political-debate/claims/anne-khodabandeh-we-dont-know-who-they/"`);
  expect(html).toContain(`href="${BASE}readings/mek-role-toxify-political-debate/claims/anne-khodabandeh-in-2003-the-us-army/"`);
  expect(page('speakers/albanian-police/index.html')).toContain('3 claims');
});

test('the figures page lists every count of MEK members with who gives it', () => {
  const html = page('figures/mek-members/index.html');
  const rows = [...html.matchAll(/<tr><td class="num"[^>]*><data value="(\d+)">[^<]*<\/data><\/td><td class="figure-context"[^>]*>“[^”]*”<\/td><td[^>]*><a href="[^"]*">([^<]+)<\/a>/g)].map((m) => [Number(m[1]), m[2]]);
  expect(rows).toEqual([
    [2745, 'Massoud Khodabandeh'],
    [3800, 'Anne Khodabandeh'],
    [2901, 'Anne Khodabandeh'],
    [2465, 'Albanian police'],
    [4000, 'Robert Torricelli'],
  ]);
  // The chart: dated figures first, in date order, each with its date.
  expect(html).toMatch(/role="img" aria-label="Number of MEK members, as given: Anne Khodabandeh: 3,800 \(2003\); Massoud Khodabandeh: 2,745 \(December 2016\); Anne Khodabandeh: 2,901;/);
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
});

test('sitemap and feed use absolute addresses under the sub-path', () => {
  expect(page('sitemap-0.xml')).toContain(`<loc>${SITE}${BASE}readings/mek-role-toxify-political-debate/</loc>`);
  expect(page('sitemap-0.xml')).toContain(`<loc>${SITE}${BASE}speakers/robert-torricelli/</loc>`);
  // Claim pages are reached through their reading: the sitemap lists pages, not each claim.
  expect(page('sitemap-0.xml')).not.toContain('/claims/');
  const feed = page('rss.xml');
  expect(feed).toContain(`<link>${SITE}${BASE}readings/mek-role-toxify-political-debate/</link>`);
  expect(feed).toContain('<title>MEK’s Role Is To Toxify Political Debate On Iran</title>');
});

test('a 404 page, and the search index', () => {
  expect(page('404.html')).toContain('There is nothing at this address');
  expect(files(join(out, 'pagefind'), 'pagefind.js').length).toBeGreaterThan(0);
});

test('the search index reads the pages meant for it and no other, in parts the browser joins', () => {
  const pages = files(out, '.html').map((f) => relative(out, f).split(sep).join('/'));
  const searchable = pages.filter((p) => readFileSync(join(out, p), 'utf8').includes('data-pagefind-body'));
  const { readings, site } = searchablePages(out);
  expect(readings).toEqual(['readings/mek-role-toxify-political-debate/index.html']);
  expect(site).toContain('speakers/robert-torricelli/index.html');
  expect([...readings, ...site].sort()).toEqual(searchable.sort());
  // Claim pages are most of a site's pages: the index must not read them (they are found as parts of their reading).
  expect(searchable.filter((p) => p.includes('/claims/'))).toEqual([]);
  // The main bundle holds the speaker and figure pages; parts.json names the part with the reading, which has its index only.
  const parts = JSON.parse(page('pagefind/parts.json')) as string[];
  expect(parts).toEqual([expect.stringMatching(/^part-0-[0-9a-f]{10}\/$/)]);
  const part = readdirSync(join(out, 'pagefind', parts[0]!));
  expect(part).toContain('pagefind-entry.json');
  expect(part.filter((f) => f.startsWith('wasm.') || f.endsWith('.js'))).toEqual([]);
  expect(readdirSync(join(out, 'pagefind')).filter((f) => f.startsWith('pagefind-ui'))).toEqual([]);
});

test('_headers: one rule for every path with frame-ancestors, and every page keeps its own hashed policy in its <meta>', () => {
  const run = spawnSync('node', ['src/tools/build/headers.ts', out], { env: { ...process.env, BASE }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  // One rule, so a host that reads a hundred rules at most (Cloudflare Pages) reads it all.
  expect(page('_headers')).toBe(`${BASE}*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'\n`);
  // The header's policy holds nothing the pages' own must widen: each page's <meta> still forbids inline script and hashes its styles.
  for (const file of files(out, '.html')) {
    const policy = decode(readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '');
    expect(policy, file).toMatch(/script-src [^;]*'self'/);
    expect(policy, file).not.toMatch(/'unsafe-inline'/);
  }
});

test('every built page passes the W3C Nu HTML Checker', () => {
  // A missing checker must fail this test, never pass it: no jar, no Java or no report is an error.
  let jar: string;
  try {
    jar = require.resolve('vnu-jar/build/dist/vnu.jar');
  } catch {
    throw new Error('The Nu HTML Checker (vnu-jar/build/dist/vnu.jar) is not installed: run `npm ci`');
  }
  const result = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', out], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) {
    const hint = (result.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no `java` on the PATH: install a JRE (`apt-get install -y default-jre-headless`)' : result.error.message;
    throw new Error(`The Nu HTML Checker needs Java and could not run: ${hint}`);
  }
  // With --format json the checker always writes its report to stderr: `{"messages":[]}` when all is well.
  let messages: Array<{ url: string; message: string; lastLine?: number }> | undefined;
  try {
    messages = JSON.parse(result.stderr).messages;
  } catch {
    // Not JSON: Java's or the checker's own error.
  }
  if (!Array.isArray(messages)) throw new Error(`The Nu HTML Checker gave no report (exit ${result.status}): ${result.stderr.slice(0, 2000) || '(nothing on stderr)'}`);
  // The checker's CSS grammar predates CSS anchor positioning (Baseline since 2025), and the
  // stylesheets are inline in each page: it calls `anchor-name` unknown, `top: max(anchor(…), …)` a
  // parse error and `anchor()`/`anchor-size()` values invalid. Those alone are set aside.
  const modernCss = /^CSS: (“anchor-name”: Property “anchor-name” doesn't exist|“top”: Parse Error|“(left|width)”: “anchor(-size)?\(--[a-z0-9]+ (left|width)\)” is not a “(left|width)” value)\.$/;
  const errors = messages.filter((m) => !modernCss.test(m.message)).map((m) => `${m.url.replace(/^.*?\/site-[^/]+\//, '')}:${m.lastLine}: ${m.message}`);
  expect(files(out, '.html').length).toBeGreaterThan(50);
  expect(errors).toEqual([]);
}, 120_000);
