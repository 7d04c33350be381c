/**
 * Attribution integrity across edits: a shared claim link stays with the
 * words it was published for, through the edits editors really make, in
 * sequence, each build reading the record the last one wrote.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SpeakerId } from '../../src/core/ids';
import type { Speaker } from '../../src/core/model';
import { site } from '../support/edits';
import { loadSpeakers } from '../../src/site/speakers-dir';

let speakers: ReadonlyMap<SpeakerId, Speaker>;
beforeAll(async () => {
  const root = join(import.meta.dirname, '../fixtures');
  const base = (await loadSpeakers(join(root, '_speakers'), root)).speakers;
  // Two speakers whose ids prefix one another, as john and john-bolton do.
  speakers = new Map([...base, ['john' as SpeakerId, { id: 'john' as SpeakerId, name: 'John Smith', kind: 'person', aliases: [] }], ['john-bolton' as SpeakerId, { id: 'john-bolton' as SpeakerId, name: 'John Bolton', kind: 'person', aliases: [] }]]);
});

const head = (extra = '') => `---\ntitle: Budget\nauthor: author\n${extra}---\n\n`;
const idsOf = (built: Awaited<ReturnType<ReturnType<typeof site>['build']>>, slug = 'budget') => built.models.get(slug)!.claims.map((c) => c.id);
const OPENING = 'the budget is balanced and the reserves are full';
const FIRST = 'mayor-the-budget-is-balanced-and';

describe('edits in sequence', () => {
  test('a claim edited twice keeps its first link, and every link leads to its words', async () => {
    const s = site(speakers);
    expect((await s.build({ budget: head() + `Mayor Ortiz said :claim[${OPENING}]{by=mayor}.\n` })).problems).toEqual([]);
    const once = await s.build({ budget: head() + `Mayor Ortiz said :claim[a budget that is balanced, with reserves full]{by=mayor}.\n` });
    expect(once.problems).toEqual([]);
    const second = idsOf(once)[0]!;
    expect(once.models.get('budget')!.aliases).toEqual({ [FIRST]: second });
    const twice = await s.build({ budget: head() + `Mayor Ortiz said :claim[our budget is balanced, with reserves full again]{by=mayor}.\n` });
    expect(twice.problems).toEqual([]);
    const third = idsOf(twice)[0]!;
    expect(third).not.toBe(second);
    // Both older links lead to the claim as it reads now; the record says so.
    expect(twice.models.get('budget')!.aliases).toEqual({ [FIRST]: third, [second]: third });
    expect(s.record.budget![FIRST]).toMatchObject({ by: 'mayor', now: third });
    expect(s.record.budget![second]).toMatchObject({ by: 'mayor', now: third });
    expect(s.record.budget![third]).toEqual({ by: 'mayor', text: 'our budget is balanced, with reserves full again' });
  });

  test('a new claim by the same speaker, starting with the same words, does not take the published link', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `Mayor Ortiz said :claim[${OPENING}]{by=mayor}.\n` });
    const built = await s.build({ budget: head() + `Later she said :claim[the budget is balanced and the reserves are empty, a disaster for the city]{by=mayor}.\n\nMayor Ortiz said :claim[${OPENING}]{by=mayor}.\n` });
    expect(built.problems).toEqual([]);
    const [inserted, original] = built.models.get('budget')!.claims;
    expect(original!.id).toBe(FIRST);
    expect(original!.text).toBe(OPENING);
    expect(inserted!.id).not.toBe(FIRST);
    expect(built.models.get('budget')!.aliases).toEqual({});
  });

  test('two claims merged into one: both links lead to it, by forwarding when the words changed too much', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[The budget is balanced]{by=mayor}. :claim[Taxes will not rise next year]{by=mayor}.\n` });
    const merged = `:claim[The budget is balanced, and so taxes will not rise next year]{by=mayor}.\n`;
    const automatic = await s.build({ budget: head() + merged });
    expect(automatic.problems).toEqual([]);
    const id = idsOf(automatic)[0]!;
    expect(automatic.models.get('budget')!.aliases).toEqual({ 'mayor-the-budget-is-balanced': id, 'mayor-taxes-will-not-rise-next': id });

    const t = site(speakers);
    await t.build({ budget: head() + `:claim[The budget is balanced]{by=mayor}. :claim[Spending on parks doubles]{by=mayor}.\n` });
    const rewritten = head() + `:claim[Our accounts are in order, parks included]{by=mayor}.\n`;
    const stopped = await t.build({ budget: rewritten });
    expect(stopped.problems.join('\n')).toContain('published claim id "mayor-spending-on-parks-doubles" is gone');
    expect(stopped.problems.join('\n')).toContain('forwarded:');
    const forwarded = await t.build({ budget: head('forwarded:\n  mayor-spending-on-parks-doubles: mayor-our-accounts-are-in-order\n  mayor-the-budget-is-balanced: mayor-our-accounts-are-in-order\n') + `:claim[Our accounts are in order, parks included]{by=mayor}.\n` });
    expect(forwarded.problems).toEqual([]);
    expect(forwarded.models.get('budget')!.aliases).toEqual({ 'mayor-spending-on-parks-doubles': 'mayor-our-accounts-are-in-order', 'mayor-the-budget-is-balanced': 'mayor-our-accounts-are-in-order' });
  });

  test('a claim split in two: its link stays with the part most like it', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[Taxes will not rise next year, and the budget is balanced]{by=mayor}.\n` });
    const built = await s.build({ budget: head() + `:claim[The budget is balanced]{by=mayor}, and :claim[taxes will not rise next year, as promised]{by=mayor}.\n` });
    expect(built.problems).toEqual([]);
    const [, taxes] = built.models.get('budget')!.claims;
    expect(built.models.get('budget')!.aliases).toEqual({});
    expect(taxes!.id).toBe('mayor-taxes-will-not-rise-next');
    expect(s.record.budget!['mayor-taxes-will-not-rise-next']!.text).toBe('taxes will not rise next year, as promised');
  });

  test('a claim moved to another reading: its old link forwards there, and must land on a claim', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[The budget is balanced]{by=mayor}. :claim[Parks will close]{by=mayor}.\n`, parks: head().replace('Budget', 'Parks') + 'Nothing yet.\n' });
    const missing = await s.build({ budget: head('forwarded:\n  mayor-parks-will-close: parks/mayor-parks-will-close-in\n') + `:claim[The budget is balanced]{by=mayor}.\n`, parks: head().replace('Budget', 'Parks') + 'Nothing yet.\n' });
    expect(missing.problems.join('\n')).toContain('forwarded: "mayor-parks-will-close" leads to "parks/mayor-parks-will-close-in", which is no claim of the reading "parks"');
    const moved = await s.build({
      budget: head('forwarded:\n  mayor-parks-will-close: parks/mayor-parks-will-close-in-winter\n') + `:claim[The budget is balanced]{by=mayor}.\n`,
      parks: head().replace('Budget', 'Parks') + `:claim[Parks will close in winter]{by=mayor}.\n`,
    });
    expect(moved.problems).toEqual([]);
    expect(moved.models.get('budget')!.moved).toEqual({ 'mayor-parks-will-close': { reading: 'parks', claim: 'mayor-parks-will-close-in-winter', by: 'mayor' } });
    expect(s.record.budget!['mayor-parks-will-close']!.now).toBe('parks/mayor-parks-will-close-in-winter');
  });

  test('a renamed reading: its old slug and every claim link under it lead to the new one', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[The budget is balanced]{by=mayor}.\n` });
    const gone = await s.build({ 'city-budget': head() + `:claim[The budget is balanced]{by=mayor}.\n` });
    expect(gone.problems.join('\n')).toContain('published reading "budget" is gone, and with it 1 published claim links');
    const renamed = await s.build({ 'city-budget': head('formerly: [budget]\n') + `:claim[The budget is balanced]{by=mayor}.\n` });
    expect(renamed.problems).toEqual([]);
    expect(renamed.models.get('city-budget')!.formerly).toEqual({ budget: ['mayor-the-budget-is-balanced'] });
    // The old slug's record stays: its addresses keep being built.
    expect(Object.keys(s.record)).toEqual(['budget', 'city-budget']);
    const typo = await s.build({ 'city-budget': head('formerly: [budgte]\n') + `:claim[The budget is balanced]{by=mayor}.\n` });
    expect(typo.problems.join('\n')).toContain('formerly: "budgte" is not a published reading whose file is gone');
    expect(typo.problems.join('\n')).toContain('did you mean "budget"?');
  });

  test('retiring a claim that is still in the text is an error; retired, it lands on its note', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[The budget is balanced]{by=mayor}. :claim[Parks will close]{by=mayor}.\n` });
    const live = await s.build({ budget: head('retired:\n  mayor-parks-will-close: Withdrawn.\n') + `:claim[The budget is balanced]{by=mayor}. :claim[Parks will close]{by=mayor}.\n` });
    expect(live.problems.join('\n')).toMatch(/claim id "mayor-parks-will-close" is retired in the front matter, but (this claim still carries it|its words are still here)/);
    const retired = await s.build({ budget: head('retired:\n  mayor-parks-will-close: Withdrawn.\n') + `:claim[The budget is balanced]{by=mayor}.\n` });
    expect(retired.problems).toEqual([]);
    expect(retired.models.get('budget')!.retired).toEqual({ 'mayor-parks-will-close': 'Withdrawn.' });
  });
});

describe('nobody can put words in someone else’s mouth', () => {
  test('an explicit id equal to another speaker’s published id is an error, and the link stays', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[The budget is balanced]{by=mayor}.\n` });
    const forged = await s.build({ budget: head() + `:claim[The budget is balanced]{by=mayor}. :claim[The budget is a lie]{by=critic #mayor-the-budget-is-balanced}.\n` });
    expect(forged.problems.join('\n')).toContain('claim id "mayor-the-budget-is-balanced" is already published for mayor\'s words “The budget is balanced”, not critic\'s');
  });

  test('ids the site gives its own elements cannot be taken', async () => {
    const s = site(speakers);
    for (const id of ['attribution-mayor-x', 'mayor-x-summary', 'main', 'attributions', 'user-content-x']) {
      const built = await s.build({ budget: head() + `:claim[Words]{by=mayor #${id}}.\n` });
      expect(built.problems.join('\n')).toContain(`claim id "${id}" is one the site uses for its own elements`);
    }
    // A derived id never becomes one either: a claim ending in "summary" takes another word.
    const derived = await s.build({ budget: head() + `:claim[Here is the summary]{by=mayor} :claim[Here is the summary of it all]{by=mayor}\n` });
    expect(derived.problems).toEqual([]);
    for (const id of idsOf(derived)) expect(id).not.toMatch(/-summary$/);
  });

  test('speaker ids that prefix one another cannot take each other’s links', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[Said no such thing]{by=john-bolton}.\n` });
    // john's words derive john-bolton-said-no-such-thing too; the published id stays john-bolton's.
    const built = await s.build({ budget: head() + `:claim[Bolton said no such thing, in fact]{by=john}. :claim[Said no such thing]{by=john-bolton}.\n` });
    expect(built.problems).toEqual([]);
    const [johns, boltons] = built.models.get('budget')!.claims;
    expect(boltons!.id).toBe('john-bolton-said-no-such-thing');
    expect(johns!.id).not.toBe('john-bolton-said-no-such-thing');
  });

  test('ids and slugs that are names of JavaScript object properties are ids like any other', async () => {
    const s = site(speakers);
    const built = await s.build({
      constructor: head('events:\n  constructor:\n    name: A hearing\nquantities:\n  constructor: Things\n') + `:claim[Words of :num[12]{q=constructor}]{by=mayor #constructor at=constructor}.\n`,
    });
    expect(built.problems).toEqual([]);
    expect(idsOf(built, 'constructor')).toEqual(['constructor']);
    const unknown = await s.build({ constructor: head() + `:claim[Words]{by=mayor at=constructor}.\n` });
    expect(unknown.problems.join('\n')).toContain('unknown event "constructor" in at= of :claim');
  });
});

describe('what the red-team pass found, closed', () => {
  test('a forward leads only to a claim of the speaker the id was published for, here or in another reading', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[We will close the parks]{by=mayor}. :claim[The budget is a lie]{by=critic}.\n`, other: head().replace('Budget', 'Other') + `:claim[Parks are a luxury]{by=critic}.\n` });
    const here = await s.build({ budget: head('forwarded:\n  mayor-we-will-close-the-parks: critic-the-budget-is-a-lie\n') + `:claim[The budget is a lie]{by=critic}.\n`, other: head().replace('Budget', 'Other') + `:claim[Parks are a luxury]{by=critic}.\n` });
    expect(here.problems.join('\n')).toContain('forwarded: "mayor-we-will-close-the-parks" was published for mayor\'s words; it cannot lead to critic\'s claim "critic-the-budget-is-a-lie"');
    const there = await s.build({ budget: head('forwarded:\n  mayor-we-will-close-the-parks: other/critic-parks-are-a-luxury\n') + `:claim[The budget is a lie]{by=critic}.\n`, other: head().replace('Budget', 'Other') + `:claim[Parks are a luxury]{by=critic}.\n` });
    expect(there.problems.join('\n')).toContain('it cannot lead to critic\'s claim "other/critic-parks-are-a-luxury"');
  });

  test('a hand-edited record cannot lead a mayor’s link to a critic’s words', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[We will close the parks]{by=mayor}. :claim[The budget is a lie]{by=critic}.\n` });
    s.record.budget!['mayor-we-will-close-the-parks'] = { by: 'mayor' as SpeakerId, text: 'We will close the parks', now: 'critic-the-budget-is-a-lie' as never };
    const built = await s.build({ budget: head() + `:claim[The budget is a lie]{by=critic}.\n` });
    expect(built.problems.join('\n')).toMatch(/published claim id "mayor-we-will-close-the-parks" (was published for mayor's words, but the record leads it to critic's claim|is gone)/);
  });

  test('an explicit id cannot take a published id from words still on the page, even the same speaker’s', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[We will close the parks]{by=mayor}.\n` });
    const built = await s.build({ budget: head() + `:claim[We will close the parks]{by=mayor}. :claim[I never liked parks anyway]{#mayor-we-will-close-the-parks by=mayor}.\n` });
    expect(built.problems.join('\n')).toContain('claim id "mayor-we-will-close-the-parks" was published for the words “We will close the parks”, which are still here at line 6');
  });

  test('an explicit id that reads as another speaker’s claim is an error', async () => {
    const s = site(speakers);
    const built = await s.build({ budget: head() + `:claim[I take bribes]{#mayor-i-take-bribes by=critic}.\n` });
    expect(built.problems.join('\n')).toContain('claim id "mayor-i-take-bribes" reads as a claim of mayor\'s, but the claim is critic\'s');
  });

  test('a merge undone gives each id back to its own words', async () => {
    const s = site(speakers);
    const apart = head() + `:claim[taxes will rise next year]{by=mayor}. :claim[parks will close in winter]{by=mayor}.\n`;
    await s.build({ budget: apart });
    await s.build({ budget: head() + `:claim[taxes will rise next year and parks will close in winter]{by=mayor}.\n` });
    const undone = await s.build({ budget: apart });
    expect(undone.problems).toEqual([]);
    expect(idsOf(undone)).toEqual(['mayor-taxes-will-rise-next-year', 'mayor-parks-will-close-in-winter']);
    // The merged claim had kept the first id (its words began the same); nothing is left to forward.
    expect(undone.models.get('budget')!.aliases).toEqual({});
  });

  test('retired and forwarded ids must be published, and their words gone', async () => {
    const s = site(speakers);
    await s.build({ budget: head() + `:claim[we will close all the city parks in winter]{by=mayor}. :claim[Taxes stay]{by=mayor}.\n` });
    const never = await s.build({ budget: head('retired:\n  mayor-admits-bribery: Withdrawn.\n  main: Gotcha\n') + `:claim[we will close all the city parks in winter]{by=mayor}. :claim[Taxes stay]{by=mayor}.\n` });
    expect(never.problems.join('\n')).toContain('readings/budget.md:5:3: retired: "mayor-admits-bribery" is not a published claim id of this reading');
    expect(never.problems.join('\n')).toContain('retired: "main" is not a published claim id of this reading');
    const edited = 'Frankly, we shall close all of the parks of the city';
    const retired = await s.build({ budget: head('retired:\n  mayor-we-will-close-all-the: Withdrawn.\n') + `:claim[${edited}]{by=mayor}. :claim[Taxes stay]{by=mayor}.\n` });
    expect(retired.problems.join('\n')).toContain('claim id "mayor-we-will-close-all-the" is retired in the front matter, but its words are still here, at line 8');
    const forwarded = await s.build({ budget: head('forwarded:\n  mayor-we-will-close-all-the: mayor-taxes-stay\n') + `:claim[${edited}]{by=mayor}. :claim[Taxes stay]{by=mayor}.\n` });
    expect(forwarded.problems.join('\n')).toContain('forwarded: "mayor-we-will-close-all-the" was published for words that are still here, at line 8');
  });
});

test('an unreviewed (draft) claim is not recorded: reviewing it may change its speaker freely', async () => {
  const s = site(speakers);
  const first = await s.build({ budget: head() + `:claim[We will close the parks]{by=critic draft}.\n` });
  expect(first.problems).toEqual([]);
  expect(s.record.budget).toEqual({});
  const reviewed = await s.build({ budget: head() + `:claim[We will close the parks]{by=mayor}.\n` });
  expect(reviewed.problems).toEqual([]);
  expect(Object.keys(s.record.budget!)).toEqual(['mayor-we-will-close-the-parks']);
});
