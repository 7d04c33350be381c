/**
 * The site's vocabulary cannot be forged by content: raw HTML keeps none
 * of the classes, ids, data attributes or ARIA references the site uses,
 * names cannot clobber the page's globals, and nothing from content or the
 * record reaches a stylesheet unescaped.
 */
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { SpeakerId } from '../../src/core/ids';
import type { Speaker } from '../../src/core/model';
import { bodyHtml } from '../../src/core/model';
import { q, readingCss } from '../../src/outputs/reading-css';
import { processReading } from '../../src/pipeline/index';
import { loadSpeakers } from '../../src/site/speakers-dir';

let speakers: ReadonlyMap<SpeakerId, Speaker>;
beforeAll(async () => {
  const root = join(import.meta.dirname, '../fixtures');
  speakers = (await loadSpeakers(join(root, '_speakers'), root)).speakers;
});
const render = async (body: string) => bodyHtml(await processReading(`---\ntitle: T\nauthor: author\n---\n\n${body}\n`, 't.md', { speakers, base: '/' }));

test('raw HTML drawn with the site’s own classes and hooks loses them: no fake margin note', async () => {
  const html = await render(
    '<div class="entry entry-depth-0" data-attribution="x" data-attribution-by="john-bolton"><a class="entry-n" href="#x">24</a><p class="entry-who"><a class="name">John Bolton</a><span class="role">, QUOTE</span></p></div>\n\nText with <span class="claim claim-quote" data-claim="y" data-by="mayor">fake words</span> and <mark class="speaker number proper-name">more</mark>.',
  );
  expect(html).not.toMatch(/class=/);
  expect(html).not.toMatch(/data-(attribution|claim|by)/);
  expect(html).toContain('John Bolton');
});

test('ids, names and ARIA references from content live in their own namespace', async () => {
  const html = await render('<img name="querySelector" src="x.png" alt=""> <span id="attribution-mayor-words" aria-describedby="attribution-mayor-words-summary" aria-labelledby="main">x</span> <a name="getElementById">y</a>');
  expect(html).toContain('name="user-content-querySelector"');
  expect(html).toContain('name="user-content-getElementById"');
  expect(html).toContain('id="user-content-attribution-mayor-words"');
  expect(html).toContain('aria-describedby="user-content-attribution-mayor-words-summary"');
  expect(html).not.toContain('aria-labelledby="main"');
});

test('the pipeline’s own claim keeps its hooks next to forged ones', async () => {
  const html = await render(':claim[Real words]{by=mayor} <span data-claim="mayor-real-words" class="claim">forged</span>');
  expect(html.match(/data-claim=/g)).toHaveLength(1);
});

test('a value in a stylesheet cannot end its string, its rule or the style element', () => {
  expect(q('a"]{}body{display:none}</style><script>')).toBe('"a\\"]{}body{display:none}\\3c /style>\\3c script>"');
  const css = readingCss({ claims: [], author: 'x"]{color:red}' as SpeakerId, aliases: {} });
  expect(css).toContain('[data-by="x\\"]{color:red}"]');
  expect(css).not.toContain('</');
});

test('a fake claim marker in raw HTML cannot land on a real claim’s attribution', async () => {
  const html = await render(':claim[Words]{by=mayor} She admitted it<sup><a href="#attribution-mayor-words" aria-label="Claim 1, Lena Ortiz">1</a></sup>. See [the claim](#mayor-words).');
  expect(html).toContain('<a href="#user-content-attribution-mayor-words" aria-label="Claim 1, Lena Ortiz">');
  expect(html.match(/href="#attribution-mayor-words"/g)).toHaveLength(1);
  // The author's own Markdown links within the page still work.
  expect(html).toContain('<a href="#mayor-words">the claim</a>');
});
