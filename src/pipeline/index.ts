import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Transformer } from 'unified';
import { visit, EXIT } from 'unist-util-visit';
import { VFile } from 'vfile';
import { asEventId, asReadingSlug, asSpeakerId } from '../core/ids';
import type { ReadingModel } from '../core/model';
import { ContentError } from '../core/problems';
import { normalizeSource } from '../core/text';
import type { PipelineContext } from './context';
import { DIRECTIVES } from './directives/index';
import type { Stage } from './directives/types';
import { frontmatterStage } from './frontmatter';
import { placementStage } from './placement';
import { problemsOf } from './report';
import { safeStage, sanitizeSchema, sealStage } from './sanitize';
import { syntaxStage } from './syntax';
import './data';

/**
 * The stages on the Markdown tree, in order: the front matter, the syntax
 * checks every directive shares, then each directive's own stages in the
 * registry's order (src/pipeline/directives/index.ts).
 */
const MDAST_STAGES: readonly Stage[] = [{ name: 'frontmatter', make: frontmatterStage }, { name: 'syntax', make: syntaxStage }, ...DIRECTIVES.flatMap((d) => d.stages)];

/**
 * The pipeline, in order: the one place to read it (README's diagram is
 * checked against this list). `raw` runs only for readings holding raw HTML.
 */
export const STAGES: readonly string[] = ['parse', ...MDAST_STAGES.map((s) => s.name), 'seal', 'hast', 'raw', 'sanitize', 'safe', 'placement', 'html'];

/** What a configured pipeline does: Markdown tree in, sanitized HTML tree out, with `file.data` filled. */
interface ReadingProcessor {
  run(tree: Root, file: VFile): Promise<unknown>;
}

function processor(ctx: PipelineContext, seal: string, raw: boolean): ReadingProcessor {
  const p = unified();
  for (const stage of MDAST_STAGES) p.use(timedTransformer<Root>(stage.name, stage.make(ctx)));
  p.use(timedTransformer<Root>('seal', sealStage(seal))).use(timed('hast', remarkRehype), { allowDangerousHtml: raw });
  // Re-parsing the whole tree as HTML is the costliest step; most readings hold no raw HTML.
  if (raw) p.use(timed('raw', rehypeRaw));
  return p
    .use(timed('sanitize', rehypeSanitize), sanitizeSchema)
    .use(timedTransformer('safe', safeStage(seal)))
    .use(timedTransformer('placement', placementStage()))
    // unified types a chain by its plugins' trees, and the timed wrappers hide them; each stage is typed on its own.
    .freeze() as unknown as ReadingProcessor;
}

/** Micromark with its extensions; building it costs more than parsing a reading, so it is built once. */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

type Processors = { plain: ReadingProcessor; raw: ReadingProcessor };

/**
 * Configured processors, one pair per set of speakers and base: a build
 * reuses them for every reading instead of configuring unified each time
 * (which took a third of the pipeline). Keyed weakly, so a dev server's
 * reload with new speakers drops the old pair. The seal is a secret per
 * pair, never written anywhere raw HTML could read it before the build.
 */
const processors = new WeakMap<PipelineContext['speakers'], Map<string, Processors>>();

function processorsFor(ctx: PipelineContext): Processors {
  let byBase = processors.get(ctx.speakers);
  if (!byBase) processors.set(ctx.speakers, (byBase = new Map()));
  let pair = byBase.get(ctx.base);
  if (!pair) {
    const shared: PipelineContext = { speakers: ctx.speakers, base: ctx.base };
    const seal = randomBytes(12).toString('hex');
    pair = { plain: processor(shared, seal, false), raw: processor(shared, seal, true) };
    byBase.set(ctx.base, pair);
  }
  return pair;
}

function record(file: VFile, stage: string, start: number) {
  const timings = (file.data.timings ??= {});
  timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
}

type AnyTransformer = (tree: unknown, file: VFile) => unknown;

/** A stage's transformer as a plugin, timed into `file.data.timings`. */
function timedTransformer<T>(stage: string, transformer: (tree: T, file: VFile) => void) {
  return () => ((tree: T, file: VFile) => {
    const start = performance.now();
    transformer(tree, file);
    record(file, stage, start);
  }) as unknown as Transformer;
}

/** A library's plugin, its transformer timed into `file.data.timings` (a few microseconds a stage). */
function timed<P>(stage: string, plugin: P): P {
  return function (this: unknown, ...options: unknown[]) {
    const transformer = (plugin as (...o: unknown[]) => AnyTransformer | undefined).apply(this, options);
    if (!transformer) return undefined;
    return async (tree: unknown, file: VFile) => {
      const start = performance.now();
      const result = await transformer(tree, file);
      record(file, stage, start);
      return result;
    };
  } as P;
}

function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'html', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/**
 * Reads a reading as far as the content linter needs: the source
 * normalized and parsed as `processReading` does, and the front matter read
 * by its stage (`file.data.frontmatter`; its problems are the file's fatal
 * messages, see `problemsOf`). The directives' stages do not run: lint
 * rules read the tree as the author wrote it.
 */
export function parseForLint(source: string, path: string, ctx: PipelineContext): { tree: Root; file: VFile } {
  const file = new VFile({ value: normalizeSource(source), path });
  const tree = parser.parse(file);
  frontmatterStage(ctx)(tree, file);
  return { tree, file };
}

/**
 * Where each claim's element stands in its block's HTML (by the old way: a
 * node serializes the same alone as inside its block, so it is found by
 * searching for its own HTML, from where its parent was found). Used only
 * when a block's text holds the characters `blockHtml` marks with.
 */
function claimSpansBySearch(block: Element, html: string, spans: Map<string, [number, number]>): void {
  const walk = (node: Element, from: number) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const id = child.properties.dataClaim;
      if (typeof id === 'string') {
        const own = toHtml(child);
        const at = html.indexOf(own, from);
        if (at >= 0) spans.set(id, [at, at + own.length]);
        walk(child, at >= 0 ? at : from);
      } else walk(child, from);
    }
  };
  walk({ type: 'element', tagName: 'div', properties: {}, children: [block] }, 0);
}

const OPEN = '\uE000';
const SHUT = '\uE002';
const MARK = /([\uE000\uE002])(\d+)\uE001/g;

/**
 * A block's HTML and where each claim's element stands in it: a claim's
 * page shows that slice with a little context, never the whole paragraph.
 * The block is serialized once, with private-use markers around each
 * claim element that are then cut out (serializing each claim again cost
 * as much as the rest of the HTML step). A block whose own text holds
 * marker-like characters is serialized plainly and searched instead.
 * Mutates the block (the markers are taken out again).
 */
function blockHtml(block: Element, spans: Map<string, [number, number]>): string {
  const ids: string[] = [];
  const marked: Array<{ node: Element | HastRoot; children: Element['children'] }> = [];
  const mark = (node: Element | HastRoot) => {
    let changed = false;
    const children: Element['children'] = [];
    for (const child of node.children as Element['children']) {
      if (child.type !== 'element') {
        children.push(child);
        continue;
      }
      mark(child);
      const id = child.properties.dataClaim;
      if (typeof id !== 'string') {
        children.push(child);
        continue;
      }
      const k = ids.push(id) - 1;
      children.push({ type: 'text', value: `${OPEN}${k}\uE001` }, child, { type: 'text', value: `${SHUT}${k}\uE001` });
      changed = true;
    }
    if (changed) {
      marked.push({ node, children: node.children as Element['children'] });
      node.children = children;
    }
  };
  const root: HastRoot = { type: 'root', children: [block] };
  mark(root);
  if (!ids.length) return toHtml(block);
  const html = toHtml(root);
  for (const { node, children } of marked) node.children = children;
  const found: Array<[string, number, number]> = [];
  const opened = new Map<number, number>();
  let out = '';
  let last = 0;
  let count = 0;
  for (const m of html.matchAll(MARK)) {
    out += html.slice(last, m.index);
    last = m.index + m[0].length;
    count++;
    const k = Number(m[2]);
    if (m[1] === OPEN) opened.set(k, out.length);
    else if (opened.has(k)) found.push([ids[k]!, opened.get(k)!, out.length]);
  }
  out += html.slice(last);
  if (count !== 2 * ids.length || found.length !== ids.length) {
    const plain = toHtml(block);
    claimSpansBySearch(block, plain, spans);
    return plain;
  }
  // Outer claims first, as the search found them: a nested claim's id is set by its own element.
  for (const [id, start, end] of found.sort((x, y) => x[1] - y[1] || y[2] - x[2])) if (!spans.has(id)) spans.set(id, [start, end]);
  return out;
}

/**
 * Reads one reading: Markdown in, the reading model out, or a ContentError
 * listing every problem of the file. `path` is how messages name the file.
 */
export async function processReading(source: string, path: string, ctx: PipelineContext, timings?: Record<string, number>): Promise<ReadingModel> {
  const file = new VFile({ value: normalizeSource(source), path, data: { published: ctx.published, orphans: ctx.orphans } });
  let start = performance.now();
  const mdast = parser.parse(file);
  const raw = hasRawHtml(mdast);
  record(file, 'parse', start);
  const pair = processorsFor(ctx);
  const hast = (await (raw ? pair.raw : pair.plain).run(mdast, file)) as unknown as HastRoot;
  const problems = problemsOf(file);
  if (problems.length) throw new ContentError(problems);
  start = performance.now();
  const text = toText(hast).replace(/\s+/g, ' ').trim();
  record(file, 'text', start);
  start = performance.now();
  // The body as its top-level blocks: a claim page shows the block that holds its claim.
  const spans = new Map<string, [number, number]>();
  const blocks = (hast as HastRoot).children.filter((c) => c.type === 'element').map((c) => blockHtml(c, spans));
  record(file, 'html', start);
  const fm = file.data.frontmatter!;
  const speakerIds = file.data.readingSpeakers ?? [];
  const slug = path.replace(/^.*\//, '').replace(/\.md$/, '');
  if (timings) for (const [stage, ms] of Object.entries(file.data.timings!)) timings[stage] = (timings[stage] ?? 0) + ms;
  return {
    slug: asReadingSlug(slug),
    path,
    frontmatter: fm,
    blocks,
    claims: (file.data.claims ?? []).map((c) => ({ ...c, blockIndex: file.data.placement?.[c.id] ?? 0, span: spans.get(c.id) ?? [0, 0] })),
    numbers: file.data.numbers ?? [],
    aliases: file.data.aliases ?? {},
    moved: file.data.moved ?? {},
    retired: file.data.retiredIds ?? {},
    formerly: file.data.formerly ?? {},
    notes: file.messages.filter((m) => !m.fatal).map((m) => `${path}:${m.line ?? 1}:${m.column ?? 1}: ${m.reason}`),
    speakers: speakerIds.map((id) => ctx.speakers.get(id)!).filter(Boolean),
    mentioned: file.data.mentioned ?? [],
    events: Object.entries(fm.events).map(([id, e]) => ({ ...e, id: asEventId(id) })),
    excerpt: text.split(/\s+/).slice(0, 40).join(' '),
    wordCount: text.split(/\s+/).filter(Boolean).length,
    author: asSpeakerId(fm.author),
  };
}

