/**
 * `npm run new -- "Title" [--author speaker-id]`: a new reading with its
 * front matter, ready to paste the text into. Never overwrites a file.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DIRS } from '../../site/content-dirs';
import { slugWords } from '../../core/ids';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
let author = flag('author');
const title = args.join(' ').trim();
if (!title) {
  console.error('usage: npm run new -- "The headline" [--author speaker-id]');
  process.exit(2);
}
const slug = slugWords(title).slice(0, 8).join('-');
const path = join(DEFAULT_DIRS.readings, `${slug}.md`);
if (existsSync(path)) {
  console.error(`${path} exists already: choose another title, or edit that file`);
  process.exit(1);
}
// Without --author, the writer of most existing readings is the best guess.
if (!author && existsSync(DEFAULT_DIRS.readings)) {
  const counts = new Map<string, number>();
  for (const f of await readdir(DEFAULT_DIRS.readings)) {
    const m = /^author:\s*(\S+)/m.exec(await readFile(join(DEFAULT_DIRS.readings, f), 'utf8'));
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  author = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
const yaml = (s: string) => JSON.stringify(s);
const today = new Date().toISOString().slice(0, 10);
await mkdir(DEFAULT_DIRS.readings, { recursive: true });
await writeFile(
  path,
  `---
title: ${yaml(title)}
# dek: The subtitle
author: ${author ?? 'your-speaker-id'}
# publication: Where it first appeared
# url: https://…
published: ${today}
speakers: []
# events:
#   hearing: { name: The hearing, date: ${today}, place: … }
# quantities:
#   budget: The city budget
---

Paste the text here, then mark who says what:

:claim[the words someone says]{by=speaker-id}
`,
);
console.log(`created ${path}`);
if (!author) console.log('set author: to the speaker id of the writer (npm run new:speaker -- "Their Name" makes one)');
console.log(`next: npm run dev, then open http://127.0.0.1:4321/readings/${slug}/`);
