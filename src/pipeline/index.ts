import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Root as HastRoot } from 'hast';
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
import { unified } from 'unified';
import { visit, EXIT } from 'unist-util-visit';
import { VFile } from 'vfile';
import { asReadingSlug, asSpeakerId } from '../model/ids';
import { ContentError, problemsOf } from '../model/problems';
import type { PipelineContext, ReadingModel } from '../model/reading';
import { remarkClaims } from './claims';
import { remarkDirectives } from './directives';
import { remarkFigures } from './figures';
import { remarkFrontmatterData } from './frontmatter';
import { remarkIds } from './ids';
import { remarkNumbers } from './numbers';
import { rehypeSafe, remarkSeal, sanitizeSchema } from './sanitize';
import { remarkSidebar } from './sidebar';
import { remarkPermanence } from './permanence';
import { rehypePlacement } from './placement';
import { remarkSpeakers } from './speakers';
import './data';

/**
 * The pipeline, in order: the one place to read it. Each stage is one
 * plugin in one file and says in its comment what it adds to `file.data`.
 *
 *  parse → frontmatter → directives → figures → claims → ids → permanence → speakers
 *        → numbers → sidebar → seal → (hast) → raw? → sanitize → safe → placement
 *        → HTML, one string per top-level block
 */
function processor(ctx: PipelineContext, seal: string, raw: boolean) {
  const p = unified()
    .use(timed('frontmatter', remarkFrontmatterData), ctx)
    .use(timed('directives', remarkDirectives))
    .use(timed('figures', remarkFigures), ctx)
    .use(timed('claims', remarkClaims), ctx)
    .use(timed('ids', remarkIds), ctx)
    .use(timed('permanence', remarkPermanence))
    .use(timed('speakers', remarkSpeakers), ctx)
    .use(timed('numbers', remarkNumbers))
    .use(timed('sidebar', remarkSidebar), ctx)
    .use(timed('seal', remarkSeal), seal)
    .use(timed('hast', remarkRehype), { allowDangerousHtml: raw });
  // Re-parsing the whole tree as HTML is the costliest step; most readings hold no raw HTML.
  if (raw) p.use(timed('raw', rehypeRaw));
  return p
    .use(timed('sanitize', rehypeSanitize), sanitizeSchema)
    .use(timed('safe', rehypeSafe), seal)
    .use(timed('placement', rehypePlacement))
    .freeze();
}

/** Micromark with its extensions; building it costs more than parsing a reading, so it is built once. */
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

type Processors = { plain: ReturnType<typeof processor>; raw: ReturnType<typeof processor> };

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

/** The same plugin, its transformer timed into `file.data.timings` (a few microseconds a stage). */
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

/** Files arrive as editors save them: with a byte-order mark, or Windows line ends. */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
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
 * Reads one reading: Markdown in, the reading model out, or a ContentError
 * listing every problem of the file. `path` is how messages name the file.
 */
export async function processReading(source: string, path: string, ctx: PipelineContext, timings?: Record<string, number>): Promise<ReadingModel> {
  const file = new VFile({ value: normalizeSource(source), path, data: { published: ctx.published } });
  let start = performance.now();
  const mdast = parser.parse(file);
  const raw = hasRawHtml(mdast);
  record(file, 'parse', start);
  const pair = processorsFor(ctx);
  const hast = await (raw ? pair.raw : pair.plain).run(mdast, file);
  const problems = problemsOf(file);
  if (problems.length) throw new ContentError(problems);
  start = performance.now();
  // The body as its top-level blocks: a claim page shows the block that holds its claim.
  const blocks = (hast as HastRoot).children.filter((c) => c.type === 'element').map((c) => toHtml(c));
  record(file, 'html', start);
  const fm = file.data.frontmatter!;
  const speakerIds = file.data.readingSpeakers ?? [];
  const slug = path.replace(/^.*\//, '').replace(/\.md$/, '');
  start = performance.now();
  const text = toText(hast as never).replace(/\s+/g, ' ').trim();
  record(file, 'text', start);
  if (timings) for (const [stage, ms] of Object.entries(file.data.timings!)) timings[stage] = (timings[stage] ?? 0) + ms;
  return {
    slug: asReadingSlug(slug),
    path,
    frontmatter: fm,
    blocks,
    claims: (file.data.claims ?? []).map((c) => ({ ...c, blockIndex: file.data.placement?.[c.id] ?? 0 })),
    numbers: file.data.numbers ?? [],
    attributions: file.data.attributions ?? [],
    aliases: file.data.aliases ?? {},
    notes: file.messages.filter((m) => !m.fatal).map((m) => `${path}:${m.line ?? 1}:${m.column ?? 1}: ${m.reason}`),
    speakers: speakerIds.map((id) => ctx.speakers.get(id)!).filter(Boolean),
    mentioned: file.data.mentioned ?? [],
    events: Object.entries(fm.events).map(([id, e]) => ({ ...e, id: id as never })),
    excerpt: text.split(/\s+/).slice(0, 40).join(' '),
    wordCount: text.split(/\s+/).filter(Boolean).length,
    author: asSpeakerId(fm.author),
  };
}

