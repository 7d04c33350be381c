import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { DIRECTIVES } from './directives/index';

/** Attributes that carry meaning for readers and tools: only the pipeline may write them. */
const HOOKS = [...new Set(['dataAttribution', ...DIRECTIVES.flatMap((d) => d.sanitize.properties)])];
/** Classes the pipeline's own elements carry; anything else with them is forged. */
const OUR_CLASSES = new Set(DIRECTIVES.flatMap((d) => d.sanitize.classes));
/** Classes remark-rehype writes for GFM footnotes and task lists (code blocks add `language-*`). */
const MARKDOWN_CLASSES = new Set(['footnotes', 'sr-only', 'contains-task-list', 'task-list-item', 'data-footnote-backref']);
const SEAL = 'dataSeal';
const extra = (pick: (d: (typeof DIRECTIVES)[number]) => readonly string[] | undefined) => DIRECTIVES.flatMap((d) => pick(d) ?? []);
const extraAttributes = (tag: string) => extra((d) => d.sanitize.attributes?.[tag]);
/** Every class a body element may carry at all: the directives' and Markdown's own. */
const CLASS_RULE: [string, ...Array<string | RegExp>] = ['className', ...OUR_CLASSES, ...MARKDOWN_CLASSES, /^language-./];

/**
 * GitHub's allowlist, plus the elements and hooks the pipeline makes. Raw
 * HTML could use the same hooks to fake a claim; `rehypeSafe` takes them off
 * anything the pipeline did not seal.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...extra((d) => d.sanitize.tagNames)],
  clobber: [],
  // Drop what these hold, not just the tags: a stylesheet's text is not prose.
  strip: ['script', 'style', 'textarea', 'noscript'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), CLASS_RULE, 'dir', 'lang', 'id', 'ariaDescribedBy', 'ariaLabel', SEAL, ...HOOKS],
    // GitHub's schema pins link classes to footnotes; speaker links and claim marks need theirs.
    a: [...(defaultSchema.attributes?.a ?? []).filter((a) => !Array.isArray(a) || a[0] !== 'className'), CLASS_RULE],
    code: [...(defaultSchema.attributes?.code ?? []).filter((a) => !Array.isArray(a) || a[0] !== 'className'), CLASS_RULE],
    data: extraAttributes('data'),
    img: [...(defaultSchema.attributes?.img ?? []), ...extraAttributes('img')],
  },
};

/**
 * Last remark stage, seal: stamps every element the pipeline made with this
 * run's secret, so that after raw HTML is parsed in, ours can be told from
 * the author's.
 */
export const sealStage = (seal: string) => (tree: Root): void => {
  visit(tree, (node) => {
    // Every element the Markdown makes is ours; only raw HTML goes unsealed.
    if (node.type === 'root' || node.type === 'text' || node.type === 'html' || node.type === 'yaml') return;
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, [SEAL]: seal } };
  });
};

/**
 * After sanitizing: hooks and our classes stay only on sealed elements, ids
 * from raw HTML get a prefix so they cannot collide with claim ids, and the
 * seal is removed.
 */
export const safeStage = (seal: string) => (tree: HastRoot): void => {
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    const ours = p[SEAL] === seal;
    delete p[SEAL];
    if (ours) return;
    for (const hook of HOOKS) delete p[hook];
    // The site's look is its vocabulary: content keeps only the classes Markdown itself writes,
    // so raw HTML cannot dress up as a claim, a margin note or a label (`class="entry"`).
    if (Array.isArray(p.className)) {
      p.className = p.className.filter((c) => MARKDOWN_CLASSES.has(String(c)) || /^language-./.test(String(c)));
      if (!p.className.length) delete p.className;
    }
    // Raw HTML's in-page links lead within its own namespace too: `<a href="#attribution-…">` with a
    // claim marker's label would otherwise land a screen reader on a real claim's attribution.
    if (typeof p.href === 'string' && p.href.startsWith('#') && p.href.length > 1 && !p.href.startsWith('#user-content-')) p.href = `#user-content-${p.href.slice(1)}`;
    // Ids, names and id references from raw HTML or GFM footnotes live in their own namespace:
    // they can neither collide with claim ids nor clobber the page's globals (`<img name="querySelector">`).
    for (const key of ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'] as const) {
      const value = p[key];
      const ids = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : null;
      if (ids) (p as Record<string, unknown>)[key] = ids.map((v) => (v.startsWith('user-content-') ? v : `user-content-${v}`)).join(' ');
    }
  });
};
