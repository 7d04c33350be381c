// Writes `dist/_headers` (read by Netlify, Cloudflare Pages and others): each
// page's Content-Security-Policy as a real HTTP header, where it can also say
// what a <meta> policy cannot (frame-ancestors), plus the usual hardening.
// Run after the build: `node src/tools/build/headers.ts dist`.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const out = process.argv[2] ?? 'dist';
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const common = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'];
const blocks = [`/*\n${common.map((h) => `  ${h}`).join('\n')}`];
for (const page of pages(out).sort()) {
  const csp = readFileSync(page, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
  if (!csp) continue;
  const rel = relative(out, page).replace(/\\/g, '/');
  const path = base + (rel === '404.html' ? '404.html' : rel.replace(/index\.html$/, ''));
  blocks.push(`${path}\n  Content-Security-Policy: ${csp.replace(/&#39;|&#x27;/g, "'").trim()} frame-ancestors 'none';`);
}
writeFileSync(join(out, '_headers'), blocks.join('\n') + '\n');
console.log(`_headers: ${blocks.length - 1} pages`);
