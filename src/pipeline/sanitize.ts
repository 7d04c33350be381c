import type { Element, Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Attributes that carry meaning for readers and tools: only the pipeline may write them. */
const HOOKS = ['dataAliasOf', 'dataClaim', 'dataBy', 'dataKind', 'dataN', 'dataNumber', 'dataQuantity', 'dataUnsourced', 'dataSpeaker', 'dataFigure', 'dataMedia', 'dataAttribution'];
const OUR_CLASSES = /^(claim|claim-.*|claim-alias|number|speaker|proper-name|figure|figure-.*)$/;
const SEAL = 'dataSeal';

/**
 * GitHub's allowlist, plus the elements and hooks the pipeline makes. Raw
 * HTML could use the same hooks to fake a claim; `rehypeSafe` takes them off
 * anything the pipeline did not seal.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'data', 'figure', 'figcaption'],
  clobber: [],
  // Drop what these hold, not just the tags: a stylesheet's text is not prose.
  strip: ['script', 'style', 'textarea', 'noscript'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'dir', 'lang', 'id', 'ariaDescribedBy', 'ariaLabel', SEAL, ...HOOKS],
    // GitHub's schema pins link classes to footnotes; speaker links and claim marks need theirs.
    a: [...(defaultSchema.attributes?.a ?? []).filter((a) => !Array.isArray(a) || a[0] !== 'className'), 'className'],
    data: ['value'],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'loading'],
  },
};

/**
 * Last remark stage, seal: stamps every element the pipeline made with this
 * run's secret, so that after raw HTML is parsed in, ours can be told from
 * the author's.
 */
export const remarkSeal: Plugin<[string], Root> = (seal) => (tree) => {
  visit(tree, (node) => {
    const data = node.data as { hName?: string; hProperties?: Record<string, unknown> } | undefined;
    if (data?.hName) data.hProperties = { ...data.hProperties, [SEAL]: seal };
  });
};

/**
 * After sanitizing: hooks and our classes stay only on sealed elements, ids
 * from raw HTML get a prefix so they cannot collide with claim ids, and the
 * seal is removed.
 */
export const rehypeSafe: Plugin<[string], HastRoot> = (seal) => (tree) => {
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    const ours = p[SEAL] === seal;
    delete p[SEAL];
    if (ours) return;
    for (const hook of HOOKS) delete p[hook];
    if (Array.isArray(p.className)) {
      p.className = p.className.filter((c) => !OUR_CLASSES.test(String(c)));
      if (!p.className.length) delete p.className;
    }
    // Ids and id references from raw HTML or GFM footnotes live in their own namespace.
    for (const key of ['id', 'ariaDescribedBy', 'ariaLabelledBy'] as const) {
      const value = p[key];
      const ids = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : null;
      if (ids) (p as Record<string, unknown>)[key] = ids.map((v) => (v.startsWith('user-content-') ? v : `user-content-${v}`)).join(' ');
    }
  });
};
