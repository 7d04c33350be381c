/**
 * The source's layers, kept: core (0) < pipeline (1) < outputs (2) < site (3)
 * < Astro's pages, components, layouts, scripts, styles, content config and
 * the tools (4). A file may import from its own layer or a lower one, never a
 * higher one, and no chain of imports among src files may come back to where
 * it started.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const SRC = resolve('src');

const LAYERS: Array<[prefix: string, rank: number]> = [
  ['core/', 0],
  ['pipeline/', 1],
  ['outputs/', 2],
  ['site/', 3],
  ['pages/', 4],
  ['components/', 4],
  ['layouts/', 4],
  ['scripts/', 4],
  ['styles/', 4],
  ['tools/', 4],
  ['content.config.ts', 4],
];

/** A src file's layer, by its path under src/; undefined for a folder no layer claims. */
function rank(file: string): number | undefined {
  const path = relative(SRC, file).replace(/\\/g, '/');
  return LAYERS.find(([prefix]) => path === prefix || path.startsWith(prefix))?.[1];
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file names: static and dynamic imports, re-exports, and `<script src>` in .astro. */
function specifiers(file: string): string[] {
  // Comments may show imports without making them.
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const patterns = [
    /\b(?:import|export)\b[^'";]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /\bimport\s*(['"])([^'"]+)\1/g,
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
    ...(file.endsWith('.astro') ? [/<script\b[^>]*?\ssrc=(["'])([^"']+)\1/g] : []),
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[2]!));
}

/** The file a relative specifier names, as the bundler would find it. */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.mjs`, `${base}.astro`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const files = sources(SRC);
const name = (file: string) => relative(process.cwd(), file).replace(/\\/g, '/');

/** file → the src files it imports. */
const graph = new Map<string, string[]>();
const unresolved: string[] = [];
for (const file of files) {
  const targets: string[] = [];
  for (const spec of specifiers(file)) {
    if (!spec.startsWith('.')) continue;
    const target = resolveSpecifier(file, spec);
    if (target) targets.push(target);
    else unresolved.push(`${name(file)}: ${spec}`);
  }
  graph.set(file, [...new Set(targets)]);
}

test('the scan sees the source: every file, every relative import resolved', () => {
  expect(files.length).toBeGreaterThan(80);
  expect([...graph.values()].flat().length).toBeGreaterThan(200);
  expect(unresolved).toEqual([]);
  expect(files.filter((f) => rank(f) === undefined).map(name), 'files in no layer: add their folder to LAYERS').toEqual([]);
});

test('no file imports from a higher layer', () => {
  const upward: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const a = rank(from);
      const b = rank(to);
      if (a !== undefined && b !== undefined && b > a) upward.push(`${name(from)} (${a}) → ${name(to)} (${b})`);
    }
  }
  expect(upward).toEqual([]);
});

test('no import cycle among src files', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map(name).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});
