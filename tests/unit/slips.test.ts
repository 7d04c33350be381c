/**
 * Small slips that used to pass silently, or crash, or mislead: each now
 * reads as the author meant, or stops the build at its place.
 */
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { SpeakerId } from '../../src/core/ids';
import { bodyHtml, type ReadingModel, type Speaker } from '../../src/core/model';
import { formatProblem, ContentError } from '../../src/core/problems';
import { processReading } from '../../src/pipeline/index';
import { loadSpeakers } from '../../src/site/speakers-dir';

let speakers: ReadonlyMap<SpeakerId, Speaker>;
beforeAll(async () => {
  const root = join(import.meta.dirname, '../fixtures');
  const base = (await loadSpeakers(join(root, '_speakers'), root)).speakers;
  speakers = new Map([...base, ['jose' as SpeakerId, { id: 'jose' as SpeakerId, name: 'José Núñez', kind: 'person', aliases: [] }]]);
});
const FRONT = '---\ntitle: T\nauthor: author\n---\n\n';
const build = (body: string) => processReading(FRONT + body + '\n', 't.md', { speakers, base: '/' });
/** The problems a whole file gets, as the build prints them; none is ''. */
async function problemsIn(source: string): Promise<string> {
  try {
    await processReading(source, 't.md', { speakers, base: '/' });
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
    throw error;
  }
  return '';
}
const problems = (body: string) => problemsIn(FRONT + body + '\n');

test('a name typed with decomposed accents (NFD) is still the speaker', async () => {
  const model = await processReading('---\ntitle: T\nauthor: author\nspeakers: [jose]\n---\n\nThen ' + 'José Núñez'.normalize('NFD') + ' spoke.\n', 't.md', { speakers, base: '/' });
  expect(model.mentioned).toEqual(['jose']);
});

test('a claim inside a link: the link stays one link, the claim’s marker follows it', async () => {
  const html = bodyHtml(await build('See [:claim[“the plan”]{by=mayor}](https://example.org/plan) now.'));
  expect(html).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /);
  expect(html).toMatch(/<\/span><\/a><a href="#attribution-mayor-the-plan" class="claim-mark"/);
});

test('a decimal comma in value= is an error with the fix, never fifteen', async () => {
  expect(await problems('Growth of :num[one and a half per cent]{value=1,5}.')).toContain('t.md:6:11: value="1,5" of :num is not a number or a date\n    hint: write decimals with a point (value=1.5)');
  const model: ReadingModel = await build('About :num[four thousand]{value=4,000} people.');
  expect(model.numbers[0]!.value).toBe(4000);
});

test('a claim of two paragraphs keeps the space between them', async () => {
  const model = await build(':::claim{by=mayor}\nFirst paragraph.\n\nSecond paragraph.\n:::');
  expect(model.claims[0]!.text).toBe('First paragraph. Second paragraph.');
});

test('nested blocks: closed ones build; equal colons are named as such, not as unclosed', async () => {
  const model = await build('::::claim{by=mayor}\nOuter.\n\n:::claim{by=critic}\nInner.\n:::\n::::');
  expect(model.claims.map((c) => c.by)).toEqual(['mayor', 'critic']);
  const same = await problems(':::claim{by=mayor}\nOuter.\n\n:::claim{by=critic}\nInner.\n:::\n:::');
  expect(same).toContain('t.md:12:1: a stray ":::" line: no block is open here');
  expect(same).not.toContain('unclosed');
});

test('a space between ] and { says so, instead of only "missing by="', async () => {
  expect(await problems('The mayor said :claim[the words] {by=mayor} and more.')).toContain('the {…} after it is separated by a space, so it is read as text: write :claim[…]{by=…} with no space before {');
});

test('an inner block left open is an error only where the outer fence closes it, not where its block quote ends', async () => {
  expect(await problems('::::claim{by=mayor}\nOuter.\n\n:::claim{by=critic}\nInner, never closed.\n\nBack to the mayor.\n::::')).toContain('t.md:9:1: unclosed ":::claim" block: the block around it closes it');
  expect(await problems('::::claim{by=mayor}\nOuter.\n\n> :::claim{by=critic}\n> Inner, in a block quote.\n\nBack to the mayor.\n::::')).toBe('');
});

test('a word that opens a sentence ("First", "Finally") is no first name that would unlink a speaker for the whole reading', async () => {
  const model = await processReading('---\ntitle: T\nauthor: author\nspeakers: [mayor, critic]\n---\n\nFirst Ortiz spoke. Finally Okafor answered. Later Ortiz left.\n', 't.md', { speakers, base: '/' });
  expect(model.blocks[0]).toContain('data-speaker="mayor"');
  expect(model.blocks[0]).toContain('data-speaker="critic"');
});

test('a broken quote in note= is reported as itself, not as a missing by=', async () => {
  const found = await problems('He said :claim[words]{by=mayor note="unclosed} and more.');
  expect(found).toContain('the attributes after :claim[…] could not be read: a quotation mark (") is not closed');
  expect(found).not.toContain('missing by=');
});

test('an invisible control character in the text or the title is located', async () => {
  expect(await problems('A bell\u0007 here.')).toContain('t.md:6:7: an invisible control character (U+0007) in the text');
  try {
    await processReading('---\ntitle: "Bell\\u0007"\nauthor: author\n---\n\nText.\n', 'u.md', { speakers, base: '/' });
    expect.unreachable();
  } catch (error) {
    expect((error as Error).message).toContain('holds an invisible control character (U+0007); remove it');
  }
});

test('an attribute given twice is an error, not the last one silently', async () => {
  expect(await problems(':claim[Words]{by=mayor by=critic}')).toContain('t.md:6:1: by= is given twice on :claim');
  expect(await problems(':claim[Words]{#a id=b by=mayor}')).toContain('the id (#…, id=) is given twice on :claim');
  expect(await problems(':::claim{by=mayor by=critic}\nWords.\n:::')).toContain('by= is given twice on :::claim');
  expect(await problems('The mayor said :claim[“a :claim[nested]{by=critic} word”]{by=mayor note="by=x by=y"}.')).toBe('');
});

test('empty and invisible content is reported: a claim of zero-width spaces, a :num with no figure, a source with a NUL', async () => {
  expect(await problems(':claim[\u200B]{by=mayor}')).toContain('empty claim');
  expect(await problems('About :num{value=5} people.')).toContain('empty :num: readers would see no number');
  expect(await problems(':claim[Words]{by=mayor source="https://example.org/a\u0000b"}')).toContain('an invisible control character (U+0000)');
});

test('a name two speakers of the reading share is an error at each of its mentions', async () => {
  const kims = new Map([
    ...speakers,
    ['kim-a' as SpeakerId, { id: 'kim-a' as SpeakerId, name: 'Kim Ahn', kind: 'person', aliases: ['Kim'] } as Speaker],
    ['kim-b' as SpeakerId, { id: 'kim-b' as SpeakerId, name: 'Kim Bae', kind: 'person', aliases: ['Kim'] } as Speaker],
  ]);
  try {
    await processReading('---\ntitle: T\nauthor: author\nspeakers: [kim-a, kim-b]\n---\n\nWe heard Kim speak, then\nKim again, and *Kim* a third time.\n', 't.md', { speakers: kims, base: '/' });
    expect.unreachable();
  } catch (error) {
    const found = (error as ContentError).problems.map(formatProblem).join('\n');
    expect(found).toContain('t.md:7:10: "Kim" is a name of more than one speaker here (kim-a, kim-b)');
    expect(found).toContain('t.md:8:1: "Kim"');
    expect(found).toContain('t.md:8:17: "Kim"');
    expect(found).toContain('mark this mention with :speaker[Kim]{ref=…}');
  }
});

test('a block written with a slip is an error at its line saying which slip, never the author’s words', async () => {
  const found = await problems(
    [':::claim {by=mayor}', 'The plan costs $5bn.', ':::', '', '::: claim{by=mayor}', 'Six.', ':::', '', '::claim[Seven.]{by=mayor}.', '', 'Text ::claim[Eight.]{by=mayor} more.', '', ':::claim{by=mayor note="oops}', 'Nine.', ':::'].join('\n'),
  );
  expect(found).toContain('t.md:6:1: this line opens like a ":::claim" block but is not one (a space before its attributes), so its words would read as the author\'s\n    hint: write it with nothing between the name and the bracket: :::claim{by=mayor}');
  expect(found).toContain('t.md:10:1: this line opens like a ":::claim" block but is not one (a space between ":::" and "claim")');
  expect(found).toContain('t.md:14:1: this line opens like a "::claim" block but is not one (words after it on its line)');
  expect(found).toContain('hint: a ::claim block stands alone on its line; inside a sentence a claim takes one colon: :claim[the words]{…}');
  expect(found).toContain('t.md:16:6: "::claim" inside a sentence');
  expect(found).toContain('t.md:18:1: this line opens like a ":::claim" block but is not one (a quotation mark (") in its attributes is not closed)');
  // Colons that are prose or escaped stay prose.
  expect(await problems('Ratio 3::1 and std::vector here.\n\n\\:::claim is how a block opens.')).toBe('');
});

test('a figure’s src is a path on this site: //host/… and /\\host/… (another site to a browser) are errors', async () => {
  expect(await problems(':::figure{src=//evil.example/pixel.png alt="A"}\nCaption.\n:::')).toContain('expected a path under public/, like /images/photo.jpg (one slash at the start: //host/… is another site)');
  expect(await problems(':::figure{src=/\\evil.example/pixel.png alt="A"}\nCaption.\n:::')).toContain('expected a path under public/');
  expect(await problems(':::figure{src=/images/photo.jpg alt="A"}\nCaption.\n:::')).toBe('');
});

test('a claim’s lang= says how its numerals are written, not the reading’s', async () => {
  const german = await processReading('---\ntitle: T\nauthor: author\nlang: de\n---\n\nEr sagte :claim[“We will spend $1,500 on 12,000 homes.”]{by=mayor lang=en} und 1.000 Euro.\n', 't.md', { speakers, base: '/' });
  expect(german.numbers.map((n) => [n.text, n.value])).toEqual([['$1,500', 1500], ['12,000', 12000], ['1.000 Euro', 1000]]);
  const english = await build('She said :claim[„Wir zahlen 2,5 Millionen Euro für 12.000 Wohnungen“]{by=mayor lang=de} and 1,000 more.');
  expect(english.numbers.map((n) => [n.text, n.value])).toEqual([['2,5 Millionen Euro', 2500000], ['12.000', 12000], ['1,000', 1000]]);
});

test('a chain that cannot be: the speaker relaying herself, the author in via=', async () => {
  expect(await problems(':claim[words]{by=mayor via=critic,mayor}')).toContain('via= names mayor, who is the claim\'s speaker (by=mayor): nobody relays their own words');
  expect(await problems(':claim[words]{by=mayor via=author}')).toContain('via= names author, the reading\'s author, who ends every chain already');
  // A speaker quoting the author's own earlier report, and the author relaying a speaker, are chains that can be.
  expect(await problems(':claim[The critic said, quoting our report, :claim[the city is broke]{by=author}]{by=critic}')).toBe('');
  expect(await problems(':claim[As :claim[the mayor said]{by=mayor}, it is so]{by=author}')).toBe('');
});

test('errors that used to mislead: a name for an id, an unclosed front matter, a quantity key that is no id', async () => {
  // The speaker's name where her id goes: one problem, naming the id; never the stand-in "author".
  const named = await problemsIn('---\ntitle: T\nauthor: Dana Reporter\n---\n\nText.\n');
  expect(named).toBe('t.md:3:9: front matter: "author" is "Dana Reporter"\n    hint: that is the name of the speaker whose id is "author"; author: takes ids: write author');
  expect(await problems(':claim[words]{by=sam-okafor}')).toContain('hint: "sam-okafor" is how Sam Okafor is named: did you mean "critic"?');
  expect(await problemsIn('---\ntitle: T\nauthor: author\n\nText.\n')).toContain('t.md:1:1: the front matter is never closed: no "---" line after its fields');
  expect(await problemsIn('---\ntitle: T\nauthor: author\nquantities:\n  Homes: homes built\n---\n\nText.\n')).toContain('t.md:5:3: front matter: "Homes" under quantities is not an id\n    hint: ids are lower-case letters, digits and hyphens: write homes:, and use that id where you refer to it (q=homes)');
});

test(':num’s unit= agrees with its words or says why not', async () => {
  const model = await build('A :num[1.2m]{unit=m} wall, :num[around 40]{unit=%} of votes, :num[ten]{unit=eur} spent.');
  expect(model.numbers.map((n) => [n.text, n.kind, n.value, n.unit])).toEqual([
    ['1.2m', 'count', 1.2, 'm'],
    ['around 40', 'percent', 40, '%'],
    ['ten', 'currency', 10, 'EUR'],
  ]);
  expect(await problems('It cost :num[€5]{unit=USD}.')).toContain('unit=USD on :num[€5], whose words are in EUR\n    hint: leave unit= out (the words say the currency), or write the amount in USD');
});

test('what the review of these checks found: prose with colons stays prose; an ambiguous currency takes unit=', async () => {
  for (const prose of ['see Foo::claim[0] too', 'The Rust path ::core::num[3] here', ':: A note from the editor ::', '::new() creates one', '::names and ::numbers', '- ::name the list', '| a | b |\n|---|---|\n| x::name[y] | z |'])
    expect(await problems(prose), prose).toBe('');
  const model = await build('China will spend :num[¥500 billion]{unit=CNY} and :num[$5 billion]{unit=CAD}.');
  expect(model.numbers.map((n) => n.unit)).toEqual(['CNY', 'CAD']);
  // A thematic break at the top of a file is no front matter left open.
  await expect(processReading('---\n\nText.\n', 't.md', { speakers, base: '/' })).rejects.toSatisfy((error) => error instanceof ContentError && error.problems[0]!.message === 'the reading has no front matter');
});
