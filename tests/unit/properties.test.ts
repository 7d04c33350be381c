/**
 * Properties over generated input (fast-check): whatever an author writes,
 * the pipeline never crashes (it renders or it reports), never loses or
 * changes a word, and never yields two elements with one id.
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { expect, test } from 'vitest';
import { ContentError } from '../../src/core/problems';
import { bodyHtml } from '../../src/core/model';
import { loadSpeakers } from '../../src/site/speakers-dir';
import { processReading } from '../../src/pipeline/index';

const { speakers } = await loadSpeakers('tests/fixtures/_speakers', '.');
const HEAD = '---\ntitle: T\nauthor: author\nspeakers: [mayor, critic]\n---\n\n';
const read = (body: string) => processReading(HEAD + body, 'property.md', { speakers, base: '/' });
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (html: string) => words(toText(fromHtml(html, { fragment: true })));

// 3 x 300 runs of the whole pipeline: seconds alone, more on a loaded 2-core machine.
test('arbitrary Markdown, directives included, renders or is reported: it never crashes', async () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(':claim[', ']{by=mayor}', ':::claim{by=critic}\n', '\n:::\n', ':num[', ']{q=x}', ':name[', '::', ':', '[', ']', '{', '}', '#', '*', '_', '`', '<b>', '</b>', '\n\n', '| a | b |\n|---|---|\n', '[^1]', '10:30', '€48 million', 'Lena Ortiz', '“', '”'),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(piece, { maxLength: 25 }), async (pieces) => {
      try {
        await read(pieces.join(''));
      } catch (error) {
        expect(error).toBeInstanceOf(ContentError);
        expect((error as ContentError).problems.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 300 },
  );
}, 60_000);

/** Prose without Markdown syntax: words, numbers, names, punctuation. */
const token = fc.constantFrom('the', 'mayor', 'said', 'Lena Ortiz', 'Okafor', 'over thirty', '2,745', '€48 million', '70%', 'five', 'no one', 'Tuesday 10th April', '2013', 'Camp Ashraf Three', 'هیچ', '۳۰', 'x:y', '10:30', '“quoted”', ',', '.', '—');
const phrase = fc.array(token, { minLength: 1, maxLength: 8 }).map((t) => t.join(' '));
type Segment = { text: string; markup: string };
const plain = phrase.map((p): Segment => ({ text: p, markup: p }));
const segment: fc.Arbitrary<Segment> = fc.letrec((tie) => ({
  segment: fc.oneof({ depthSize: 'small', withCrossShrink: true }, plain, tie('claim') as fc.Arbitrary<Segment>, tie('name') as fc.Arbitrary<Segment>),
  claim: fc
    .tuple(fc.array(tie('segment') as fc.Arbitrary<Segment>, { minLength: 1, maxLength: 3 }), fc.constantFrom('mayor', 'critic', 'report', 'author'))
    .map(([inner, by]) => ({ text: inner.map((s) => s.text).join(' '), markup: `:claim[${inner.map((s) => s.markup).join(' ')}]{by=${by}}` })),
  name: phrase.map((p) => ({ text: p, markup: `:name[${p}]` })),
})).segment;
const paragraph = fc.array(segment, { minLength: 1, maxLength: 5 });

test('the text of the page is the text of the input: annotations wrap words, never lose or change them', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 4 }), async (paragraphs) => {
      const model = await read(paragraphs.map((p) => p.map((s) => s.markup).join(' ')).join('\n\n'));
      const expected = paragraphs.map((p) => p.map((s) => s.text).join(' ')).join(' ');
      expect(text(bodyHtml(model))).toBe(words(expected));
    }),
    { numRuns: 300 },
  );
}, 60_000);

test('ids are never duplicated, whatever the claims', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 6 }), async (paragraphs) => {
      const model = await read(paragraphs.map((p) => p.map((s) => s.markup).join(' ')).join('\n\n'));
      const ids = [...bodyHtml(model).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(model.claims.map((c) => c.id)).size).toBe(model.claims.length);
    }),
    { numRuns: 300 },
  );
}, 60_000);
