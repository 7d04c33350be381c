import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A deterministic corpus of seed-sized readings for the benchmark: varied
 * text (a seeded generator picks sentences, names and figures), claims,
 * nested claims, numbers, quantities and speakers. The same texts can be
 * written without annotations, for plain Astro to build.
 */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FIRST = ['Ana', 'Tomas', 'Helena', 'Reza', 'Shirin', 'Nicola', 'Olsi', 'Migena', 'Lena', 'Sam', 'Maya', 'Ines', 'Karl', 'Amira', 'Jonas', 'Priya', 'Dmitri', 'Leila', 'Oscar', 'Yuki'];
const LAST = ['Gomes', 'Berg', 'Duarte', 'Karimi', 'Ahmadi', 'Pedde', 'Jazexhi', 'Balla', 'Ortiz', 'Okafor', 'Lindqvist', 'Moreau', 'Weber', 'Haddad', 'Novak', 'Rao', 'Ivanov', 'Farah', 'Lund', 'Sato'];
const ROLES = ['Member of Parliament', 'Historian', 'Lawyer', 'Mayor', 'Minister of Finance', 'Union leader', 'Hydrologist', 'Journalist', 'Economist', 'Spokesperson'];
const SUBJECTS = ['the council', 'the ministry', 'the agency', 'the committee', 'the company', 'the union', 'the court', 'the police', 'the inspectors', 'the auditors'];
const VERBS = ['approved', 'rejected', 'delayed', 'questioned', 'funded', 'investigated', 'defended', 'criticised', 'reviewed', 'published'];
const OBJECTS = ['the flood plan', 'the budget', 'the report', 'the contract', 'the new rules', 'the water tariff', 'the road project', 'the audit', 'the housing scheme', 'the inquiry'];
const FIGURES = ['2,745', '3,800', '€48 million', '$2.3bn', 'around 70%', 'over thirty', 'five', 'more than 200', '12,000', 'nearly 900', '4.5 km', 'two hundred'];
const YEARS = ['2013', '2016', '2019', '2021', 'Tuesday 10th April', 'March 2022'];

export interface CorpusOptions {
  readings: number;
  /** Words per reading, roughly (the seed has about 1,200). */
  words?: number;
  /** Claims per reading, roughly (the seed has 33). */
  claims?: number;
}

const SPEAKERS = FIRST.flatMap((f, i) => LAST.slice(i % 5, (i % 5) + 2).map((l) => `${f} ${l}`));
const idOf = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');

function sentence(r: () => number, pick: <T>(a: T[]) => T): string {
  const s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} in ${pick(YEARS)}, citing ${pick(FIGURES)} ${pick(['cases', 'homes', 'signatures', 'members', 'jobs'])}`;
  return s[0]!.toUpperCase() + s.slice(1) + (r() < 0.5 ? '.' : ', and the debate went on.');
}

/** One reading: annotated markup, and the same words without it. */
export function reading(i: number, options: Omit<CorpusOptions, 'readings'>): { annotated: string; plain: string; title: string } {
  const r = rng(i * 7919 + 17);
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const words = options.words ?? 1200;
  const claims = options.claims ?? 33;
  const title = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} (${i + 1})`.replace(/^./, (c) => c.toUpperCase());
  const author = 'bench-author';
  const speakers = Array.from({ length: 6 }, () => pick(SPEAKERS));
  const paragraphs: Array<{ a: string; p: string }> = [];
  let count = 0;
  let made = 0;
  while (count < words) {
    const parts: Array<{ a: string; p: string }> = [];
    for (let k = 0; k < 3; k++) {
      const s = sentence(r, pick);
      count += s.split(' ').length;
      const roll = r();
      if (made < claims && roll < 0.35) {
        const who = pick(speakers);
        made++;
        if (roll < 0.08 && made < claims) {
          const inner = pick(speakers);
          made++;
          parts.push({ a: `:claim[“${s} :claim[${pick(OBJECTS)} cost :num[${pick(FIGURES)}]{q=cost}]{by=${idOf(inner)}}”]{by=${idOf(who)}} said ${who}.`, p: `“${s} ${pick(OBJECTS)} cost ${pick(FIGURES)}” said ${who}.` });
        } else parts.push({ a: `${who} said :claim[${s}]{by=${idOf(who)}}`, p: `${who} said ${s}` });
      } else if (made < claims && roll < 0.45) {
        made++;
        parts.push({ a: `:claim[${s}]{by=author}`, p: s });
      } else parts.push({ a: s, p: s });
    }
    paragraphs.push({ a: parts.map((x) => x.a).join(' '), p: parts.map((x) => x.p).join(' ') });
  }
  // Keep the plain words identical to the annotated ones where the markup only wraps them.
  const fm = (extra: string) => `---\ntitle: ${JSON.stringify(title)}\nauthor: ${author}\n${extra}---\n\n`;
  return {
    title,
    annotated: fm(`speakers: [${[...new Set(speakers.map(idOf))].join(', ')}]\nquantities:\n  cost: Cost\n`) + paragraphs.map((x) => x.a).join('\n\n') + '\n',
    plain: `---\ntitle: ${JSON.stringify(title)}\n---\n\n` + paragraphs.map((x) => x.p).join('\n\n') + '\n',
  };
}

export async function writeCorpus(dir: string, options: CorpusOptions): Promise<void> {
  await mkdir(join(dir, 'annotated', 'readings'), { recursive: true });
  await mkdir(join(dir, 'annotated', 'speakers'), { recursive: true });
  await mkdir(join(dir, 'plain', 'content'), { recursive: true });
  await writeFile(join(dir, 'annotated', 'speakers', 'bench-author.yaml'), 'name: Bench Author\nrole: Staff writer\n');
  for (const [i, name] of SPEAKERS.entries()) {
    await writeFile(join(dir, 'annotated', 'speakers', `${idOf(name)}.yaml`), `name: ${name}\nrole: ${ROLES[i % ROLES.length]}\naliases: []\n`);
  }
  for (let i = 0; i < options.readings; i++) {
    const r = reading(i, options);
    await writeFile(join(dir, 'annotated', 'readings', `reading-${i + 1}.md`), r.annotated);
    await writeFile(join(dir, 'plain', 'content', `reading-${i + 1}.md`), r.plain);
  }
}
