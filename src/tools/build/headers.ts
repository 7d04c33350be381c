// Writes `dist/_headers` (read by Netlify, Cloudflare Pages and others): each
// page's Content-Security-Policy as a real HTTP header, where it can also say
// what a <meta> policy cannot (frame-ancestors), plus the usual hardening.
// Run after the build: `node src/tools/build/headers.ts dist`.
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const out = process.argv[2] ?? 'dist';
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

const POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const OPEN = Buffer.from('<meta http-equiv="content-security-policy" content="');
const head = Buffer.alloc(16 * 1024);
/**
 * A page's policy, found in its first bytes: Astro writes the <meta> near
 * the top of <head>, and reading every page whole took 15 s at 34,000 pages.
 * (Only the policy is decoded: a string cut from the whole head would keep
 * all of it alive.) A page whose first bytes hold neither the policy nor the
 * end of its head is read whole.
 */
function policyOf(page: string): string | undefined {
  const fd = openSync(page, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const at = head.subarray(0, length).indexOf(OPEN);
  const end = at < 0 ? -1 : head.subarray(0, length).indexOf('"', at + OPEN.length);
  if (end >= 0) return head.toString('utf8', at + OPEN.length, end);
  if (head.subarray(0, length).includes('</head>') || length < head.length) return undefined;
  return POLICY.exec(readFileSync(page, 'utf8'))?.[1];
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
