/**
 * Whose words are whose, at a glance (issue #13): colours apart and a cue
 * that is not colour, the author's voice plain, margin notes beside their
 * claims, the claim page and card centred on the claim, right-to-left
 * readings, numbers leading to their figures, the tools on phones, and the
 * smaller points. Each runs at 1440 px (@wide, desktop project) and 390 px
 * (@narrow, phone project), light and dark where colour matters.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { secondPort } from '../../playwright.config';

const READING = '/readings/mek-role-toxify-political-debate/';
const TORRICELLI = 'robert-torricelli-there-are-4000-of-them';
const PEDDE = 'nicola-pedde-when-the-mek-and-maryam';
const AUTHOR_CLAIM = 'massoud-khodabandeh-calling-for-regime-change-against';
const FA = `http://127.0.0.1:${secondPort}/readings/kerman-rationing-fa/`;

const WIDTHS = [
  { width: 1440, tag: '@wide', options: { viewport: { width: 1440, height: 1000 } } },
  { width: 390, tag: '@narrow', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const;
const SCHEMES = ['light', 'dark'] as const;

async function open(browser: Browser, options: BrowserContextOptions, path: string) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(path);
  return { page, context };
}

// --- Colour difference: rendered colours to sRGB (through a canvas, whatever space the browser reports), to CIE Lab, CIEDE2000.
type Rgb = [number, number, number];
const toRgb = (page: Page, colours: string[]) =>
  page.evaluate((list) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    return list.map((c) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = c;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)] as [number, number, number];
    });
  }, colours);

function lab([r, g, b]: Rgb): Rgb {
  const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const [R, G, B] = [f(r), f(g), f(b)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const t = (v: number) => (v > 216 / 24389 ? Math.cbrt(v) : ((24389 / 27) * v + 16) / 116);
  return [116 * t(y) - 16, 500 * (t(x) - t(y)), 200 * (t(y) - t(z))];
}

function deltaE2000(c1: Rgb, c2: Rgb): number {
  const [L1, a1, b1] = lab(c1);
  const [L2, a2, b2] = lab(c2);
  const rad = Math.PI / 180;
  const Cb = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cb ** 7 / (Cb ** 7 + 25 ** 7)));
  const a1p = a1 * (1 + G), a2p = a2 * (1 + G);
  const C1p = Math.hypot(a1p, b1), C2p = Math.hypot(a2p, b2);
  const hue = (a: number, b: number) => ((Math.atan2(b, a) / rad) + 360) % 360;
  const h1p = hue(a1p, b1), h2p = hue(a2p, b2);
  let dh = h2p - h1p;
  if (C1p * C2p === 0) dh = 0;
  else if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(C1p * C2p) * Math.sin((dh * rad) / 2);
  const Lb = (L1 + L2) / 2, Cbp = (C1p + C2p) / 2;
  let hb = h1p + h2p;
  if (C1p * C2p !== 0) hb = (Math.abs(h1p - h2p) > 180 ? hb + (hb < 360 ? 360 : -360) : hb) / 2;
  const T = 1 - 0.17 * Math.cos((hb - 30) * rad) + 0.24 * Math.cos(2 * hb * rad) + 0.32 * Math.cos((3 * hb + 6) * rad) - 0.2 * Math.cos((4 * hb - 63) * rad);
  const SL = 1 + (0.015 * (Lb - 50) ** 2) / Math.sqrt(20 + (Lb - 50) ** 2), SC = 1 + 0.045 * Cbp, SH = 1 + 0.015 * Cbp * T;
  const RT = -2 * Math.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hb - 275) / 25) ** 2)) * rad);
  return Math.sqrt(((L2 - L1) / SL) ** 2 + ((C2p - C1p) / SC) ** 2 + (dH / SH) ** 2 + RT * ((C2p - C1p) / SC) * (dH / SH));
}

const contrast = (a: Rgb, b: Rgb) => {
  const l = (c: Rgb) => {
    const [r, g, b2] = c.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b2!;
  };
  const [x, y] = [l(a), l(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

for (const { width, tag, options } of WIDTHS) {
  test.describe(`at ${width} px ${tag}`, () => {
    for (const colorScheme of SCHEMES) {
      test(`every two speakers’ marks are clearly apart (CIEDE2000 ≥ 10), and each marker carries its speaker’s initials (${colorScheme})`, async ({ browser }) => {
        const { page, context } = await open(browser, { ...options, colorScheme }, READING);
        const marks = await page.evaluate(() => {
          const seen = new Map<string, { tint: string; mark: string; initials: string }>();
          for (const el of document.querySelectorAll<HTMLElement>('[data-reading-body] .claim:not(.claim-assertion)')) {
            if (seen.has(el.dataset.by!)) continue;
            const style = getComputedStyle(el);
            const marker = el.querySelector(':scope > .claim-mark')!;
            seen.set(el.dataset.by!, { tint: style.backgroundColor, mark: style.textDecorationColor, initials: getComputedStyle(marker, '::before').content.replace(/"/g, '') });
          }
          return [...seen].map(([by, m]) => ({ by, ...m }));
        });
        expect(marks.length).toBe(9);
        const tints = await toRgb(page, marks.map((m) => m.tint));
        const rules = await toRgb(page, marks.map((m) => m.mark));
        let closest = { de: Infinity, pair: '' };
        for (let i = 0; i < marks.length; i++) {
          for (let j = i + 1; j < marks.length; j++) {
            const de = Math.min(deltaE2000(tints[i]!, tints[j]!), deltaE2000(rules[i]!, rules[j]!));
            if (de < closest.de) closest = { de, pair: `${marks[i]!.by} / ${marks[j]!.by}` };
          }
        }
        console.log(`[${colorScheme}, ${width}px] closest speaker pair: ${closest.pair}, ΔE00 ${closest.de.toFixed(1)}`);
        expect(closest.de, closest.pair).toBeGreaterThanOrEqual(10);
        // A cue that is not colour: initials on every marker, a different one for each speaker.
        const initials = marks.map((m) => m.initials);
        for (const i of initials) expect(i).toMatch(/^\p{Lu}[\p{L}\d]{1,3}$/u);
        expect(new Set(initials).size).toBe(initials.length);
        await expect(page.locator(`[data-claim="${TORRICELLI}"] > .claim-mark`)).toHaveText('');
        expect(marks.find((m) => m.by === 'robert-torricelli')?.initials).toBe('RT');
        await context.close();
      });
    }

    for (const javaScriptEnabled of [true, false]) {
      test(`the author’s own assertions read as plain text until asked for (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
        const { page, context } = await open(browser, { ...options, javaScriptEnabled }, READING);
        const own = page.locator(`[data-reading-body] [data-claim="${AUTHOR_CLAIM}"]`);
        const look = () => own.evaluate((el) => ({ line: getComputedStyle(el).textDecorationLine, bg: getComputedStyle(el).backgroundColor, mark: el.querySelector(':scope > .claim-mark')!.getBoundingClientRect().width }));
        expect(await look()).toEqual({ line: 'none', bg: 'rgba(0, 0, 0, 0)', mark: expect.any(Number) });
        expect((await look()).mark).toBeLessThanOrEqual(1);
        // Other voices keep their ink.
        expect(await page.locator(`[data-reading-body] [data-claim="${PEDDE}"]`).evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
        // The switch marks them, dotted, with their markers (and, beside the text, their notes).
        await page.locator('label[for="show-author"]').click();
        const shown = await look();
        expect(shown.line).toBe('underline');
        expect(shown.mark).toBeGreaterThan(8);
        expect(await own.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
        if (width >= 1100) await expect(page.locator(`[data-attribution="${AUTHOR_CLAIM}"]`)).toBeVisible();
        await context.close();
      });
    }

    test('a shared link to an author’s claim still shows it and its note', async ({ browser }) => {
      const { page, context } = await open(browser, options, `${READING}#${AUTHOR_CLAIM}`);
      await expect(page.locator(`[data-attribution="${AUTHOR_CLAIM}"]`)).toBeVisible();
      expect(await page.locator(`[data-reading-body] [data-claim="${AUTHOR_CLAIM}"]`).evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
      await context.close();
    });

    test('numbers of a quantity link to its figures page', async ({ browser }) => {
      const { page, context } = await open(browser, options, READING);
      const numbers = page.locator('[data-reading-body] data[data-quantity]');
      expect(await numbers.count()).toBe(5);
      for (const n of await numbers.all()) await expect(n.locator('xpath=..')).toHaveAttribute('href', '/figures/mek-members/');
      await numbers.filter({ hasText: '4,000' }).click();
      await expect(page).toHaveURL(/\/figures\/mek-members\/$/);
      await context.close();
    });

    for (const colorScheme of SCHEMES) {
      test(`the figures page separates what was counted, when and by whom, and fits the screen (${colorScheme})`, async ({ browser }) => {
        const { page, context } = await open(browser, { ...options, colorScheme }, '/figures/mek-members/');
        const rows = page.locator('.figures-table tbody tr');
        await expect(rows).toHaveCount(5);
        // What was counted, in the text's words: detained, brought, accounts for, radicalized, in the camp.
        const counted = (await page.locator('.figure-context').allTextContents()).join('\n');
        for (const words of ['detained 3,800 MEK in Iraq', 'brought 2,901 to Albania', 'accounts for 2,465', '2,745 radicalized MEK', '4,000 of them in Camp Ashraf Three']) expect(counted).toContain(words);
        // As of: every row says something; the undated ones say so, with when they were said.
        for (const row of await rows.all()) await expect(row.locator('td').nth(3)).not.toHaveText(/^\s*(—)?\s*$/);
        await expect(rows.filter({ hasText: 'Robert Torricelli' }).locator('td').nth(3)).toContainText('not stated');
        await expect(rows.filter({ hasText: 'Robert Torricelli' }).locator('td').nth(3)).toContainText('said 10 April 2018');
        await expect(page.locator('.figure-chart figcaption')).toContainText('not as one series');
        const fit = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, label: Math.min(...[...document.querySelectorAll('.figure-bar-label, .figure-bar-value')].map((e) => parseFloat(getComputedStyle(e).fontSize))) }));
        expect(fit.scroll).toBeLessThanOrEqual(width);
        expect(fit.label).toBeGreaterThanOrEqual(12);
        await page.screenshot({ path: `/tmp/shots/final-figures-${width}-${colorScheme}.png`, fullPage: true });
        await context.close();
      });

      test(`a claim’s page is centred on the claim: its words large in its speaker’s colour, the chain, then what follows (${colorScheme})`, async ({ browser }) => {
        const { page, context } = await open(browser, { ...options, colorScheme }, `${READING}claims/${TORRICELLI}/`);
        const h1 = page.locator('h1');
        await expect(h1).toHaveText(/^there are 4,000 of them in Camp Ashraf Three/);
        const claim = h1.locator(`[data-claim="${TORRICELLI}"]`);
        expect(parseFloat(await claim.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
        // The speaker's colour: the same tint as his words in the reading.
        const here = await claim.evaluate((el) => getComputedStyle(el).backgroundColor);
        const reading = await page.context().newPage();
        await reading.goto(READING);
        const there = await reading.locator(`[data-reading-body] [data-claim="${TORRICELLI}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(here).toBe(there);
        expect(here).not.toBe('rgba(0, 0, 0, 0)');
        await expect(page.locator('.claim-chain')).toHaveText(
          'said by Robert Torricelli (US Senator, called the MEK’s American lobbyist) — relayed by Anne Khodabandeh — reported by Massoud Khodabandeh — Round-table “Mojahedin-e Khalq (MEK) threat in Albania”, European Parliament, 10 April 2018',
        );
        // Before it, the sentence that gives "them" its antecedent; after the chain, the context that follows.
        await expect(page.locator('.claim-context-before')).toContainText('members. Since then, more have left or died.');
        const [chainBottom, afterTop] = await Promise.all([page.locator('.claim-chain').evaluate((e) => e.getBoundingClientRect().bottom), page.locator('.claim-context-after').evaluate((e) => e.getBoundingClientRect().top)]);
        expect(afterTop).toBeGreaterThan(chainBottom);
        expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toContain('relayed by Anne Khodabandeh — reported by Massoud Khodabandeh');
        await page.screenshot({ path: `/tmp/shots/final-claim-${width}-${colorScheme}.png`, fullPage: true });
        await context.close();
      });

      test(`a Persian reading is laid out right to left, numbers and Latin names reading correctly (${colorScheme})`, async ({ browser }) => {
        const { page, context } = await open(browser, { ...options, colorScheme }, FA);
        await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
        const layout = await page.evaluate(() => {
          const body = document.querySelector('[data-reading-body]')!;
          const p = body.querySelector('p')!;
          const r = p.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(p);
          const lines = [...range.getClientRects()];
          const h1 = document.querySelector('h1')!;
          const h1Range = document.createRange();
          h1Range.selectNodeContents(h1);
          const note = document.querySelector('[data-attribution]')!.getBoundingClientRect();
          return {
            direction: getComputedStyle(p).direction,
            firstLineRight: Math.max(...lines.slice(0, 1).map((l) => l.right)),
            right: r.right,
            titleRight: Math.max(...[...h1Range.getClientRects()].map((l) => l.right)),
            h1Right: h1.getBoundingClientRect().right,
            bodyLeft: body.getBoundingClientRect().left,
            noteRight: note.right,
            noteWidth: note.width,
          };
        });
        expect(layout.direction).toBe('rtl');
        expect(layout.right - layout.firstLineRight).toBeLessThan(8);
        expect(layout.h1Right - layout.titleRight).toBeLessThan(8);
        if (width >= 1100) expect(layout.noteRight).toBeLessThanOrEqual(layout.bodyLeft);
        // "The Riverton Ledger" reads left to right inside the Persian sentence, and the Persian number is one unit.
        const order = await page.evaluate(() => {
          const p = document.querySelectorAll('[data-reading-body] p')[1]!;
          const text = p.lastChild!.textContent!;
          const at = (word: string) => {
            const node = [...p.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(word))!;
            const range = document.createRange();
            const i = node.textContent!.indexOf(word);
            range.setStart(node, i);
            range.setEnd(node, i + word.length);
            return range.getBoundingClientRect().left;
          };
          return { text, the: at('The '), riverton: at('Riverton'), ledger: at('Ledger') };
        });
        expect(order.the).toBeLessThan(order.riverton);
        expect(order.riverton).toBeLessThan(order.ledger);
        await expect(page.locator('[data-reading-body] data[data-number][value="2400"]')).toHaveText('۲٬۴۰۰');
        await page.screenshot({ path: `/tmp/shots/final-rtl-${width}-${colorScheme}.png`, fullPage: true });
        await context.close();
      });
    }

    test('the tools come before the text, and a shared ?by= link says what it shows', async ({ browser }) => {
      const { page, context } = await open(browser, options, `${READING}?by=robert-torricelli`);
      const firstParagraph = await page.locator('[data-reading-body] > p').first().evaluate((e) => e.getBoundingClientRect().top);
      for (const selector of ['#filter-by', '.legend summary', 'label[for="show-author"]']) {
        const top = await page.locator(selector).evaluate((e) => e.getBoundingClientRect().top);
        expect(top, selector).toBeLessThan(firstParagraph);
        await expect(page.locator(selector)).toBeInViewport();
      }
      await expect(page.locator('.filter-status')).toBeVisible();
      await expect(page.locator('.filter-status')).toContainText('Showing only the claims of Robert Torricelli');
      await expect(page.locator('.legend')).not.toHaveAttribute('open', '');
      // The kept claim inside a dimmed one keeps its colour and ink.
      const kept = await page.locator(`[data-reading-body] [data-claim="${TORRICELLI}"]`).evaluate((el) => ({ color: getComputedStyle(el).color, ink: getComputedStyle(document.body).color, bg: getComputedStyle(el).backgroundColor }));
      expect(kept.color).toBe(kept.ink);
      expect(kept.bg).not.toBe('rgba(0, 0, 0, 0)');
      await page.locator('.filter-clear').click();
      await expect(page.locator('.filter-status')).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`${READING}$`));
      await context.close();
    });

    test('the key teaches colour as the speaker and the underline as the kind, in neutral ink', async ({ browser }) => {
      const { page, context } = await open(browser, options, READING);
      await page.locator('.legend summary').click();
      await expect(page.locator('.speaker-key')).toHaveCount(9);
      await expect(page.locator('.speaker-key').filter({ hasText: 'Robert Torricelli' })).toContainText('RT');
      const samples = await page.locator('.legend-sample').evaluateAll((all) => all.map((e) => ({ bg: getComputedStyle(e).backgroundColor, line: getComputedStyle(e).textDecorationStyle })));
      expect(samples.map((s) => s.line)).toEqual(['solid', 'dashed', 'double']);
      for (const s of samples) expect(s.bg).toBe('rgba(0, 0, 0, 0)');
      await context.close();
    });

    test('without JavaScript, a claim’s marker opens its note and keeps the claim in view, and no hidden control leaves a gap', async ({ browser }) => {
      const { page, context } = await open(browser, { ...options, javaScriptEnabled: false }, READING);
      await expect(page.locator('.filter')).toBeHidden();
      const claim = page.locator(`[data-reading-body] [data-claim="${PEDDE}"]`);
      await claim.locator('> .claim-mark').click();
      await expect(page.locator(`[data-attribution="${PEDDE}"]`)).toBeInViewport();
      await expect(claim).toBeInViewport();
      await context.close();
    });

    test('the reading stays light: under 25 KB compressed, its CSS in the first 14 KB', async ({ request }) => {
      const html = await (await request.get(READING)).body();
      const { gzipSync } = await import('node:zlib');
      expect(gzipSync(html).length).toBeLessThanOrEqual(25 * 1024);
      const styleEnd = html.indexOf('</style>', html.lastIndexOf('<style'));
      expect(gzipSync(html.subarray(0, styleEnd)).length).toBeLessThanOrEqual(14 * 1024);
    });
  });
}

test.describe('margin notes at 1440 px @wide', () => {
  for (const colorScheme of SCHEMES) {
    test(`notes sit beside their claims: the first level with it, the median close (${colorScheme})`, async ({ browser }) => {
      const { page, context } = await open(browser, { viewport: { width: 1440, height: 1000 }, colorScheme }, READING);
      const offsets = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-attribution]')]
          .filter((e) => getComputedStyle(e).display !== 'none')
          .map((e) => e.getBoundingClientRect().top - document.getElementById(e.dataset.attribution!)!.getBoundingClientRect().top),
      );
      const sorted = [...offsets].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.log(`[${colorScheme}] notes shown: ${offsets.length}; first note offset ${offsets[0]!.toFixed(1)} px; median ${median.toFixed(1)} px; largest ${sorted.at(-1)!.toFixed(1)} px`);
      expect(offsets[0]!).toBeGreaterThanOrEqual(-1);
      expect(offsets[0]!).toBeLessThanOrEqual(4);
      expect(median).toBeLessThanOrEqual(40);
      await page.screenshot({ path: `/tmp/shots/final-reading-1440-${colorScheme}.png` });
      await page.screenshot({ path: `/tmp/shots/final-reading-1440-${colorScheme}-full.png`, fullPage: true });
      await context.close();
    });
  }

  test('no note is cut short, repeats are collapsed, and hovering or selecting a note moves no other', async ({ browser }) => {
    const { page, context } = await open(browser, { viewport: { width: 1440, height: 1000 } }, READING);
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-attribution] :is(.role, .entry-meta, .entry-who)')]
        .filter((e) => e.offsetParent !== null)
        .filter((e) => getComputedStyle(e).textOverflow === 'ellipsis' || e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    // Ana Gomes's second and third notes say "same event" and do not repeat her role.
    const second = page.locator('[data-attribution="ana-gomes-with-the-jcpoa-in-place"]');
    await expect(second.locator('.event-same')).toBeVisible();
    await expect(second.locator('.event-full')).toBeHidden();
    await expect(second.locator('.role')).toBeHidden();
    await expect(page.locator('[data-attribution="ana-gomes-over-thirty-of-her-colleagues"] .event-full')).toBeVisible();
    const tops = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-attribution]')].filter((e) => e.dataset.kind !== 'assertion').map((e) => Math.round(e.getBoundingClientRect().top + scrollY)));
    const before = await tops();
    await page.locator(`[data-attribution="${PEDDE}"]`).hover();
    expect(await tops()).toEqual(before);
    await page.locator(`[data-reading-body] [data-claim="${TORRICELLI}"] > .claim-mark`).click();
    await expect(page.locator(`[data-attribution="${TORRICELLI}"]`)).toHaveClass(/is-selected/);
    expect(await tops()).toEqual(before);
    await context.close();
  });

  test('the key is behind a small control, not in the margin above the notes', async ({ browser }) => {
    const { page, context } = await open(browser, { viewport: { width: 1440, height: 1000 } }, READING);
    await expect(page.locator('.attributions .legend')).toHaveCount(0);
    await expect(page.locator('.legend')).not.toHaveAttribute('open', '');
    expect((await page.locator('.legend summary').boundingBox())!.height).toBeLessThan(32);
    // Nothing above the first note in the margin: the margin's top is the notes' top.
    const [asideTop, topTop] = await Promise.all([page.locator('.attributions').evaluate((e) => e.getBoundingClientRect().top), page.locator('.attributions-top').evaluate((e) => e.getBoundingClientRect().bottom)]);
    expect(topTop - asideTop).toBeLessThanOrEqual(2);
    await context.close();
  });

  test('without anchor positioning, the script places each note beside its claim', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    await context.addInitScript(() => {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = ((...args: [string, string?]) => (String(args[0]).includes('anchor') ? false : supports(...(args as [string])))) as typeof CSS.supports;
    });
    const page = await context.newPage();
    await page.goto(READING);
    await expect(page.locator('.reading')).toHaveClass(/notes-placed/);
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-attribution]')]
        .filter((e) => getComputedStyle(e).display !== 'none')
        .map((e) => ({ inline: e.style.top, top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom, claim: document.getElementById(e.dataset.attribution!)!.getBoundingClientRect().top })),
    );
    expect(rows.every((r) => r.inline.endsWith('px'))).toBe(true);
    expect(Math.abs(rows[0]!.top - rows[0]!.claim)).toBeLessThanOrEqual(4);
    rows.forEach((r, i) => {
      expect(r.top).toBeGreaterThanOrEqual(r.claim - 1);
      if (i > 0) expect(r.top).toBeGreaterThanOrEqual(rows[i - 1]!.bottom);
    });
    await context.close();
  });
});

test.describe('sharing @wide', () => {
  test('the reading page has a preview card of its own, and a claim’s card is 1200×630', async ({ page, request }) => {
    await page.goto(READING);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/readings\/mek-role-toxify-political-debate\/card\.png$/);
    for (const path of [new URL(image!).pathname, `${READING}claims/${TORRICELLI}/card.png`]) {
      const png = await (await request.get(path)).body();
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  test('a right-to-left reading’s claim card is mirrored: its speaker’s colour on the right', async ({ request }) => {
    const html = await (await request.get(FA)).text();
    const id = html.match(/data-claim="([^"]+)"/)![1]!;
    const png = await (await request.get(`${FA}claims/${id}/card.png`)).body();
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const at = (x: number) => [...ctx.getImageData(x, 300, 1, 1).data.slice(0, 3)];
    expect(at(10)).toEqual([251, 250, 246]);
    expect(at(1190)).not.toEqual([251, 250, 246]);
  });

  test('the feed dates every reading', async ({ request }) => {
    const xml = await (await request.get('/rss.xml')).text();
    const items = xml.split('<item>').slice(1);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).toMatch(/<pubDate>[^<]+<\/pubDate>/);
  });
});

test.describe('smaller points', () => {
  test('printing from a dark-scheme browser prints dark ink on white', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.goto(READING);
    const [ink, paper, claimInk] = await toRgb(page, await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('[data-reading-body] .claim')!).color]));
    expect(contrast(ink!, paper!)).toBeGreaterThanOrEqual(7);
    expect(contrast(claimInk!, paper!)).toBeGreaterThanOrEqual(7);
  });

  test('claim markers are finger-sized on phones @narrow', async ({ browser }) => {
    const { page, context } = await open(browser, WIDTHS[1].options, READING);
    const sizes = await page.locator('[data-reading-body] .claim:not(.claim-assertion) > .claim-mark').evaluateAll((all) => all.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThan(10);
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThanOrEqual(24);
      expect(h).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });

  test('“9 speakers quoted” does not look like a link', async ({ page }) => {
    await page.goto(READING);
    const look = await page.locator('.count-speakers').evaluate((e) => ({ color: getComputedStyle(e).color, weight: Number(getComputedStyle(e).fontWeight), line: getComputedStyle(e).textDecorationLine, link: getComputedStyle(document.querySelector('a[data-speaker]')!).color }));
    expect(look.color).not.toBe(look.link);
    expect(look.weight).toBeLessThan(600);
    expect(look.line).toBe('none');
  });
});
