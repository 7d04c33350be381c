import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';

/** What a claim's preview card shows. */
export interface CardContent {
  words: string;
  speaker: string;
  role: string | null;
  kind: string;
  reading: string;
  site: string;
  /** The speaker's hue, or null for the author. */
  hue: number | null;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => require.resolve(`@fontsource/${pkg}/files/${file}`);

/** Fonts come from npm packages: a card is drawn with no network. */
async function loadFonts(): Promise<Font[]> {
  const load = (pkg: string, file: string) => readFile(fontFile(pkg, file));
  return [
    { name: 'Source Serif 4', data: await load('source-serif-4', 'source-serif-4-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: await load('source-serif-4', 'source-serif-4-latin-ext-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: await load('source-serif-4', 'source-serif-4-latin-600-normal.woff'), weight: 600, style: 'normal' },
    { name: 'Inter', data: await load('inter', 'inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: await load('inter', 'inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Vazirmatn', data: await load('vazirmatn', 'vazirmatn-arabic-400-normal.woff'), weight: 400, style: 'normal' },
  ];
}

let fonts: Promise<Font[]> | undefined;

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

/**
 * The page's highlight colours are OKLCH; satori draws sRGB. Converting keeps
 * a speaker's card the colour of their words on the page.
 */
export function oklch(l: number, c: number, hueDeg: number): string {
  const h = (hueDeg * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const lin = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  const srgb = lin.map((v) => {
    const x = Math.min(1, Math.max(0, v));
    return Math.round(255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055));
  });
  return `rgb(${srgb.join(', ')})`;
}

const tint = (hue: number | null, l: number, c: number) => oklch(l, hue === null ? 0.01 : c, hue ?? 80);

const INNER = CARD_WIDTH - 24 - 2 * 72;

function layout(c: CardContent): Node {
  const size = c.words.length > 150 ? 42 : c.words.length > 90 ? 50 : 60;
  return h(
    'div',
    // Satori sizes boxes without their padding: every height below is set so the card adds up to 630.
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', background: '#fbfaf6', fontFamily: 'Inter', color: '#1f1c18', padding: '44px 72px 0', borderLeft: `24px solid ${tint(c.hue, 0.55, 0.14)}` },
    [
      h('div', { display: 'flex', fontSize: 24, letterSpacing: 2, textTransform: 'uppercase', color: '#8a3b12', fontWeight: 700 }, c.kind),
      h(
        'div',
        { display: 'flex', height: 360, alignItems: 'center', width: INNER, overflow: 'hidden' },
        h(
          'div',
          { display: 'flex', width: INNER, fontFamily: 'Source Serif 4, Vazirmatn', fontSize: size, lineHeight: 1.28, padding: '10px 16px', background: tint(c.hue, 0.95, 0.05), borderBottom: `4px solid ${tint(c.hue, 0.55, 0.12)}` },
          c.words,
        ),
      ),
      h('div', { display: 'flex', flexDirection: 'column', height: 150, width: INNER, borderTop: '2px solid #e4dfd4', paddingTop: 18 }, [
        h('div', { display: 'flex', fontSize: 32, fontWeight: 700 }, c.speaker),
        c.role ? h('div', { display: 'flex', fontSize: 24, color: '#4a453e', marginTop: 4 }, c.role) : null,
        h('div', { display: 'flex', fontSize: 20, color: '#5e584f', marginTop: 12 }, `${c.reading} · ${c.site}`),
      ].filter(Boolean)),
    ],
  );
}

/**
 * The 1200×630 PNG for a claim. Cards are cached by a digest of what they
 * show (and of this file's layout version), so an unchanged claim is not
 * drawn again on the next build.
 */
export async function renderCard(content: CardContent, cacheDir: string): Promise<Uint8Array> {
  const key = createHash('sha256').update(JSON.stringify(['card-v3', content])).digest('hex').slice(0, 32);
  const cached = join(cacheDir, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet.
  }
  fonts ??= loadFonts();
  const svg = await satori(layout(content) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await fonts });
  // Rasterising is two thirds of a card's cost; off the main thread it overlaps with the next card's layout.
  const png = (await renderAsync(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } })).asPng();
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cached, png);
  return png;
}
