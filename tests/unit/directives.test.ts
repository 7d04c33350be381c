/**
 * The directive registry: every directive is one folder, and what it says
 * of itself holds. Its example builds and shows in the format doc; the
 * hooks and classes it writes are the ones it declares to the sanitizer,
 * and raw HTML cannot write them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { SpeakerId } from '../../src/core/ids';
import { bodyHtml, type Speaker } from '../../src/core/model';
import { DIRECTIVES } from '../../src/pipeline/directives/index';
import { processReading } from '../../src/pipeline/index';
import { loadSpeakers } from '../../src/site/speakers-dir';

let speakers: ReadonlyMap<SpeakerId, Speaker>;
beforeAll(async () => {
  const root = join(import.meta.dirname, '../fixtures');
  speakers = (await loadSpeakers(join(root, '_speakers'), root)).speakers;
});
const doc = readFileSync('docs/annotation-format.md', 'utf8');
const FRONT = '---\ntitle: Example\nauthor: author\nquantities:\n  residents: Residents of the camp\n---\n\n';

for (const d of DIRECTIVES) {
  test(`${d.name}: its example builds, is in the format doc, and writes only the hooks it declares`, async () => {
    const model = await processReading(FRONT + d.example + '\n', `${d.name}.md`, { speakers, base: '/' });
    const html = bodyHtml(model);
    const first = d.example.split('\n')[0]!;
    expect(doc).toContain(first);
    const declared = new Set(DIRECTIVES.flatMap((x) => x.sanitize.classes));
    const classes = [...html.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' '));
    expect(classes.filter((c) => !declared.has(c))).toEqual([]);
    expect(d.attributes.shape).toBeTypeOf('object');
  });
}
