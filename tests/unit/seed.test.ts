/**
 * The seed article, annotated: what an editor and a reader rely on in it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { claimsJson } from '../../src/outputs/claims-json';
import { bodyHtml, type ReadingModel } from '../../src/core/model';
import { loadSpeakers } from '../../src/site/speakers-dir';
import { processReading } from '../../src/pipeline/index';
import { attributions } from '../../src/outputs/attribution';

const path = 'content/readings/mek-role-toxify-political-debate.md';
let model: ReadingModel;
let json: ReturnType<typeof claimsJson>;

beforeAll(async () => {
  const { speakers, problems } = await loadSpeakers('content/speakers', '.');
  expect(problems).toEqual([]);
  model = await processReading(readFileSync(path, 'utf8'), path, { speakers, base: '/' });
  json = claimsJson(model, { reading: '/readings/mek-role-toxify-political-debate/' });
});

const claim = (startsWith: string) => {
  const found = json.claims.find((c) => c.text.startsWith(startsWith));
  if (!found) throw new Error(`no claim starts with ${startsWith}`);
  return found;
};

describe('the seed reading', () => {
  test('Torricelli’s 4,000 is his claim, relayed by Anne Khodabandeh, reported by the author', () => {
    const c = claim('there are 4,000 of them');
    expect(c).toMatchObject({
      id: 'robert-torricelli-there-are-4000-of-them',
      url: '/readings/mek-role-toxify-political-debate/#robert-torricelli-there-are-4000-of-them',
      kind: 'paraphrase',
      by: { id: 'robert-torricelli', name: 'Robert Torricelli' },
      via: ['anne-khodabandeh', 'massoud-khodabandeh'],
      parent: claim('“In 2003').id,
      numbers: [{ text: '4,000', value: 4000, kind: 'count', unit: null, quantity: 'mek-members' }],
    });
    const entry = attributions(model).find((a) => a.claim === c.id)!;
    expect(entry.chain.map((x) => `${x.relation} ${x.name}`).join(', ')).toBe('relayed by Anne Khodabandeh, reported by Massoud Khodabandeh');
  });

  test('every quotation is a claim by the person or document it comes from', () => {
    const body = readFileSync(path, 'utf8').split(/^---$/m)[2]!;
    const quotations = [...body.matchAll(/“[^”]+”/g)].map((m) => m[0].replace(/:\w+\[|\]\{[^}]*\}/g, ''));
    expect(quotations.length).toBe(8);
    for (const q of quotations) {
      const inner = q.replace(/^“|”$/g, '');
      const holder = model.claims.find((c) => c.by !== model.author && c.text.includes(inner.slice(0, 40)));
      expect(holder, `quotation ${q.slice(0, 50)}… is not in a claim`).toBeDefined();
    }
    expect(claim('“When the MEK and Maryam Rajavi').by.id).toBe('nicola-pedde');
    expect(claim('“the MEK calls for jihad').by.id).toBe('olsi-jazexhi');
    expect(claim('“…Iranian asylum seekers').by).toMatchObject({ id: 'albanian-police', kind: 'organisation' });
    expect(claim('“…Iranian asylum seekers').kind).toBe('document');
    expect(claim('“We don’t know who they are').by.id).toBe('anne-khodabandeh');
  });

  test('every number in the body is marked and credited to whoever gives it', () => {
    const numbers = json.numbers.map((n) => `${n.text} → ${n.by}${n.unsourced ? ' (unsourced)' : ''}`);
    expect(numbers).toEqual([
      '2013 → massoud-khodabandeh',
      '2016 → massoud-khodabandeh',
      '2,745 → massoud-khodabandeh (unsourced)',
      'Tuesday 10th April → massoud-khodabandeh',
      'over thirty → ana-gomes',
      'over 200 → gerard-deprez',
      'around 70% → nicola-pedde',
      'five → nicola-pedde',
      '2003 → anne-khodabandeh',
      '3,800 → anne-khodabandeh',
      '2,901 → anne-khodabandeh',
      '2,465 → albanian-police',
      '4,000 → robert-torricelli',
      'around fifty → massoud-khodabandeh (unsourced)',
    ]);
    // No digit and no spelled number is left outside a <data> element.
    const outside = bodyHtml(model).replace(/<data [^>]*>.*?<\/data>|<span class="proper-name">.*?<\/span>/g, '').replace(/<[^>]+>/g, '');
    expect(outside).not.toMatch(/\d/);
    expect(outside).not.toMatch(/\b(two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand)\b/i);
  });

  test('the differing counts of MEK members are one quantity', () => {
    const counts = json.numbers.filter((n) => n.quantity === 'mek-members').map((n) => [n.value, n.by, n.asof]);
    expect(counts).toEqual([
      [2745, 'massoud-khodabandeh', '2016-12'],
      [3800, 'anne-khodabandeh', '2003'],
      [2901, 'anne-khodabandeh', null],
      [2465, 'albanian-police', null],
      [4000, 'robert-torricelli', null],
    ]);
  });

  test('Camp Ashraf Three is a name, not a number', () => {
    expect(bodyHtml(model)).toContain('<span class="proper-name">Camp Ashraf Three</span>');
    expect(json.numbers.some((n) => n.text.includes('Three'))).toBe(false);
  });

  test('every named person has a speaker with the role the article gives', () => {
    const roles = Object.fromEntries(json.speakers.map((s) => [s.id, s.role]));
    expect(roles).toMatchObject({
      'anne-khodabandeh': 'UK De-Radicalization consultant',
      'nicola-pedde': 'Director, Institute for Global Studies, Rome',
      'olsi-jazexhi': 'Historian',
      'migena-balla': 'Albanian lawyer who helps former MEK members',
    });
    for (const name of ['Ana Gomes', 'Patricia Lalonde', 'Gérard Deprez', 'John Bolton', 'John McCain', 'Rudy Giuliani', 'Maryam Rajavi', 'Robert Torricelli', 'Massoud Khodabandeh']) {
      expect(json.speakers.map((s) => s.name)).toContain(name);
    }
  });

  test('where the article is unclear about who speaks, a note says so', () => {
    const notes = json.claims.filter((c) => c.note).map((c) => [c.by.id, c.note]);
    expect(notes).toContainEqual(['ana-gomes', 'The article does not make clear whether these two sentences still report Ana Gomes or are the author’s own.']);
    expect(notes).toContainEqual(['migena-balla', 'The article does not make clear whether these sentences still report Migena Balla or are the author’s own.']);
  });

  test('the scraping residue is gone, the captions stay as captions', () => {
    expect(bodyHtml(model)).not.toMatch(/You may also like|Leave a Comment|Home »/);
    expect(bodyHtml(model)).toMatch(/<figure[^>]*data-figure="image"[^>]*>.*<figcaption><p>.*Bolton.* and .*Maryam Rajavi.* in Albania<\/p><\/figcaption><\/figure>/);
    expect(bodyHtml(model)).toMatch(/<figure[^>]*data-figure="video"[^>]*>.*Above: Mojahedin-e Khalq \(MEK\) Threat in Albania – .*Ana Gomes.* MEP/);
  });

  test('the article’s words are kept exactly', () => {
    const seed = readFileSync('tests/sources/000_cade300bc81b7d5f.txt', 'utf8');
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    const original = words(
      seed
        .split('\n')
        .filter((line) => !/^(Home »|You may also like|Leave a Comment|MEK’s Role Is To Toxify Political Debate On Iran$|Says Panel Of Experts)/.test(line))
        .join(' '),
    );
    const rendered = words(bodyHtml(model).replace(/<[^>]+>/g, ' ').replace(/&#x26;/g, '&')).replace(/ ([.,;:”’)?])/g, '$1').replace(/([“‘(]) /g, '$1');
    expect(words(rendered.replace(/ /g, ''))).toBe(words(original.replace(/ /g, '')));
  });
});
