/**
 * `npm run new:speaker -- "Name" [--role "…"] [--kind person]`: a speaker
 * file named after them. Never overwrites a file.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_DIRS } from '../../site/content-dirs';
import { slugWords } from '../../core/ids';
import { SpeakerKindSchema } from '../../core/schemas/speaker';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const role = flag('role');
const kind = SpeakerKindSchema.safeParse(flag('kind') ?? 'person');
const name = args.join(' ').trim();
if (!name || !kind.success) {
  console.error(`usage: npm run new:speaker -- "Their Name" [--role "What the text calls them"] [--kind ${SpeakerKindSchema.options.join('|')}]`);
  process.exit(2);
}
const id = slugWords(name).join('-');
const path = join(DEFAULT_DIRS.speakers, `${id}.yaml`);
if (existsSync(path)) {
  console.error(`${path} exists already: the speaker id "${id}" is taken`);
  process.exit(1);
}
const last = name.split(/\s+/).at(-1);
await mkdir(DEFAULT_DIRS.speakers, { recursive: true });
await writeFile(
  path,
  `name: ${JSON.stringify(name)}
kind: ${kind.data}
role: ${JSON.stringify(role ?? 'The role the text gives them')}
# Other forms of the name in the text, linked like the name itself:
aliases: [${kind.data === 'person' && last && last !== name ? JSON.stringify(last) : ''}]
`,
);
console.log(`created ${path}: use it as by=${id}`);
