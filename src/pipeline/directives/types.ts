import type { z } from 'astro/zod';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { PipelineContext } from '../context';
import type { LintRule } from '../lint/rule';

type DirectiveForm = 'textDirective' | 'leafDirective' | 'containerDirective';

/** One stage of the pipeline: a name for timings and the README, and its transformer given the context. */
export interface Stage {
  name: string;
  make: (ctx: PipelineContext) => (tree: Root, file: VFile) => void;
}

/**
 * Everything about one directive, in its own folder: adding a directive is
 * writing one of these and listing it in `./index.ts`.
 */
export interface DirectiveDefinition {
  name: string;
  /** `:x` text, `::x` leaf, `:::x` container: the forms it takes. */
  forms: readonly DirectiveForm[];
  /** Its attributes (zod); `#x` arrives as `id`, `.x` as `class`. */
  attributes: z.ZodObject;
  /** Its stages, in the order they run; directives run in the registry's order. */
  stages: readonly Stage[];
  /**
   * What it writes into the page that content must not forge: hast
   * property names (`dataClaim`) and classes. The sanitizer allows them
   * on the pipeline's own elements and strips them from everything else.
   */
  sanitize: { properties: readonly string[]; classes: readonly string[]; tagNames?: readonly string[]; attributes?: Readonly<Record<string, readonly string[]>> };
  /** Content-lint rules it brings (`npm run lint:content`). */
  lint: readonly LintRule[];
  /** A short example of its use, built by the tests and shown in the docs. */
  example: string;
}
