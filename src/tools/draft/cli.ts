/**
 * `npm run draft -- <file.txt|.md|.html> [--slug s] [--author id-or-name] [--force] [--dry-run]`:
 * drafts a reading from a raw article. Writes `content/readings/<slug>.md`
 * and a speaker file for each new person or body, then prints what it
 * proposed and what it was unsure of. Every proposed claim carries `draft`
 * until an editor reviews it; `npm run lint:content` lists them.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { ContentError, formatProblem } from '../../core/problems';
import { processReading } from '../../pipeline/index';
import { DEFAULT_DIRS } from '../../site/content-dirs';
import { readContentFile } from '../../site/content-files';
import { loadSpeakers } from '../../site/speakers-dir';
import { draftReading, readArticle } from './draft';
import { commandArgs } from './args';

const USAGE = 'usage: npm run draft -- <article.txt|.md|.html> [--slug slug] [--author speaker-id-or-"Name"] [--force] [--dry-run]';
const { args, flag, has } = commandArgs();
if (has('help')) {
  console.log(`${USAGE}\n\nDrafts a reading from a raw article; see docs/authoring.md.`);
  process.exit(0);
}
const slug = flag('slug');
const author = flag('author');
const force = has('force');
const dryRun = has('dry-run');
const file = args[0];
const unknown = args.find((a) => a.startsWith('--'));
if (!file || args.length > 1 || unknown) {
  console.error(unknown ? `unknown option ${unknown}\n${USAGE}` : USAGE);
  process.exit(2);
}

const started = performance.now();
const root = process.cwd();
const { speakers } = await loadSpeakers(resolve(root, DEFAULT_DIRS.speakers), root);
// The build refuses a file that is not UTF-8, and so does the draft: read as UTF-8, a file saved as
// Windows-1252 loses its curly quotes and currency signs, and with them quotes and figures.
const read = await readContentFile({ name: basename(file), shown: file, path: resolve(root, file) });
if (read.problem) {
  console.error(formatProblem(read.problem));
  process.exit(1);
}
const article = readArticle(read.text!, file);
const draft = draftReading(article, { speakers, ...(author ? { author } : {}), ...(slug ? { slug } : {}) });
const path = join(DEFAULT_DIRS.readings, `${draft.slug}.md`);

// A draft builds as it is: check it with the build's own pipeline before writing anything.
try {
  await processReading(draft.markdown, path, { speakers: draft.speakers, base: '/' });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`the draft would not build (please report this with the article):\n${error.problems.map(formatProblem).join('\n')}`);
  process.exitCode = 1;
}
const ms = Math.round(performance.now() - started);

if (!dryRun && !process.exitCode) {
  if (existsSync(path) && !force) {
    console.error(`${path} exists already: pass --slug another-slug, or --force to replace it`);
    process.exit(1);
  }
  await mkdir(DEFAULT_DIRS.readings, { recursive: true });
  await mkdir(DEFAULT_DIRS.speakers, { recursive: true });
  await writeFile(path, draft.markdown);
  for (const [id, yaml] of draft.speakerFiles) {
    const p = join(DEFAULT_DIRS.speakers, `${id}.yaml`);
    if (!existsSync(p)) await writeFile(p, yaml);
  }
  console.log(`created ${path}${draft.speakerFiles.size ? ` and ${draft.speakerFiles.size} speaker file${draft.speakerFiles.size === 1 ? '' : 's'} in ${DEFAULT_DIRS.speakers}/` : ''} (${ms} ms)`);
} else if (dryRun) console.log(draft.markdown);
for (const line of draft.report) console.log(line);
if (!dryRun && !process.exitCode) console.log(`next: review each claim marked draft (npm run lint:content -- ${path} lists them), remove "draft" from those you accept, then npm run dev`);
