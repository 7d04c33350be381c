import { LineCounter, isMap, isNode, isPair, isScalar, parseDocument } from 'yaml';

interface YamlPlace {
  line: number;
  column: number;
}

export interface ParsedYaml {
  data: unknown;
  /** Syntax errors, each at its place. */
  errors: Array<YamlPlace & { message: string }>;
  /**
   * Where a field path stands in the source: the value if it exists, else
   * the key, else the nearest enclosing map, so a missing field points at
   * the map that should hold it.
   */
  locate(path: PropertyKey[], atKey?: boolean): YamlPlace;
}

/**
 * YAML with places. `startLine` is the line of the text's first line in its
 * file (front matter starts on line 2), so places are file places.
 */
export function parseYaml(text: string, startLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): YamlPlace => {
    const { line, col } = counter.linePos(offset);
    return { line: line + startLine - 1, column: col };
  };
  const errors = doc.errors.map((e) => ({
    ...at(e.pos[0]),
    message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const locate = (path: PropertyKey[], atKey = false): YamlPlace => {
    let node: unknown = doc.contents;
    let best = isNode(node) && node.range ? node.range[0] : 0;
    for (const key of path) {
      if (!isMap(node)) {
        const seq = node as { items?: unknown[] } | null;
        if (seq && Array.isArray(seq.items) && typeof key === 'number') {
          node = seq.items[key];
          if (isNode(node) && node.range) best = node.range[0];
          continue;
        }
        break;
      }
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      if (isNode(pair.key) && pair.key.range) best = pair.key.range[0];
      if (atKey && key === path.at(-1)) break;
      node = pair.value;
      if (isNode(node) && node.range) best = node.range[0];
    }
    return at(best);
  };
  let data: unknown;
  if (!errors.length) {
    try {
      // A few aliases are fine; thousands are an expansion attack ("billion laughs"), refused by the YAML library.
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.push({ ...at(0), message: `${(error as Error).message.replace(/\.$/, '')}: aliases (*name) expand to too much data` });
    }
  }
  return { data, errors, locate };
}
