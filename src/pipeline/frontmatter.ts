import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { suggest } from '../core/closest';
import { describeIssues } from '../core/schemas/issues';
import { ReadingFrontmatterSchema, type ReadingFrontmatter } from '../core/schemas/reading';
import { parseYaml } from '../core/yaml';
import type { PipelineContext } from './context';
import { report } from './report';
import { checkSpeaker, speakerNamed } from './speaker-ref';

const FIELDS = Object.keys(ReadingFrontmatterSchema.shape);

const valueAt = (data: unknown, path: PropertyKey[]): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

/**
 * frontmatter: reads the YAML block, validates it, checks the ids it
 * names, and adds `file.data.frontmatter`. Invalid fields are reported at
 * their line and replaced by defaults so the rest of the file is still read.
 */
export const frontmatterStage = (ctx: PipelineContext) => (tree: Root, file: VFile): void => {
  const first = tree.children[0];
  const yaml = first?.type === 'yaml' ? first : null;
  const fallback = ReadingFrontmatterSchema.parse({ title: 'Untitled', author: 'author' }) as ReadingFrontmatter;
  if (!yaml) {
    const empty = String(file.value).trim() === '';
    // A block opened and never closed: the parser sees no front matter at all, but the author wrote one.
    if (/^(?:\uFEFF)?---[ \t]*\r?\n[\w-]+:(?:\s|$)/.test(String(file.value))) {
      report(file, { line: 1, column: 1 }, 'the front matter is never closed: no "---" line after its fields', 'end the block with a line of three hyphens (---) between the last field and the text');
      file.data.frontmatter = fallback;
      return;
    }
    report(file, { line: 1, column: 1 }, empty ? 'the reading is empty' : 'the reading has no front matter', 'start the file with a block like\n    ---\n    title: The headline\n    author: speaker-id-of-the-writer\n    ---');
    file.data.frontmatter = fallback;
    return;
  }
  const parsed = parseYaml(yaml.value, (yaml.position?.start.line ?? 1) + 1);
  file.data.locateFrontmatter = (path) => parsed.locate(path, true);
  for (const e of parsed.errors) report(file, e, `invalid YAML in the front matter: ${e.message}`, 'check the indentation and quote values that contain ": " or start with a special character');
  if (parsed.errors.length) {
    file.data.frontmatter = fallback;
    return;
  }
  const raw = parsed.data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report(file, parsed.locate([]), 'the front matter should be a map of fields', 'write one "field: value" per line');
    file.data.frontmatter = fallback;
    return;
  }
  const result = ReadingFrontmatterSchema.safeParse(raw, { reportInput: true });
  let fm: ReadingFrontmatter;
  let partial: Record<string, unknown> | undefined;
  if (result.success) {
    fm = result.data;
  } else {
    for (const p of describeIssues(result.error.issues, (path) => (path.length === 0 ? FIELDS : path[0] === 'events' && path.length === 2 ? ['name', 'date', 'place'] : []))) {
      // A speaker's name written where her id goes (author: Maya Lindqvist): the hint names the id.
      const written = p.path[0] === 'author' || p.path[0] === 'speakers' ? valueAt(raw, p.path) : undefined;
      const named = typeof written === 'string' ? speakerNamed(written, ctx.speakers) : undefined;
      report(file, parsed.locate(p.path, p.atKey), `front matter: ${p.message}`, named ? `that is the name of the speaker whose id is "${named.id}"; ${String(p.path[0])}: takes ids: write ${named.id}` : p.hint);
    }
    // Keep every field that is valid on its own, so later stages can still check the body.
    partial = {};
    for (const [key, schema] of Object.entries(ReadingFrontmatterSchema.shape)) {
      const r = schema.safeParse((raw as Record<string, unknown>)[key]);
      if (r.success) partial[key] = r.data;
    }
    fm = { ...fallback, ...partial } as ReadingFrontmatter;
  }

  const known = (id: string, path: PropertyKey[]) => checkSpeaker(file, parsed.locate(path), ctx, id, String(path[0]));
  // An author that is no id was reported above, never as the unknown speaker "author" (the stand-in).
  if (result.success || 'author' in (partial ?? {})) known(fm.author, ['author']);
  fm.speakers.forEach((id, i) => known(id, ['speakers', i]));
  if (fm.at && !Object.hasOwn(fm.events, fm.at)) {
    report(file, parsed.locate(['at']), `unknown event "${fm.at}" in at`, suggest(fm.at, Object.keys(fm.events), 'event id'));
  }
  file.data.frontmatter = fm;
};
