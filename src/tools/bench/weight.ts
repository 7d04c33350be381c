import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync, inflateRawSync } from 'node:zlib';

/** What a first round trip can carry: ten TCP segments of 1,460 bytes (RFC 6928's initial window). */
const FIRST_FLIGHT = 14_600;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** External stylesheets the page waits for before it can render. */
  blockingStylesheets: number;
  /** Where, in the decoded HTML, each must-have ends; and how much of the HTML the first flight decodes to. */
  firstFlight: { decoded: number; title: number; firstParagraph: number; css: number; holdsAll: boolean };
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 6 }).length;

/** A script module and every module it imports, as files under `out`. */
function moduleGraph(out: string, src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(out, src), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const dep = new URL(m[1]!, `http://x${src}`).pathname;
    moduleGraph(out, dep, seen);
  }
  return seen;
}

/**
 * The weight of one built page as a browser fetches it (gzip, as static
 * hosts serve it), and whether the first round trip holds the title, the
 * first paragraph of the reading and all the CSS needed to show them.
 */
export function pageWeight(out: string, pagePath: string, base = '/'): PageWeight {
  const html = readFileSync(join(out, pagePath), 'utf8');
  const local = (href: string) => href.slice(base.length - 1);
  const stylesheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!));
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => local(m[1]!));
  const css = stylesheets.reduce((n, href) => n + gz(readFileSync(join(out, href))), 0);
  const modules = new Set<string>();
  for (const s of scripts) moduleGraph(out, s, modules);
  const js = [...modules].reduce((n, src) => n + gz(readFileSync(join(out, src))), 0);
  const htmlGz = gzipSync(html, { level: 6 });

  // Decode only what the first flight carries (a raw deflate stream inside gzip's 10-byte header).
  const decoded = inflateRawSync(htmlGz.subarray(10, FIRST_FLIGHT), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
  const end = (re: RegExp) => {
    const m = re.exec(decoded);
    return m ? m.index + m[0].length : -1;
  };
  const title = end(/<\/title>/);
  const firstParagraph = end(/<div class="reading-body[^>]*>[\s\S]*?<\/p>/);
  // All CSS is needed to show the first paragraph as designed: every <style> must be closed before it, and none may be external.
  const lastStyle = [...decoded.matchAll(/<\/style>/g)].at(-1);
  const cssEnd = stylesheets.length ? -1 : lastStyle ? lastStyle.index + lastStyle[0].length : 0;
  return {
    html: htmlGz.length,
    css,
    js,
    total: htmlGz.length + css + js,
    blockingStylesheets: stylesheets.length,
    firstFlight: {
      decoded: decoded.length,
      title,
      firstParagraph,
      css: cssEnd,
      holdsAll: title > 0 && firstParagraph > 0 && cssEnd >= 0 && cssEnd < firstParagraph,
    },
  };
}
