import { createRequire } from 'node:module';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { encodePng } from './png.ts';

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

// Latin-ext and Arabic are separate families so Skia falls back glyph by glyph along the font list.
const SERIF = '"Source Serif 4", "Source Serif 4 Ext", Vazirmatn';
const SANS = 'Inter, "Source Serif 4 Ext", Vazirmatn';

let fontsReady = false;

/** Fonts come from npm packages: a card is drawn with no network and looks the same on every machine. */
function registerFonts(): void {
  if (fontsReady) return;
  // Each file named in full, so dependency checks (knip) see the packages used.
  const fonts: [string, string][] = [
    ['Source Serif 4', require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff')],
    ['Source Serif 4 Ext', require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff')],
    ['Inter', require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff')],
    ['Inter', require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff')],
    ['Vazirmatn', require.resolve('@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff')],
  ];
  for (const [family, file] of fonts) GlobalFonts.registerFromPath(file, family);
  fontsReady = true;
}

/**
 * The page's highlight colours are OKLCH; a PNG is sRGB. Converting keeps
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

const BORDER = 24;
const LEFT = BORDER + 72;
const INNER = CARD_WIDTH - BORDER - 2 * 72;
/** The band the quotation is centred in, between the label and the footer. */
const QUOTE_TOP = 76;
const QUOTE_HEIGHT = 356;
const PAD_X = 16;
const PAD_Y = 10;

const RTL = /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/** Cuts text to fit one line, at a space when it can, ending in an ellipsis when it had to cut. */
function fit(ctx: SKRSContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.includes(' ') && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, cut.lastIndexOf(' '));
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd().replace(/[,;:.–—-]$/u, '')}…`;
}

/** Greedy line breaking at spaces; a word wider than the line is cut. At most `max` lines, the last one ellipsised if text remains. */
export function wrap(ctx: SKRSContext2D, text: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (ctx.measureText(candidate).width <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = fit(ctx, words[i]!, width);
    if (lines.length === max) {
      lines[max - 1] = fit(ctx, `${lines[max - 1]} ${words.slice(i).join(' ')}`, width);
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** One canvas per thread, reused: each holds 3 MB outside V8's heap, and a new one per card keeps the collector busy. */
let canvas: Canvas | undefined;

/** Draws the card on a canvas, not yet encoded. */
function draw(canvas: Canvas, c: CardContent): Canvas {
  registerFonts();
  const ctx = canvas.getContext('2d');
  ctx.reset();
  ctx.fillStyle = '#fbfaf6';
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = tint(c.hue, 0.55, 0.14);
  ctx.fillRect(0, 0, BORDER, CARD_HEIGHT);
  ctx.textBaseline = 'top';

  ctx.font = `700 24px ${SANS}`;
  ctx.letterSpacing = '2px';
  ctx.fillStyle = '#8a3b12';
  ctx.fillText(fit(ctx, c.kind.toUpperCase(), INNER), LEFT, 46);
  ctx.letterSpacing = '0px';

  // The longer the claim, the smaller the type, so most claims show whole.
  const size = c.words.length > 150 ? 42 : c.words.length > 90 ? 50 : 60;
  const lineHeight = Math.round(size * 1.28);
  ctx.font = `400 ${size}px ${SERIF}`;
  // Room is left above and below the box so it never touches the label or the footer rule.
  const maxLines = Math.floor((QUOTE_HEIGHT - 2 * PAD_Y - 4 - 24) / lineHeight);
  const lines = wrap(ctx, c.words, INNER - 2 * PAD_X, maxLines);
  const boxHeight = lines.length * lineHeight + 2 * PAD_Y;
  const boxTop = QUOTE_TOP + Math.round((QUOTE_HEIGHT - boxHeight - 4) / 2);
  ctx.fillStyle = tint(c.hue, 0.95, 0.05);
  ctx.fillRect(LEFT, boxTop, INNER, boxHeight);
  ctx.fillStyle = tint(c.hue, 0.55, 0.12);
  ctx.fillRect(LEFT, boxTop + boxHeight, INNER, 4);
  const rtl = RTL.test(c.words);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1f1c18';
  const x = rtl ? LEFT + INNER - PAD_X : LEFT + PAD_X;
  lines.forEach((line, i) => ctx.fillText(line, x, boxTop + PAD_Y + lineHeight * (i + 0.5)));
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';

  const footer = QUOTE_TOP + QUOTE_HEIGHT + 2;
  ctx.fillStyle = '#e4dfd4';
  ctx.fillRect(LEFT, footer, INNER, 2);
  let y = footer + 22;
  ctx.fillStyle = '#1f1c18';
  ctx.font = `700 32px ${SANS}`;
  ctx.fillText(fit(ctx, c.speaker, INNER), LEFT, y);
  y += 42;
  if (c.role) {
    ctx.fillStyle = '#4a453e';
    ctx.font = `400 24px ${SANS}`;
    ctx.fillText(fit(ctx, c.role, INNER), LEFT, y);
    y += 40;
  }
  ctx.fillStyle = '#5e584f';
  ctx.font = `400 20px ${SANS}`;
  ctx.fillText(fit(ctx, `${c.reading} · ${c.site}`, INNER), LEFT, y);
  return canvas;
}

/** The 1200×630 PNG for a claim, drawn and encoded on the calling thread. */
export function drawCard(content: CardContent): Buffer {
  canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  return encodePng(draw(canvas, content).data(), CARD_WIDTH, CARD_HEIGHT);
}
