/**
 * `npm run draft`: each case of tests/draft/<case>/ (an `input.txt`, `.md` or
 * `.html`) is drafted with no speakers on the site and compared with
 * `expected.md` and `speakers.yaml` (the new speaker files, one after
 * another); every draft must build as it is. The seed's raw text is drafted
 * and scored against the hand-annotated seed reading.
 * `UPDATE=1 npx vitest run tests/unit/draft.test.ts` rewrites the expected files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bodyHtml } from '../../src/core/model';
import { processReading } from '../../src/pipeline/index';
import { loadSpeakers } from '../../src/site/speakers-dir';
import { draftReading, readArticle } from '../../src/tools/draft/draft';
import { languageOf } from '../../src/tools/draft/language';
import { scoreDraft } from '../../src/tools/draft/score';
import { lintReading } from '../../src/tools/lint/lint';

const root = new URL('../draft/', import.meta.url).pathname;
const project = new URL('../../', import.meta.url).pathname;
const update = process.env.UPDATE === '1';

function expectFile(path: string, actual: string) {
  if (update) writeFileSync(path, actual);
  else {
    expect(existsSync(path), `${path} is missing: run UPDATE=1 npx vitest run tests/unit/draft.test.ts and review it`).toBe(true);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  }
}

describe('draft fixtures', () => {
  for (const name of readdirSync(root).filter((d) => !d.startsWith('_') && !d.includes('.') && d !== 'gold')) {
    test(name, async () => {
      const input = readdirSync(join(root, name)).find((f) => /^input\.(txt|md|html)$/.test(f))!;
      const article = readArticle(readFileSync(join(root, name, input), 'utf8'), input);
      const draft = draftReading(article, { speakers: new Map(), slug: name });
      expectFile(join(root, name, 'expected.md'), draft.markdown);
      expectFile(join(root, name, 'speakers.yaml'), [...draft.speakerFiles].map(([id, yaml]) => `# ${id}.yaml\n${yaml}`).join('---\n'));
      const model = await processReading(draft.markdown, `${name}.md`, { speakers: draft.speakers, base: '/' });
      expect(model.claims.length).toBe(draft.stats.claims);
      expect(model.claims.every((c) => c.draft)).toBe(true);
    });
  }
});

describe('the seed', async () => {
  const { speakers } = await loadSpeakers(join(project, 'content/speakers'), project);
  const raw = readFileSync(join(project, 'tests/sources/000_cade300bc81b7d5f.txt'), 'utf8');
  const goldPath = 'content/readings/mek-role-toxify-political-debate.md';
  const gold = await processReading(readFileSync(join(project, goldPath), 'utf8'), goldPath, { speakers, base: '/' });

  test('drafted from its raw text with no speakers, it finds the hand-annotated claims with the right speakers', async () => {
    const article = readArticle(raw, 'seed.txt');
    const draft = draftReading(article, { speakers: new Map() });
    const model = await processReading(draft.markdown, 'seed.md', { speakers: draft.speakers, base: '/' });
    const text = [article.title, article.dek, ...article.blocks.map((b) => b.text)].join('\n');
    const s = scoreDraft(text, gold, speakers, model, draft.speakers);
    expect(s.quotes.found / s.quotes.total).toBeGreaterThanOrEqual(0.95);
    expect(s.reported.found / s.reported.total).toBeGreaterThanOrEqual(0.6);
    expect(s.rightSpeaker.right / s.rightSpeaker.found).toBeGreaterThanOrEqual(0.9);
    expect(s.draftClaims.unmatched).toEqual([]);
    expect(s.speakers.notSpeakers).toEqual([]);
    // Head and residue: the headline, dek and byline are recognised, the page's prompts dropped.
    expect(article.title).toBe('MEK’s Role Is To Toxify Political Debate On Iran');
    expect(article.dek).toBe('Says Panel Of Experts In The European Parliament');
    expect(article.byline).toBe('Massoud Khodabandeh');
    expect(article.dropped).toEqual(expect.arrayContaining(['You may also like', 'Leave a Comment']));
  });

  test('with the site’s speakers, it reuses their files', () => {
    const draft = draftReading(readArticle(raw, 'seed.txt'), { speakers });
    expect(draft.stats.newSpeakers).toBe(0);
    expect(draft.markdown).toContain('author: massoud-khodabandeh');
  });
});

describe('the draft mark', () => {
  const source = (attrs: string) => `---\ntitle: T\nauthor: maya\n---\n\nShe said :claim[“it works”]{${attrs}}.\n`;
  const speakers = new Map([
    ['maya', { id: 'maya', name: 'Maya Lind', kind: 'person', aliases: [] }],
    ['ana', { id: 'ana', name: 'Ana Ruiz', kind: 'person', aliases: [] }],
  ]) as never;

  test('a drafted claim is marked in the model and the page, and the linter lists it', async () => {
    const model = await processReading(source('by=ana draft'), 'r.md', { speakers, base: '/' });
    expect(model.claims[0]!.draft).toBe(true);
    expect(model.blocks[0]).toContain('data-draft=""');
    const lint = lintReading(source('by=ana draft'), 'r.md', speakers);
    expect(lint.findings.map((f) => f.rule)).toContain('unreviewed-claim');
  });

  test('once reviewed (no draft), it is an ordinary claim', async () => {
    const model = await processReading(source('by=ana'), 'r.md', { speakers, base: '/' });
    expect(model.claims[0]!.draft).toBe(false);
    expect(model.blocks[0]).not.toContain('data-draft');
    expect(lintReading(source('by=ana'), 'r.md', speakers).findings.map((f) => f.rule)).not.toContain('unreviewed-claim');
  });

  test('draft takes no value', async () => {
    await expect(processReading(source('by=ana draft=yes'), 'r.md', { speakers, base: '/' })).rejects.toThrow(/draft/);
  });
});

describe('plain text that reads as Markdown', () => {
  test('a numbered line stays a paragraph that starts with its number, with no backslash showing', async () => {
    const text = 'Budget cuts hit the board\n\n1. The board’s budget is £23m a year.\n\n2) The rest comes from the city.\n\n# of staff: 40.\n';
    const draft = draftReading(readArticle(text, 'input.txt'), { speakers: new Map(), slug: 'numbered' });
    const model = await processReading(draft.markdown, 'numbered.md', { speakers: draft.speakers, base: '/' });
    const html = bodyHtml(model);
    expect(html).not.toContain('\\');
    expect(html).not.toMatch(/<ol|<h1/);
    const paragraphs = [...html.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(paragraphs).toEqual(expect.arrayContaining(['1. The board’s budget is £23m a year.', '2) The rest comes from the city.', '# of staff: 40.']));
  });
});

test('text that names a directive (":claim[hello]", ":num") builds, and shows as written', async () => {
  const text = 'Spam\n\nThe email read ":claim[hello]" and :num in red, at 10:30 on the RE:Budget thread.\n';
  const draft = draftReading(readArticle(text, 'input.txt'), { speakers: new Map(), slug: 'spam' });
  const html = bodyHtml(await processReading(draft.markdown, 'spam.md', { speakers: draft.speakers, base: '/' }));
  expect(html.replace(/<[^>]+>/g, '')).toContain('The email read ":claim[hello]" and :num in red, at 10:30 on the RE:Budget thread.');
});

test('a bare web address or e-mail address in plain text is left as written, so no backslash shows in its link', async () => {
  const text = 'Report\n\nThe full report is at https://example.org/report_2024_final.pdf and www.example.org/a_b*c~d. Write to press_office@example.org for copies.\n';
  const draft = draftReading(readArticle(text, 'input.txt'), { speakers: new Map(), slug: 'report' });
  expect(draft.markdown).toContain('https://example.org/report_2024_final.pdf');
  const html = bodyHtml(await processReading(draft.markdown, 'report.md', { speakers: draft.speakers, base: '/' }));
  expect(html).not.toContain('\\');
  expect(html).toContain('href="https://example.org/report_2024_final.pdf"');
  expect(html).toContain('press_office@example.org');
  // Outside an address, the same marks are still escaped.
  expect(draftReading(readArticle('Report\n\nIt was a *great* day_2.\n', 'input.txt'), { speakers: new Map(), slug: 'r' }).markdown).toContain('\\*great\\* day\\_2');
});

test('a byline’s role is the writer’s role, not the publication; where it was filed from ("in Kyiv") is not part of the name', () => {
  const body = 'The minister resigned on Monday after a long row with the prime minister over the budget and the party.\n';
  const draftOf = (byline: string) => draftReading(readArticle(`Minister quits\n\n${byline}\n\n${body}`, 'input.txt'), { speakers: new Map(), slug: 'quits' });
  const editor = draftOf('By Tom Baker, Political Editor');
  expect(editor.markdown).toContain('author: tom-baker\n');
  expect(editor.markdown).not.toContain('publication:');
  expect(editor.speakerFiles.get('tom-baker')).toContain('role: Political Editor\n');
  const full = draftOf('By Tom Baker, Political Editor, The Valmora Gazette, Monday, March 4, 2025');
  expect(full.markdown).toMatch(/publication: The Valmora Gazette\npublished: 2025-03-04\n/);
  expect(full.speakerFiles.get('tom-baker')).toContain('role: Political Editor, The Valmora Gazette\n');
  const kyiv = draftOf('By Tom Baker in Kyiv');
  expect(kyiv.markdown).toContain('author: tom-baker\n');
  expect(kyiv.markdown).not.toContain('unknown-author');
  expect(draftOf('By Tom Baker | Reuters').markdown).toContain('publication: Reuters\n');
  // A publication whose name holds a role word ("Reporter") is still the publication.
  expect(draftOf('By Tom Baker, The Hollywood Reporter').markdown).toContain('publication: The Hollywood Reporter\n');
});

test('npm run draft refuses a file that is not UTF-8, at its first bad byte, and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'draft-encoding-'));
  cpSync('tests/sites/second/content', join(dir, 'content'), { recursive: true });
  // “We will finish”, she said: €1.2bn. Saved as Windows-1252, the quotes are 0x93 and 0x94, the euro 0x80.
  const article = Buffer.concat([Buffer.from('Works to finish\n\nThe mayor spoke on Monday.\n'), Buffer.from([0x93]), Buffer.from('We will finish'), Buffer.from([0x94]), Buffer.from(', she said: '), Buffer.from([0x80]), Buffer.from('1.2bn.\n')]);
  writeFileSync(join(dir, 'article.txt'), article);
  const env = { ...process.env, CONTENT_DIR: relative(project, join(dir, 'content')) };
  const r = spawnSync('npx', ['tsx', 'src/tools/draft/cli.ts', relative(project, join(dir, 'article.txt'))], { cwd: project, env, encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/article\.txt:4:1: the file is not UTF-8 text/);
  expect(r.stderr).toContain('save it as UTF-8');
  expect(readdirSync(join(dir, 'content', 'readings')).sort()).toEqual(readdirSync('tests/sites/second/content/readings').sort());
}, 60_000);

describe('articles in other languages', () => {
  test('the draft gives the reading the language of its text, so the page reads in that direction', () => {
    const cases: Array<[string, string | undefined]> = [
      ['The council said on Tuesday that the budget for the new year would be cut by a tenth, and that it was not the fault of the city.', undefined],
      ['Le gouvernement a annoncé mardi que le budget de la ville serait réduit, et que les syndicats ne seraient pas consultés pour la réforme.', 'fr'],
      ['El gobierno anunció el martes que el presupuesto de la ciudad se reduciría y que los sindicatos no serían consultados para la reforma.', 'es'],
      ['Die Regierung hat am Dienstag angekündigt, dass der Haushalt der Stadt gekürzt wird und die Gewerkschaften nicht mit am Tisch sind.', 'de'],
      ['قال وزير المالية يوم الثلاثاء إن عجز الموازنة سينخفض في العام المقبل.', 'ar'],
      ['وزیر نیرو گفت که جیره‌بندی آب در کرمان از هفته آینده آغاز می‌شود.', 'fa'],
      ['ראש העיר אמר כי התקציב יקוצץ בשנה הבאה.', 'he'],
    ];
    for (const [text, lang] of cases) expect(languageOf(text), text).toBe(lang);
  });

  test('the report of a draft in another language says that the claim rules read English only', () => {
    const report = (text: string) => draftReading(readArticle(text, 'input.txt'), { speakers: new Map(), slug: 'x' }).report.join('\n');
    expect(report('Réforme\n\nLe gouvernement a annoncé mardi que le budget de la ville serait réduit, et que les syndicats ne seraient pas consultés pour la réforme.\n')).toContain('the text is in "fr": the rules that find claims read English only');
    expect(report('Reforma\n\nEl gobierno anunció el martes que el presupuesto de la ciudad se reduciría y que los sindicatos no serían consultados para la reforma.\n')).toContain('the text is in "es": the rules that find claims read English only');
    expect(report('Budget\n\nThe council said on Tuesday that the budget for the new year would be cut by a tenth, and that it was not the fault of the city.\n')).not.toContain('read English only');
  });

  test('a title with no Latin letters takes its slug from the file’s name', () => {
    const article = readArticle('وزير المالية: عجز الموازنة سينخفض\n\nقال وزير المالية يوم الثلاثاء إن عجز الموازنة سينخفض.\n', 'budget-ar.txt');
    expect(draftReading(article, { speakers: new Map() }).slug).toBe('budget-ar');
  });
});

test('a Markdown article keeps its lists, tables, code, images and block quotes; its byline and italic dek are read', async () => {
  const source = readFileSync(join(root, 'markdown', 'input.md'), 'utf8');
  const draft = draftReading(readArticle(source, 'input.md'), { speakers: new Map(), slug: 'markdown' });
  const model = await processReading(draft.markdown, 'markdown.md', { speakers: draft.speakers, base: '/' });
  const html = bodyHtml(model);
  expect(html).toMatch(/<ul>\s*<li>[\s\S]*Bus subsidies fall[\s\S]*<\/li>\s*<li>[\s\S]*Library opening hours/);
  expect(html).toMatch(/<table>[\s\S]*<th>Service<\/th>/);
  expect(html).toMatch(/<blockquote>[\s\S]*data-claim/);
  expect(model.frontmatter).toMatchObject({ author: 'lena-fischer', published: '2024-11-21', dek: 'Spending falls 3% in real terms; libraries spared, buses cut' });
  // The photo credit in the image's text is nobody's claim.
  expect([...draft.speakers.keys()]).not.toContain('j-doe');
});

describe('what the draft must not take for something else', () => {
  const draftOf = (text: string, name = 'input.txt') => draftReading(readArticle(text, name), { speakers: new Map(), slug: 'case' });
  const claimsOf = (md: string) => [...md.matchAll(/:claim\[(.*?)\]\{by=([a-z0-9-]+)/g)].map((m) => `${m[2]}: ${m[1]}`);

  test('"He added" after a paragraph that only mentions someone is still the speaker before', () => {
    const d = draftOf('Port closes\n\nBy Clara Mendes\n\nThe port will close, Mayor Jonas Keller said.\n\n"We have no money left," Keller said.\n\nThe decision follows a report by Anna Ruiz, an independent auditor, published in May.\n\nHe added that the workers would be offered new jobs.\n');
    expect(claimsOf(d.markdown)).toContain('jonas-keller: the workers would be offered new jobs');
  });

  test('a bold lede is a paragraph, not the dek; a line that starts with "Von" is no byline', async () => {
    const d = draftOf('# Port closes\n\n**The port will close, Mayor Jonas Keller said on Monday.**\n\n“We have no money left,” Keller said.\n', 'input.md');
    expect(d.markdown).not.toMatch(/^dek:/m);
    expect(claimsOf(d.markdown)).toContain('jonas-keller: “We have no money left,”');
    const v = draftOf('Brussels vote\n\nVon der Leyen wins a second term\n\nThe parliament voted on Thursday, and the result was close, as many had expected it would be.\n');
    expect(v.markdown).not.toMatch(/^author: der/m);
  });

  test('a transcript label’s brackets after a name say a party, not who speaks', () => {
    const d = draftOf('Hearing\n\nJONAS KELLER (Green): The port must close. We have no money.\n\nANNA RUIZ (Labour): It must not. The money is there.\n');
    expect(d.markdown).toContain('{by=jonas-keller kind=quote draft}');
    expect(d.markdown).not.toContain('by=green');
  });

  test('a title takes no place or day before it; a public body is not a news outlet', () => {
    const d = draftOf('Summit\n\nBy Clara Mendes\n\nIn Paris President Emmanuel Macron said the summit had failed. Keller told the Environment Agency that the river was clean.\n\nJonas Keller, the port chief, spoke last.\n');
    expect([...d.speakerFiles.entries()].find(([id]) => id === 'emmanuel-macron')?.[1]).toContain('role: President\n');
    expect(d.markdown).not.toContain('via=');
  });

  test('a French article of a few paragraphs is French', () => {
    expect(languageOf('La réforme des retraites a été adoptée jeudi soir par les députés. Le gouvernement dit que le texte est juste. Les syndicats ne sont pas d’accord et appellent à une nouvelle journée de grève dans tout le pays.')).toBe('fr');
    expect(languageOf('قال وزير المالية پرویز إن العجز سينخفض في العام المقبل حسب التقرير الرسمي للحكومة.')).toBe('ar');
  });
});

describe('what the draft must not take for something else, continued', () => {
  const draftOf = (text: string) => draftReading(readArticle(text, 'input.txt'), { speakers: new Map(), slug: 'case' });
  test('a party in a transcript label’s brackets is nobody’s alias; a role before a name in brackets is the role', () => {
    const d = draftOf('Hearing\n\nMR KELLER (Green): The port must close. We have no money.\n\nThe Prime Minister (Rishi Sunak): It must not. The money is there.\n');
    const files = [...d.speakerFiles.values()].join('\n');
    expect(files).not.toMatch(/- Green/);
    expect(files).toContain('name: Rishi Sunak');
    expect(d.markdown).toContain('{by=rishi-sunak kind=quote draft}');
  });
  test('"she added" after an inverted frame is its speaker; titles keep a nationality; a news agency keeps its name', () => {
    const d = draftOf('Budget\n\nBy Clara Mendes\n\nMayor Jonas Keller opened the meeting on Monday.\n\n“We have no money,” said Anna Ruiz, the treasurer. She added that the reserves were gone.\n\nFrench President Emmanuel Macron told the Fars News Agency that “nothing was decided”.\n');
    expect(d.markdown).toContain('{by=anna-ruiz draft}');
    expect(d.markdown).not.toMatch(/the reserves were gone\]\{by=jonas-keller/);
    expect(d.speakerFiles.get('emmanuel-macron')).toContain('role: French President');
    expect(d.markdown).toContain('via=fars-news-agency');
  });
  test('a split quotation runs to its own closing mark, past an apostrophe at a word’s end', () => {
    const d = draftOf('Plan\n\nBy Clara Mendes\n\n“The plan,” Jonas Keller said, “isn’t dead. The workers’ jobs are safe.” He left.\n');
    expect(d.markdown).toContain(':claim[“The plan,” Jonas Keller said, “isn’t dead. The workers’ jobs are safe.”]');
  });
});

test('a common noun is a speaker of its reading alone: another reading’s prosecutors are other people', () => {
  const speakers = new Map([['prosecutors', { id: 'prosecutors', name: 'Prosecutors', kind: 'group', aliases: [] }]]) as never;
  const text = 'Council fraud trial opens\n\nProsecutors said the council leader had taken bribes for years.\n';
  const draft = draftReading(readArticle(text, 'input.txt'), { speakers, slug: 'council-fraud' });
  expect(draft.markdown).toContain('{by=council-fraud-prosecutors draft}');
  expect(draft.speakerFiles.get('council-fraud-prosecutors')).toContain('name: Prosecutors');
  // A body's name that only ever starts a sentence is still its name: the site's file is reused.
  const unicef = new Map([['unicef', { id: 'unicef', name: 'Unicef', kind: 'organisation', aliases: [] }]]) as never;
  const appeal = draftReading(readArticle('Appeal\n\nUnicef, the UN children’s agency, said that the camps were overcrowded.\n', 'input.txt'), { speakers: unicef, slug: 'appeal' });
  expect(appeal.markdown).toContain('{by=unicef draft}');
});

test('npm run draft --help prints its usage; an unknown option is refused with it', () => {
  const help = spawnSync('npx', ['tsx', 'src/tools/draft/cli.ts', '--help'], { cwd: project, encoding: 'utf8' });
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('usage: npm run draft -- <article.txt|.md|.html>');
  const bad = spawnSync('npx', ['tsx', 'src/tools/draft/cli.ts', 'article.txt', '--slgu', 'x'], { cwd: project, encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('unknown option --slgu');
}, 60_000);

describe('who a pronoun and a quotation belong to', () => {
  const draftOf = (text: string) => draftReading(readArticle(`Case\n\nBy Clara Mendes\n\n${text}`, 'input.txt'), { speakers: new Map(), slug: 'case' });
  const claimsOf = (md: string) => [...md.matchAll(/:claim\[(.*?)\]\{by=([a-z0-9-]+)/g)].map((m) => `${m[2]}: ${m[1]}`);

  test('a name after "said" or "told … that" is who is talked about, not the subject that "he" and "she" stand for', () => {
    const d = draftOf('Gordon Pell was convicted last month.\n\nProsecutor Nathan Oyelaran told the court that Pell had taken cash. "It was greed, pure and simple," he said.\n\nJudge Amelia Carrow said Pell had betrayed the town. She said the sums were staggering.\n');
    expect(claimsOf(d.markdown)).toEqual(['nathan-oyelaran: Pell had taken cash', 'nathan-oyelaran: "It was greed, pure and simple,"', 'amelia-carrow: Pell had betrayed the town', 'amelia-carrow: the sums were staggering']);
  });

  test('a quotation framed by a verb of its own, or by one the rules do not know, is not the previous speaker’s', () => {
    const ruiz = '"We will win the league this year," said coach Ana Ruiz.\n\n';
    const cases: Array<[string, string]> = [
      ['"Where will the money come from?" asked rival coach Peter Lee.', 'peter-lee: "Where will the money come from?"'],
      ['"That is complete rubbish," rival coach Peter Lee scoffed.', 'peter-lee: "That is complete rubbish,"'],
      ['"We will see on Saturday," Peter Lee, the rival coach, tweeted.', 'peter-lee: "We will see on Saturday,"'],
      ['"Is this some kind of joke?" Peter Lee, the rival coach, asked.', 'peter-lee: "Is this some kind of joke?"'],
      ['"Nobody can stop them," demurred rival coach Peter Lee.', 'peter-lee: "Nobody can stop them,"'],
    ];
    for (const [second, claim] of cases) {
      const d = draftOf(`${ruiz}${second}\n`);
      expect(claimsOf(d.markdown), second).toEqual(['ana-ruiz: "We will win the league this year,"', claim]);
      expect(d.speakerFiles.get('peter-lee'), second).toContain('role: Rival coach\n');
    }
    // A verb the lexicon does not know: proposed, and said to be a guess.
    expect(draftOf(`${ruiz}"Nobody can stop them," demurred rival coach Peter Lee.\n`).report.join('\n')).toContain('framed by "demurred"');
    // No frame, and someone else named right after: never the speaker before without a word in the report.
    const unframed = draftOf(`${ruiz}"We are finished as a club." Those were the bitter words of striker Tom Baker.\n`);
    expect(unframed.report.join('\n')).toMatch(/unsure:[\s\S]*Tom Baker/);
    // "Shot back that …" reports words; a councilwoman is a role.
    const back = draftOf('Mayor Daniel Okafor spoke first. His challenger, councilwoman Rachel Stein, disputed the figures. Okafor shot back that Stein had voted against the budget.\n');
    expect(claimsOf(back.markdown)).toEqual(['daniel-okafor: Stein had voted against the budget']);
    expect(back.speakerFiles.get('rachel-stein')).toContain('role: Councilwoman\n');
    // Whom a question was put to did not ask it.
    expect(claimsOf(draftOf(`${ruiz}Ruiz was asked: "Will you resign if you lose?"\n`).markdown)).toEqual(['ana-ruiz: "We will win the league this year,"']);
  });

  test('a speech whose paragraphs follow the one that introduces its speaker is hers, and the report says it is a guess', () => {
    const speech = draftOf('Governor Rosalind Achebe-Turner addressed the state legislature on Wednesday.\n\n"I have walked through the mud of Millbrook. I have held the hands of parents who lost everything.\n\n"We will rebuild."\n');
    expect(speech.markdown).toContain(':::claim{by=rosalind-achebe-turner draft}');
    expect(speech.report.join('\n')).toMatch(/unsure:[\s\S]*who speaks in the paragraph before/);
  });

  test('the words of a spokesman, lawyers, family, critics or supporters of someone are theirs, not that person’s; the one told something did not say it', () => {
    const cases: Array<[string, string, string?]> = [
      ['A spokesman for President Emmanuel Macron said the talks had failed.', 'emmanuel-macron-spokesman: the talks had failed', 'Spokesman for Emmanuel Macron'],
      ['"The talks have failed," said a spokesman for President Emmanuel Macron.', 'emmanuel-macron-spokesman: "The talks have failed,"'],
      ['Lawyers for former mayor Ana Ruiz said the charges were baseless.', 'ana-ruiz-lawyers: the charges were baseless', 'Lawyers for Ana Ruiz'],
      ['According to lawyers for Ana Ruiz, the charges are baseless.', 'ana-ruiz-lawyers: the charges are baseless'],
      ['The family of Ana Ruiz said she had been treated unfairly.', 'ana-ruiz-family: she had been treated unfairly', 'Family of Ana Ruiz'],
      ['Critics of Mayor Ana Ruiz said the plan had failed.', 'ana-ruiz-critics: the plan had failed', 'Critics of Ana Ruiz'],
      ['Supporters of Mayor Ana Ruiz said the plan had worked.', 'ana-ruiz-supporters: the plan had worked'],
      ['Tom Baker, a friend of Ana Ruiz, said she was innocent.', 'tom-baker: she was innocent'],
      // A title with "of" is no one speaking for another.
      ['White House Chief of Staff John Kelly said the talks had failed.', 'john-kelly: the talks had failed'],
      ['Council leader Tom Baker was told by Mayor Ana Ruiz that the plan was dead.', 'ana-ruiz: the plan was dead'],
      ['Council leader Tom Baker was telling reporters that the plan was dead.', 'tom-baker: the plan was dead'],
    ];
    for (const [text, claim, role] of cases) {
      const d = draftOf(`${text}\n`);
      expect(claimsOf(d.markdown), text).toEqual([claim]);
      if (role) expect(d.speakerFiles.get(claim.split(':')[0]!), text).toContain(`role: ${role}\n`);
    }
    expect(claimsOf(draftOf('Council leader Tom Baker was told that the plan was dead.\n').markdown)).toEqual([]);
  });

  test('"the official" is the official named before, not another one introduced after', () => {
    const d = draftOf('A senior Treasury official, speaking on condition of anonymity, said the measures were ready. "We are looking at the whole network," the official said.\n\nAnother official said the list included firms in Dubai. That official said allies had been told.\n');
    expect(claimsOf(d.markdown)).toEqual([
      'senior-treasury-official: the measures were ready',
      'senior-treasury-official: "We are looking at the whole network,"',
      'another-official: the list included firms in Dubai',
      'another-official: allies had been told',
    ]);
    const later = draftOf('"We are looking at the whole network," the official said.\n\nAnother official said the list included firms in Dubai.\n');
    expect(claimsOf(later.markdown)).toEqual(['another-official: the list included firms in Dubai']);
  });

  test('"Mayor Ana Ruiz’s spokesman" and "her spokesman" are her spokesman; one whose principal is not found is in the report', () => {
    expect(claimsOf(draftOf("Mayor Ana Ruiz's spokesman said the plan was on track.\n").markdown)).toEqual(['ana-ruiz-spokesman: the plan was on track']);
    expect(claimsOf(draftOf('Mayor Ana Ruiz defended the plan. Her spokesman said the figures would be published.\n').markdown)).toEqual(['ana-ruiz-spokesman: the figures would be published']);
    expect(claimsOf(draftOf('Supporters of Mayor Ana Ruiz said the plan would work, but her opponents said it would fail.\n').markdown)).toEqual(['ana-ruiz-supporters: the plan would work', 'ana-ruiz-opponents: it would fail']);
    expect(claimsOf(draftOf("The company's spokesman said the plan was dead.\n").markdown)).toEqual(['companys-spokesman: the plan was dead']);
    const lost = draftOf('The plan was criticised. Her spokesman said the figures would be published.\n');
    expect(claimsOf(lost.markdown)).toEqual([]);
    expect(lost.report.join('\n')).toMatch(/unsure:[\s\S]*"Her spokesman …": whose spokesman is not found/);
  });
});

test('a role before a name at a sentence’s start is the role, not part of the name', () => {
  const draftOf = (text: string) => draftReading(readArticle(`Case\n\nBy Clara Mendes\n\n${text}\n`, 'input.txt'), { speakers: new Map(), slug: 'case' });
  const claimsOf = (md: string) => [...md.matchAll(/:claim\[(.*?)\]\{by=([a-z0-9-]+)/g)].map((m) => `${m[2]}: ${m[1]}`);
  // A word the lexicon does not know is a role when the name comes again without it.
  for (const role of ['Striker', 'Dancer']) {
    const d = draftOf(`${role} Tom Baker scored twice. "It was a great night," he said.\n\nLater, Tom Baker said the team would win.`);
    expect(claimsOf(d.markdown)).toEqual(['tom-baker: "It was a great night,"', 'tom-baker: the team would win']);
    expect([...d.speakerFiles.keys()]).toEqual(['tom-baker', 'clara-mendes']);
    expect(d.speakerFiles.get('tom-baker')).toContain(`role: ${role}\n`);
  }
  // "the table after substitute Kofi Mensah" is no body's name: he is a person, and speaks.
  const kofi = draftOf('Rovers went top of the table after substitute Kofi Mensah scored late.\n\nMensah, who joined in January, said it was the best moment of his career.');
  expect(claimsOf(kofi.markdown)).toEqual(['kofi-mensah: it was the best moment of his career']);
  expect(kofi.speakerFiles.get('kofi-mensah')).toContain('role: Substitute\n');
});

test('an interview’s answers are the interviewee’s, not the first person its introduction names; a guess is said to be one', () => {
  const draftOf = (intro: string) => draftReading(readArticle(`Case\n\nBy Clara Mendes\n\n${intro}\n\nQ: How has the first year been?\n\nA: Exhausting. We are still short of staff.\n`, 'input.txt'), { speakers: new Map(), slug: 'case' });
  const answerBy = (md: string) => /:claim\[Exhausting[^\]]*\]\{by=([a-z0-9-]+)/.exec(md)?.[1];
  for (const intro of [
    'A year after President Emmanuel Macron appointed her to lead the agency, Ana Ruiz sat down with us in Paris.',
    'Former coach Peter Lee called her "the best manager in the country". We asked Ana Ruiz what she made of that.',
    'Ana Ruiz has led the agency for a year. She spoke to our correspondent in Paris.',
  ]) {
    const d = draftOf(intro);
    expect(answerBy(d.markdown), intro).toBe('ana-ruiz');
    expect(d.report.join('\n'), intro).not.toContain('a guess');
  }
  // "She" after two names is a guess too.
  expect(draftOf('President Emmanuel Macron appointed Ana Ruiz last year. She spoke to our correspondent in Paris.').report.join('\n')).toMatch(/unsure:[\s\S]*the interview's answers \(A:\) are proposed as/);
  const guess = draftOf('A year after President Emmanuel Macron appointed her to lead the agency, Ana Ruiz took up the post.');
  expect(answerBy(guess.markdown)).toBe('ana-ruiz');
  expect(guess.report.join('\n')).toMatch(/unsure:[\s\S]*proposed as Ana Ruiz's, a guess: its introduction names Emmanuel Macron too/);
  // A hearing's transcript has no "A:" turns, so no interviewee to guess.
  const hearing = draftReading(readArticle('Hearing\n\nBy Clara Mendes\n\nSenator Ana Ruiz questioned the minister, Peter Lee, on Tuesday.\n\nRUIZ: Why was the contract signed?\n\nLEE: It was signed because we had no choice.\n', 'input.txt'), { speakers: new Map(), slug: 'hearing' });
  expect(hearing.report.join('\n')).not.toContain("the interview's answers");
});

test('a single-quoted quotation runs past a plural’s possessive to its own closing mark; a scare quote before another quotation still closes', () => {
  const draftOf = (text: string) => draftReading(readArticle(`Case\n\nBy Clara Mendes\n\n${text}\n`, 'input.txt'), { speakers: new Map(), slug: 'case' });
  const claimsOf = (md: string) => [...md.matchAll(/:claim\[(.*?)\]\{by=([a-z0-9-]+)/g)].map((m) => `${m[2]}: ${m[1]}`);
  for (const [open, close] of [["'", "'"], ['‘', '’']]) {
    const q = (s: string) => `${open}${s}${close}`;
    const d = draftOf(`Tom Baker scored twice. ${q('It’s been a tough season,')} he said, ${q(`but the lads${close} spirit has been brilliant.`)}`);
    expect(claimsOf(d.markdown)).toEqual([`tom-baker: ${q('It’s been a tough season,')} he said, ${q(`but the lads${close} spirit has been brilliant.`)}`]);
  }
  const scare = draftOf('A spokesman for Hartshire County Council said the authority faced ‘very difficult choices’ after a cut. ‘The council spends £1.2 million a year on buses,’ he said.');
  expect(claimsOf(scare.markdown)).toContain('hartshire-county-council-spokesman: ‘The council spends £1.2 million a year on buses,’');
});

describe('what was not said is not a claim', () => {
  const draftOf = (text: string) => draftReading(readArticle(`Case\n\nBy Clara Mendes\n\n${text}\n`, 'input.txt'), { speakers: new Map(), slug: 'case' });
  const claimsOf = (md: string) => [...md.matchAll(/:claim\[(.*?)\]\{by=([a-z0-9-]+)/g)].map((m) => `${m[2]}: ${m[1]}`);

  test('a denial, a rejected claim, "neither … nor", "if … says", "will say" propose nothing as said; "X and Y said" is flagged', () => {
    for (const text of [
      'Mayor Ana Ruiz rejected claims that the plan had failed.',
      'Mayor Ana Ruiz dismissed reports that the plan had failed.',
      'Mayor Ana Ruiz denied that she had lied to the council.',
      'Neither Mayor Ana Ruiz nor council leader Tom Baker said the deal was fair.',
      'If Mayor Ana Ruiz says the plan is dead, the council will vote on Monday.',
      'Mayor Ana Ruiz will say in her speech that taxes must rise.',
    ])
      expect(claimsOf(draftOf(text).markdown), text).toEqual([]);
    expect(draftOf('Mayor Ana Ruiz denied that she had lied to the council.').report.join('\n')).toMatch(/unsure:[\s\S]*a denial/);
    const both = draftOf('Mayor Ana Ruiz and council leader Tom Baker said the deal was fair.');
    expect(both.report.join('\n')).toMatch(/unsure:[\s\S]*Ana Ruiz and Tom Baker said it together/);
    // A condition of its own before the subject is no condition on the saying.
    expect(claimsOf(draftOf('If convicted, Ana Ruiz said she would appeal. Neither side moved, and Tom Baker said that talks were over.').markdown)).toEqual(['ana-ruiz: she would appeal', 'tom-baker: talks were over']);
    // "May" the month is no auxiliary.
    expect(claimsOf(draftOf('Mayor Ana Ruiz in May said that the plan would fail.').markdown)).toEqual(['ana-ruiz: the plan would fail']);
    // A company's claims are still a claim, and a name ending in "ed" is no verb.
    expect(claimsOf(draftOf('The company claims that the plan works. Ahmed Khan claims that it does not.').markdown)).toEqual(['case-company: the plan works', 'ahmed-khan: it does not']);
  });
});

test('a name only ever after a preposition of place, with no words of its own, is a place: no speaker file, and the report says so', () => {
  const d = draftReading(readArticle('Floods\n\nBy Clara Mendes\n\nHomes in Ashford Vale were flooded. Residents of Ashford Vale were moved to the school.\n\n"We lost everything," said Amelia Carrow, a teacher.\n', 'input.txt'), { speakers: new Map(), slug: 'floods' });
  expect([...d.speakerFiles.keys()]).not.toContain('ashford-vale');
  expect([...d.speakerFiles.keys()]).toContain('amelia-carrow');
  expect(d.report.join('\n')).toContain('taken for places, not speakers (named only after in, at, from…): Ashford Vale');
});
