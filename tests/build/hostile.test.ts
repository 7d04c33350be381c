/**
 * Hostile input never reaches a page as live markup. The fixture site in
 * tests/sites/hostile carries payloads (numbered window.__pwned=N) in raw
 * HTML, Markdown links, directive labels and attributes, front matter and
 * speaker files; every built page is parsed and searched for anything live.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, files } from '../support/site';

const SOURCES = 'tests/sites/hostile/content';
let out = '';
const pages: Array<{ path: string; tree: Root }> = [];

beforeAll(() => {
  out = buildSite({ CONTENT_DIR: SOURCES });
  for (const file of files(out, '.html')) pages.push({ path: relative(out, file), tree: fromHtml(readFileSync(file, 'utf8')) });
}, 120_000);

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'srcSet', 'poster', 'data', 'cite', 'background', 'ping'];
const dangerous = (value: string) => /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''));

/** The style hashes a page's Content-Security-Policy (its `<meta http-equiv>`) allows, quoted: `'sha256-…'`. */
function allowedStyleHashes(tree: Root): Set<string> {
  const hashes = new Set<string>();
  visit(tree, 'element', (el: Element) => {
    if (el.tagName !== 'meta' || String(el.properties.httpEquiv ?? '').toLowerCase() !== 'content-security-policy') return;
    const styleSrc = String(el.properties.content ?? '').split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'style-src');
    for (const source of styleSrc?.slice(1) ?? []) if (source.startsWith("'sha256-")) hashes.add(source);
  });
  return hashes;
}

test('the corpus holds at least 50 payloads', () => {
  const sources = files(SOURCES, '.md').concat(files(SOURCES, '.yaml')).map((f) => readFileSync(f, 'utf8')).join('\n');
  const payloads = new Set([...sources.matchAll(/__pwned=(\d+)/g)].map((m) => m[1]));
  expect(payloads.size).toBeGreaterThanOrEqual(50);
});

test('no page has a script of the content’s, an event handler, or a script URL', () => {
  const found: string[] = [];
  for (const { path, tree } of pages) {
    const styleHashes = allowedStyleHashes(tree);
    visit(tree, 'element', (el: Element) => {
      const p = el.properties;
      for (const key of Object.keys(p)) if (/^on[a-z]/i.test(key)) found.push(`${path}: <${el.tagName} ${key}>`);
      for (const key of URL_ATTRIBUTES) {
        const value = p[key];
        if (value !== undefined && dangerous(String(Array.isArray(value) ? value.join(' ') : value))) found.push(`${path}: <${el.tagName} ${key}="${String(value)}">`);
      }
      if (el.tagName === 'script') {
        const ours = (p.type === 'module' && String(p.src).startsWith('/_astro/')) || p.type === 'application/ld+json';
        if (!ours) found.push(`${path}: <script ${JSON.stringify(p)}>`);
        if (p.type === 'application/ld+json') expect(() => JSON.parse(String((el.children[0] as { value?: string } | undefined)?.value ?? ''))).not.toThrow();
      }
      if (el.tagName === 'noscript' && path === 'search/index.html') return;
      if (['iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'isindex', 'template', 'noscript', 'math', 'svg'].includes(el.tagName)) {
        // Our own SVGs (the figures chart's bars, the share icon and the page's one definition of it) are the only ones allowed.
        const symbols = String(p.className) === 'symbols' && el.children.every((c) => c.type !== 'element' || (c.tagName === 'symbol' && String(c.properties.id).startsWith('_')));
        if (!(el.tagName === 'svg' && (p.viewBox === '0 0 24 24' || p.viewBox === '0 0 100 10' || p.role === 'img' || symbols))) found.push(`${path}: <${el.tagName}>`);
      }
      if (el.tagName === 'form' && !/filter|search-form/.test(String(p.className))) found.push(`${path}: <form>`);
      if (el.tagName === 'meta' && p.httpEquiv && String(p.httpEquiv).toLowerCase() !== 'content-security-policy') found.push(`${path}: <meta http-equiv=${String(p.httpEquiv)}>`);
      if (el.tagName === 'link' && String(p.rel).includes('stylesheet') && !String(p.href).startsWith('/_astro/')) found.push(`${path}: <link ${String(p.href)}>`);
      // Our own inline styles (InlineStyle.astro's and Astro's bundled ones) are each hashed in the
      // page's policy, and none carries a payload: a style the content supplied is neither.
      if (el.tagName === 'style') {
        const css = el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
        if (!styleHashes.has(hash) || css.includes('__pwned')) found.push(`${path}: <style>${css.slice(0, 80)}</style>`);
      }
    });
  }
  expect(found).toEqual([]);
});

test('raw HTML cannot fake a claim', () => {
  const reading = pages.find((p) => p.path === 'readings/hostile/index.html')!;
  const claims: string[] = [];
  visit(reading.tree, 'element', (el: Element) => {
    if (el.properties.dataClaim) claims.push(String(el.properties.dataClaim));
  });
  expect(claims).toEqual(['evil-in-a-label', 'evil-a-note-payload', 'report-another-note-payload']);
});

test('payloads in front matter and speaker files are printed as text', () => {
  const html = readFileSync(join(out, 'readings/hostile/index.html'), 'utf8');
  expect(html).toContain('<h1>&lt;/title&gt;&lt;script&gt;window.__pwned=46&lt;/script&gt;</h1>');
  expect(html).toContain('&lt;script&gt;window.__pwned=52&lt;/script&gt;');
  expect(html).toContain('\\u003c/title\\u003e\\u003cscript\\u003ewindow.__pwned=46\\u003c/script\\u003e');
  const speaker = readFileSync(join(out, 'speakers/evil/index.html'), 'utf8');
  expect(speaker).toContain('<h1 class="page-title">&lt;script&gt;window.__pwned=52&lt;/script&gt;</h1>');
});
