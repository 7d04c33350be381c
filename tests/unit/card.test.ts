import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, test } from 'vitest';
import { renderCard as render } from '../../src/outputs/card/card';
import { CARD_HEIGHT, CARD_WIDTH, type CardContent, oklch, wrap } from '../../src/outputs/card/draw';

const base: CardContent = {
  words: 'There are 4,000 of them.',
  before: '…Since then, more have left or died. Yet their American lobbyist Senator Robert Torricelli claims',
  speaker: 'Robert Torricelli',
  role: 'former US senator',
  kind: 'Quotation',
  reading: 'MEK’s Role Is To Toxify Political Debate On Iran',
  site: 'readings.example.org',
  chain: 'relayed by Anne Khodabandeh — reported by Massoud Khodabandeh — Round-table, 10 April 2018',
  figures: '4,000: Number of MEK members',
  rtl: false,
  colour: { tint: [0.86, 0.085, 51], mark: [0.37, 0.098, 51] },
};

async function pixels(png: Uint8Array) {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  const at = (x: number, y: number) => [...data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
  /** Columns of the quotation band where some pixel is dark: where the words are. */
  const inked = (y0: number, y1: number) => {
    const xs: number[] = [];
    for (let x = 0; x < image.width; x++) {
      for (let y = y0; y < y1; y++) if (at(x, y).every((v) => v < 90)) { xs.push(x); break; }
    }
    return xs;
  };
  return { width: image.width, height: image.height, at, inked };
}

/** Cards are drawn in worker threads run from the project's source, as in a build. */
const renderCard = (content: CardContent, dir: string) => render(content, dir, new URL('../../', import.meta.url));
const rgb = (css: string) => css.match(/\d+/g)!.map(Number);
const cache = () => mkdtempSync(join(tmpdir(), 'cards-'));

describe('preview cards', () => {
  test('a card is a 1200×630 PNG whose left edge is the speaker’s colour', async () => {
    const png = await renderCard(base, cache());
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const img = await pixels(png);
    expect([img.width, img.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(img.at(10, 300)).toEqual(rgb(oklch(0.37, 0.098, 51)));
  });

  test('a right-to-left reading’s card is mirrored: the speaker’s colour on the right', async () => {
    const img = await pixels(await renderCard({ ...base, rtl: true, words: 'هیچ حمایتی ندارد', before: '' }, cache()));
    expect(img.at(CARD_WIDTH - 10, 300)).toEqual(rgb(oklch(0.37, 0.098, 51)));
    expect(img.at(10, 300)).not.toEqual(rgb(oklch(0.37, 0.098, 51)));
  });

  test('an unchanged claim is drawn once and then read from the cache', async () => {
    const dir = cache();
    const first = await renderCard(base, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    const again = await renderCard(base, dir);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(again))).toBe(0);
    await renderCard({ ...base, words: 'There are 3,000 of them.' }, dir);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  test('English starts at the left of the quotation box, Persian at the right', async () => {
    const en = await pixels(await renderCard({ ...base, words: 'No support', before: '' }, cache()));
    const fa = await pixels(await renderCard({ ...base, words: 'هیچ حمایتی ندارد', before: '' }, cache()));
    const enInk = en.inked(100, 420);
    const faInk = fa.inked(100, 420);
    expect(Math.min(...enInk)).toBeLessThan(140);
    expect(Math.max(...enInk)).toBeLessThan(600);
    expect(Math.max(...faInk)).toBeGreaterThan(1060);
    expect(Math.min(...faInk)).toBeGreaterThan(600);
  });

  test('long claims wrap inside the box and end in an ellipsis rather than spill', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = '42px sans-serif';
    const words = 'the group has become a shadow of its former self '.repeat(12).trim();
    const lines = wrap(ctx, words, 1000, 5);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(1000);
    expect(lines.at(-1)).toMatch(/\w…$/);
    const short = wrap(ctx, 'There are 4,000 of them, he said.', 1000, 5);
    expect(short.join(' ')).toBe('There are 4,000 of them, he said.');
  });

  test('a word longer than a line is cut, not drawn past the edge', () => {
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = '42px sans-serif';
    const lines = wrap(ctx, `a ${'x'.repeat(200)} b`, 600, 5);
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(600);
    expect(lines[1]).toMatch(/^x+…$/);
  });
});

test('the cache directory is created when missing', async () => {
  const dir = join(cache(), 'deep', 'er');
  await renderCard(base, dir);
  expect(existsSync(dir)).toBe(true);
});
