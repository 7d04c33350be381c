// A small static file server for the browser tests: it serves a built site the
// way a static host does (index.html for folders, 404.html for anything
// missing), and can run beside a developer's own `npm start`.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

// Arguments: one or more `folder:port` pairs, e.g. `dist:4322 dist-hostile:4323`.
const sites = (process.argv.slice(2).length ? process.argv.slice(2) : ['dist:4322']).map((a) => a.split(':'));
const base = process.env.BASE ?? '/';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * A site's `_headers` rules (Netlify's and Cloudflare's format: a path, a
 * trailing `*` for everything under it, then indented `Name: value` lines),
 * applied as those hosts apply them, so the browser tests see the headers
 * readers get.
 */
function headerRules(root) {
  const path = join(root, '_headers');
  if (!existsSync(path)) return [];
  const rules = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name] = value.join(':').trim();
    }
  }
  return rules;
}
const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

const file = (path) => {
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
};

for (const [root, port] of sites) {
const rules = headerRules(root);
createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) path = '/__outside_base__';
  const local = normalize(join(root, path.slice(base.length)));
  const found = local.startsWith(normalize(root)) ? file(local) : null;
  if (found && statSync(local).isDirectory() && !path.endsWith('/')) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const target = found ?? join(root, '404.html');
  const type = types[extname(target)] ?? 'application/octet-stream';
  // Compressed as static hosts serve text, so page weight and Lighthouse see what readers get.
  const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const fromRules = Object.assign({}, ...rules.filter((r) => matches(r.pattern, url.pathname)).map((r) => r.headers));
  res.writeHead(found ? 200 : 404, { ...fromRules, 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
  const stream = createReadStream(target);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
}
