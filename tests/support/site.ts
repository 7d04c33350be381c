import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Builds the site into a fresh folder, as `npm run build` does, with extra environment. */
export function buildSite(env: Record<string, string> = {}, withSearch = false): string {
  const out = mkdtempSync(join(tmpdir(), 'site-'));
  execFileSync('npx', ['astro', 'build', '--outDir', out], { env: { ...process.env, ...env }, stdio: 'pipe' });
  if (withSearch) execFileSync('node', ['src/tools/build/search-index.ts', out], { stdio: 'pipe' });
  return out;
}

export function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

/**
 * Every internal link and resource of every page: each must resolve to a
 * built file (and, for `#fragment`s within the same page, to an element id).
 * Returns the broken ones as `page → link`.
 */
export function brokenLinks(out: string, base = '/'): string[] {
  const broken: string[] = [];
  for (const page of files(out, '.html')) {
    const html = readFileSync(page, 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const here = '/' + relative(out, page).replace(/index\.html$/, '').replace(/\\/g, '/');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = m[1]!.replace(/&#x26;|&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(link) || link === '#_') continue;
      if (link.startsWith('#')) {
        if (!ids.has(decodeURIComponent(link.slice(1)))) broken.push(`${here} → ${link}`);
        continue;
      }
      const path = link.split('#')[0]!.split('?')[0]!;
      if (!path.startsWith('/')) {
        broken.push(`${here} → ${link} (relative)`);
        continue;
      }
      if (!path.startsWith(base)) {
        broken.push(`${here} → ${link} (outside ${base})`);
        continue;
      }
      const target = join(out, path.slice(base.length));
      if (!(existsSync(target) && statSync(target).isFile()) && !existsSync(join(target, 'index.html'))) broken.push(`${here} → ${link}`);
    }
  }
  return broken;
}

/** Width and height from a PNG's header. */
export function pngSize(buffer: Buffer): { width: number; height: number } | null {
  if (buffer.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
