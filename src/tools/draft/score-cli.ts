/**
 * `npm run draft:score -- <raw article> <annotated reading.md> [--speakers dir] [--reuse] [--json]`:
 * drafts the raw article (in memory; nothing is written) and scores the
 * draft against the hand-annotated reading of the same article. The draft
 * starts from no speakers, as on an article the site has never seen;
 * `--reuse` lets it reuse the speaker files of `--speakers` (default
 * content/speakers).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { processReading } from '../../pipeline/index';
import { DEFAULT_DIRS } from '../../site/content-dirs';
import { loadSpeakers } from '../../site/speakers-dir';
import { draftReading, readArticle } from './draft';
import { formatScore, scoreDraft } from './score';
import { commandArgs } from './args';

const { args, flag, has } = commandArgs();
const dir = flag('speakers') ?? DEFAULT_DIRS.speakers;
const json = has('json');
const reuse = has('reuse');
const [rawPath, goldPath] = args;
if (!rawPath || !goldPath) {
  console.error('usage: npm run draft:score -- <raw article .txt|.md|.html> <annotated reading .md> [--speakers dir] [--reuse] [--json]');
  process.exit(2);
}
const root = process.cwd();
const { speakers } = await loadSpeakers(resolve(root, dir), root);
const gold = await processReading(await readFile(resolve(root, goldPath), 'utf8'), goldPath, { speakers, base: '/' });
const started = performance.now();
const article = readArticle(await readFile(resolve(root, rawPath), 'utf8'), rawPath);
const draft = draftReading(article, { speakers: reuse ? speakers : new Map() });
const ms = performance.now() - started;
const model = await processReading(draft.markdown, `${draft.slug}.md`, { speakers: draft.speakers, base: '/' });
const text = [article.title ?? '', article.dek ?? '', ...article.blocks.map((b) => b.text)].join('\n');
const score = scoreDraft(text, gold, speakers, model, draft.speakers);
if (json) console.log(JSON.stringify({ ...score, draftMs: Math.round(ms) }, null, 2));
else {
  console.log(`${rawPath} drafted in ${Math.round(ms)} ms, scored against ${goldPath}:`);
  for (const line of formatScore(score)) console.log(line);
}
