import { expect, test } from 'vitest';
import { jsonForScript, shorten } from '../../src/outputs/share';

test('structured data cannot break out of its script element', () => {
  const hostile = { text: '</script><script>alert(1)</script><!-- & \u2028' };
  const out = jsonForScript(hostile);
  expect(out).not.toMatch(/<|>|&/);
  expect(JSON.parse(out)).toEqual(hostile);
});

test('titles are shortened at a word, never mid-word', () => {
  expect(shorten('short claim')).toBe('short claim');
  const long = 'word '.repeat(40).trim();
  const cut = shorten(long, 50);
  expect(cut.length).toBeLessThanOrEqual(50);
  expect(cut).toMatch(/word…$/);
  expect(shorten('“' + 'quoted words '.repeat(20) + '”', 60)).toMatch(/…”$/);
});
