import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { lintReading } from '../../src/tools/lint/lint';
import { loadSpeakers } from '../../src/site/speakers-dir';

const { speakers } = await loadSpeakers('tests/fixtures/_speakers', '.');
const HEAD = '---\ntitle: T\nauthor: author\nspeakers: [mayor, critic]\nquantities:\n  budget: Budget\n---\n\n';
const lint = (body: string, head = HEAD) => lintReading(head + body + '\n\nLena Ortiz and Sam Okafor. :num[1]{q=budget}\n', 'r.md', speakers);
const rules = (body: string) => lint(body).findings.map((f) => f.rule);

describe('sentences that must be flagged', () => {
  test.each([
    ['a quotation outside every claim', 'The mayor replied: “We will not raise taxes this year.”', 'quote-outside-claim'],
    ['a quotation over several sentences', '“We will not. We cannot. We should not.”', 'quote-outside-claim'],
    ['a quotation in guillemets', 'Le maire a répondu : « Nous n’augmenterons pas les impôts. »', 'quote-outside-claim'],
    ['a quotation in German marks', 'Der Bürgermeister sagte: „Wir erhöhen die Steuern nicht.“', 'quote-outside-claim'],
    ['a quotation in corner brackets', '市長は「増税はしない」と述べた。', 'quote-outside-claim'],
    ['"said" with no claim', 'The budget is too small, the councillor said on Monday.', 'reporting-phrase'],
    ['"according to" with no claim', 'According to the audit office the works overran badly.', 'reporting-phrase'],
    ['"officials say"', 'The pumps will be ready by spring, officials say.', 'reporting-phrase'],
    ['"warned"', 'He warned that the river would rise again.', 'reporting-phrase'],
    ['a reporting phrase in a sentence whose claim is far away', ':claim[Taxes will rise]{by=mayor}, and later, after a long debate that went on for most of the evening and into the night, the opposition told reporters it would fight.', 'reporting-phrase'],
    ['a number outside claims in a reporting sentence', 'The mayor said :claim[the plan works]{by=mayor} and that 12,000 homes are safe.', 'number-outside-claim'],
    ['a person-like name that matches no speaker', 'Councillor Maria Jensen walked out.', 'unknown-name'],
    ['a claim that opens a quotation and does not close it', 'The mayor said :claim[“No library will close on my watch.]{by=mayor}”', 'unbalanced-quote'],
    ['a claim that opens a quotation at the end of its paragraph, and the next does not go on with it', 'The mayor said :claim[“No library will close on my watch.]{by=mayor}\n\nThe council met.', 'unbalanced-quote'],
    ['a quotation of two paragraphs in two inline claims (one :::claim block reads it as a quote)', ':claim[“We will not close a library.]{by=mayor}\n\n:claim[“Nor a school.”]{by=mayor}', 'unbalanced-quote'],
    ['a claim that closes a quotation it did not open', 'The mayor said “:claim[No library will close on my watch.”]{by=mayor}', 'unbalanced-quote'],
  ])('%s', (_, body, rule) => {
    expect(rules(body)).toContain(rule);
  });

  test('a declared speaker never mentioned, a declared quantity never used', () => {
    const result = lintReading('---\ntitle: T\nauthor: author\nspeakers: [mayor, critic]\nquantities:\n  budget: Budget\n---\n\nSam Okafor spoke.\n', 'r.md', speakers);
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['1:1 speaker-never-mentioned', '1:1 quantity-never-used']);
  });

  test('a speaker’s name in the text, not in the reading’s speakers', () => {
    expect(lintReading('---\ntitle: T\nauthor: author\nspeakers: [agency]\n---\n\nThe Water Agency published nothing.\n', 'r.md', speakers).findings.map((f) => f.rule)).toEqual([]);
    expect(lintReading('---\ntitle: T\nauthor: author\n---\n\nLena Ortiz spoke.\n', 'r.md', speakers).findings.map((f) => f.rule)).toEqual(['unlisted-speaker']);
  });
});

describe('sentences that must not be flagged', () => {
  test.each([
    ['plain narrative', 'The council met on Tuesday 10th April in the old hall.'],
    ['numbers in narrative', 'The river rose by 3 metres and 1,200 homes were flooded in 2019.'],
    ['a quotation inside a claim', 'She said: :claim[“We will not raise taxes.”]{by=mayor}'],
    ['the phrase that introduces a claim', 'The councillor said :claim[the budget is too small]{by=critic}.'],
    ['the tag after a quoted claim', ':claim[“The budget is too small”]{by=critic}, said Sam Okafor, the opposition councillor.'],
    ['"according to" before its claim', 'According to the mayor, :claim[the works are on time]{by=mayor}.'],
    ['a number inside the claim', 'The mayor said :claim[12,000 homes are safe]{by=mayor}.'],
    ['the noun "claim"', 'Their claim to be ready is doubtful.'],
    ['French quotations, one short', 'Il a dit :claim[«Si»]{by=mayor}, a dit Ortiz. Puis elle a ajouté :claim[« non merci »]{by=mayor}.'],
    ['a quote whose marks are both inside', 'The mayor said :claim[“No library will close on my watch.”]{by=mayor}'],
    ['a quote with an apostrophe', 'The mayor said :claim[‘We won’t close a library’]{by=mayor}'],
    ['a title in single marks', 'They met at a round table titled ‘Water rationing in Kerman’ on Monday.'],
    ['a quotation in guillemets inside a claim', 'Le maire a répondu : :claim[« Nous n’augmenterons pas les impôts. »]{by=mayor}'],
    ['places and bodies', 'The European Parliament and the United Nations met in Rome.'],
    ['a marked proper name', 'They live in :name[Camp Ashraf Three] now.'],
    ['a known speaker', 'Mayor Ortiz and Okafor disagreed.'],
  ])('%s', (_, body) => {
    expect(rules(body)).toEqual([]);
  });
});

test('an ignore comment with a reason silences one rule in the next block; without a reason it is a finding itself', () => {
  expect(rules('<!-- lint-ignore reporting-phrase: the headline of a cited report, not a statement -->\nThe report said nothing new.')).toEqual([]);
  expect(rules('<!-- lint-ignore reporting-phrase: only the next block -->\nA calm paragraph.\n\nThe report said nothing new.')).toEqual(['reporting-phrase']);
  expect(rules('<!-- lint-ignore reporting-phrase -->\nThe report said nothing new.')).toEqual(['ignore-without-reason', 'reporting-phrase']);
});

test('coverage counts what is attributed', () => {
  const { coverage } = lint('She said :claim[“we will”]{by=mayor}. He said no. The mayor counted :claim[12 votes]{by=mayor}; the author counted 3 votes.');
  expect(coverage).toEqual({ statements: 3, attributed: 2, numbers: 3, sourced: 1 });
});

describe('the command', () => {
  test('the seed lints clean, with its coverage', () => {
    const out = execFileSync('npx', ['tsx', 'src/tools/lint/cli.ts'], { encoding: 'utf8' });
    expect(out).toContain('content/readings/mek-role-toxify-political-debate.md: quotations and reported statements in claims 100% (16 of 16); numbers with a source other than the author 80% (8 of 10)');
    expect(out).toContain('0 findings in 1 reading');
  }, 30_000);

  test('findings print as path:line:column: message (rule), as JSON on request, and fail the command', () => {
    const r = spawnSync('npx', ['tsx', 'src/tools/lint/cli.ts', 'tests/sites/second/content/readings/riverton-flood-budget.md'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'tests/sites/second/content' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^tests\/sites\/second\/content\/readings\/riverton-flood-budget\.md:\d+:\d+: .+ \([a-z-]+\)$/m);
    const j = spawnSync('npx', ['tsx', 'src/tools/lint/cli.ts', '--json', 'tests/sites/second/content/readings/riverton-flood-budget.md'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'tests/sites/second/content' } });
    const data = JSON.parse(j.stdout);
    expect(data.readings[0].file).toBe('tests/sites/second/content/readings/riverton-flood-budget.md');
    expect(data.findings).toBeGreaterThan(0);
  }, 30_000);
});
