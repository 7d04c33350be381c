/**
 * `npm run lint:content [files…] [--json]`: lints readings (all of them by
 * default), prints `path:line:column: message (rule)` and each reading's
 * attribution coverage, and exits 1 when there are findings. A reading
 * whose front matter is invalid is not linted: its problems print as the
 * build prints them (`path:line:column: message`) and the command exits 1.
 * It never runs as part of the build, so it never blocks one.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { formatProblem } from '../../core/problems';
import { DEFAULT_DIRS, READING_FILE } from '../../site/content-dirs';
import { loadSpeakers } from '../../site/speakers-dir';
import { lintReading, share, type LintResult } from './lint';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = process.cwd();
let files = args.filter((a) => !a.startsWith('--'));
if (!files.length) files = (await readdir(resolve(root, DEFAULT_DIRS.readings))).filter((f) => READING_FILE.test(f)).sort().map((f) => join(DEFAULT_DIRS.readings, f));

const { speakers, problems } = await loadSpeakers(resolve(root, DEFAULT_DIRS.speakers), root);
if (problems.length) console.error(`(speaker files have problems; \`npm run build\` reports them)`);

const results: LintResult[] = [];
for (const f of files) results.push(lintReading(await readFile(resolve(root, f), 'utf8'), relative(root, resolve(root, f)), speakers));

const total = results.reduce(
  (t, r) => ({ statements: t.statements + r.coverage.statements, attributed: t.attributed + r.coverage.attributed, numbers: t.numbers + r.coverage.numbers, sourced: t.sourced + r.coverage.sourced }),
  { statements: 0, attributed: 0, numbers: 0, sourced: 0 },
);
const findings = results.flatMap((r) => r.findings);
const invalid = results.flatMap((r) => r.problems ?? []);

if (json) {
  console.log(JSON.stringify({ readings: results, overall: total, findings: findings.length }, null, 2));
} else {
  for (const p of invalid) console.log(formatProblem(p));
  for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} (${f.rule})`);
  if (findings.length || invalid.length) console.log('');
  for (const r of results) {
    if (r.problems) {
      console.log(`${r.file}: not linted until its front matter is fixed`);
      continue;
    }
    console.log(`${r.file}: quotations and reported statements in claims ${share(r.coverage.attributed, r.coverage.statements)}; numbers with a source other than the author ${share(r.coverage.sourced, r.coverage.numbers)}`);
  }
  if (results.length > 1) console.log(`overall: statements ${share(total.attributed, total.statements)}; numbers ${share(total.sourced, total.numbers)}`);
  const fm = invalid.length ? `; ${invalid.length} front-matter problem${invalid.length === 1 ? '' : 's'}` : '';
  console.log(`${findings.length} finding${findings.length === 1 ? '' : 's'} in ${results.length} reading${results.length === 1 ? '' : 's'}${fm}`);
}
process.exitCode = findings.length || invalid.length ? 1 : 0;
