// Writes `dist/_headers` (read by Netlify, Cloudflare Pages and others): each
// page's Content-Security-Policy as a real HTTP header, where it can also say
// what a <meta> policy cannot (frame-ancestors), plus the usual hardening.
// Run after the build: `node src/tools/build/headers.ts dist`.
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const out = process.argv[2] ?? 'dist';
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

const head = Buffer.alloc(16 * 1024);
/**
 * A page's policy, read from its first bytes: the <meta> is in <head>, and
 * reading every page whole took seconds at 34,000 pages. A head longer than
 * that (a page's own inline CSS first) is read whole.
 */
function policyOf(page: string): string | undefined {
  const fd = openSync(page, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const start = head.toString('utf8', 0, length);
  const text = start.includes('</head>') || length < head.length ? start : readFileSync(page, 'utf8');
  return text.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const common = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];
const blocks = [`/*\n${common.map((h) => `  ${h}`).join('\n')}`];
for (const page of pages(out).sort()) {
  const csp = policyOf(page);
  if (!csp) continue;
  const rel = relative(out, page).replace(/\\/g, '/');
  const path = base + (rel === '404.html' ? '404.html' : rel.replace(/index\.html$/, ''));
  blocks.push(`${path}\n  Content-Security-Policy: ${csp.replace(/&#39;|&#x27;/g, "'").trim()} frame-ancestors 'none';`);
}
writeFileSync(join(out, '_headers'), blocks.join('\n') + '\n');
console.log(`_headers: ${blocks.length - 1} pages`);
