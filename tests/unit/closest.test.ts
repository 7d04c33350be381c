import { expect, test } from 'vitest';
import { closest, suggest } from '../../src/core/closest';

const ids = ['anne-khodabandeh', 'massoud-khodabandeh', 'robert-torricelli', 'nicola-pedde', 'ana-gomes'];

test('names the nearest ids first', () => {
  expect(closest('torricell', ids)).toEqual(['robert-torricelli']);
  expect(closest('ana-gomez', ids)[0]).toBe('ana-gomes');
  expect(closest('Nicola-Pedde', ids)[0]).toBe('nicola-pedde');
});

test('a swapped pair of letters is a near miss', () => {
  expect(closest('kidn', ['by', 'id', 'kind', 'via'])[0]).toBe('kind');
});

test('says what exists when nothing is close', () => {
  expect(suggest('zzz', ids, 'speaker id')).toBe('known speaker ids: "anne-khodabandeh", "massoud-khodabandeh", "robert-torricelli", "nicola-pedde", "ana-gomes".');
  expect(suggest('zzz', [], 'event id')).toBe('no event id is declared yet.');
});
