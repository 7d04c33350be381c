// Writes `dist/_headers` (read by Netlify, Cloudflare Pages and others): one
// rule for every path, with what a page's <meta> policy cannot say
// (frame-ancestors) and the usual hardening. Each page's own policy, with
// the hashes of its inline styles, stays in its <meta>: browsers enforce
// both, so the page is held to their intersection. A rule per page (25 MB
// and 25,000 distinct policies at 1,000 readings) was more than Cloudflare
// Pages reads (100 rules) and took seconds to write on every deploy.
// The header must not name script-src, style-src or default-src: with no
// hashes of its own it would forbid the inline styles the <meta> allows.
// Run after the build: `node src/tools/build/headers.ts dist`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2] ?? 'dist';
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

const headers = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  "Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
];
writeFileSync(join(out, '_headers'), `${base}*\n${headers.map((h) => `  ${h}`).join('\n')}\n`);
console.log('_headers: one rule for every path');
