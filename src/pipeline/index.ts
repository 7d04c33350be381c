import { randomBytes } from 'node:crypto';
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
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkFrontmatterData, ctx)
    .use(remarkDirectives)
    .use(remarkFigures, ctx)
    .use(remarkClaims, ctx)
    .use(remarkIds, ctx)
    .use(remarkPermanence, ctx)
    .use(remarkSpeakers, ctx)
    .use(remarkNumbers)
    .use(remarkSidebar, ctx)
    .use(remarkSeal, seal)
    .use(remarkRehype, { allowDangerousHtml: raw });
  // Re-parsing the whole tree as HTML is the costliest step; most readings hold no raw HTML.
  if (raw) p.use(rehypeRaw);
  return p.use(rehypeSanitize, sanitizeSchema).use(rehypeSafe, seal).use(rehypePlacement);
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
export async function processReading(source: string, path: string, ctx: PipelineContext): Promise<ReadingModel> {
  const file = new VFile({ value: normalizeSource(source), path });
  const seal = randomBytes(12).toString('hex');
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);
  const mdast = parser.parse(file);
  const raw = hasRawHtml(mdast);
  const hast = await processor(ctx, seal, raw).run(mdast, file);
  const problems = problemsOf(file);
  if (problems.length) throw new ContentError(problems);
  // The body as its top-level blocks: a claim page shows the block that holds its claim.
  const blocks = (hast as HastRoot).children.filter((c) => c.type === 'element').map((c) => toHtml(c));
  const fm = file.data.frontmatter!;
  const speakerIds = file.data.readingSpeakers ?? [];
  const slug = path.replace(/^.*\//, '').replace(/\.md$/, '');
  const text = toText(hast as never).replace(/\s+/g, ' ').trim();
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

