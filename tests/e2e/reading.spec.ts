import { expect, test, type Locator, type Page } from '@playwright/test';

const READING = '/readings/mek-role-toxify-political-debate/';
const TORRICELLI = 'robert-torricelli-there-are-4000-of-them';
const PEDDE = 'nicola-pedde-when-the-mek-and-maryam';

const claim = (page: Page, id: string) => page.locator(`[data-reading-body] [data-claim="${id}"]`);
const entry = (page: Page, id: string) => page.locator(`[data-attribution="${id}"]`);

/** Selected, whether by :target (no JavaScript) or by the script's class: the entry wears the selection ring. */
async function expectSelected(locator: Locator) {
  await expect.poll(() => locator.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe('none');
}
async function expectNotSelected(locator: Locator) {
  await expect.poll(() => locator.evaluate((el) => getComputedStyle(el).boxShadow)).toBe('none');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a claim link opens at the claim with its attribution visible', async ({ page }) => {
      await page.goto(`${READING}#${TORRICELLI}`);
      await expect(claim(page, TORRICELLI)).toBeInViewport();
      const e = entry(page, TORRICELLI);
      await expect(e).toBeInViewport();
      await expectSelected(e);
      await expect(e).toContainText('Robert Torricelli');
      await expect(e).toContainText('US Senator, called the MEK’s American lobbyist');
      await expect(e.locator('.entry-chain')).toHaveText('relayed by Anne Khodabandeh, reported by Massoud Khodabandeh');
      await expect(e).toContainText('4,000 (Number of MEK members)');
      // Only one entry is selected.
      await expectNotSelected(entry(page, PEDDE));
    });

    test('a claim’s marker selects it and shows its attribution', async ({ page }) => {
      await page.goto(READING);
      await claim(page, PEDDE).locator('> .claim-mark').click();
      // The script keeps the claim's own id in the address; without it the link names the attribution, which selects the same.
      await expect(page).toHaveURL(new RegExp(javaScriptEnabled ? `#${PEDDE}$` : `#attribution-${PEDDE}$`));
      const e = entry(page, PEDDE);
      await expect(e).toBeInViewport();
      await expectSelected(e);
      await expect(e).toContainText('Nicola Pedde');
      await expect(e).toContainText('Quote');
      await expect(e).toContainText('10 April 2018 · Round-table “Mojahedin-e Khalq (MEK) threat in Albania”, European Parliament');
    });

    test('an entry leads back to its claim', async ({ page }) => {
      await page.goto(`${READING}#${TORRICELLI}`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await entry(page, TORRICELLI).locator('.entry-n').click();
      await expect(page).toHaveURL(new RegExp(`#${TORRICELLI}$`));
      await expect(claim(page, TORRICELLI)).toBeInViewport();
    });

    test('the three highlights and the legend are there', async ({ page }) => {
      await page.goto(READING);
      await expect(page.locator('.legend')).toContainText('How to read the marks');
      await expect(page.locator('[data-reading-body] [data-claim]')).toHaveCount(33);
      await expect(page.locator('[data-reading-body] data[data-number]')).toHaveCount(14);
      await expect(page.locator('[data-reading-body] a[data-speaker="nicola-pedde"]').first()).toHaveAttribute('href', '/speakers/nicola-pedde/');
      await expect(page.locator('[data-reading-body] data[data-unsourced]')).toHaveText(['2,745', 'around fifty']);
    });
  });
}

test.describe('with JavaScript', () => {
  test('clicking a claim selects its entry without moving the page', async ({ page }) => {
    await page.goto(READING);
    const c = claim(page, PEDDE);
    await c.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await c.click();
    await expect(page).toHaveURL(new RegExp(`#${PEDDE}$`));
    await expect(c).toHaveClass(/is-selected/);
    const e = entry(page, PEDDE);
    await expect(e).toHaveClass(/is-selected/);
    await expect(e).toBeInViewport();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
  });

  test('selecting another claim moves the selection; Escape clears it', async ({ page }) => {
    await page.goto(`${READING}#${TORRICELLI}`);
    await expectSelected(entry(page, TORRICELLI));
    await claim(page, PEDDE).locator('> .claim-mark').click();
    await expectSelected(entry(page, PEDDE));
    await expectNotSelected(entry(page, TORRICELLI));
    await page.keyboard.press('Escape');
    await expectNotSelected(entry(page, PEDDE));
    await expect(page).toHaveURL(new RegExp(`${READING}$`));
  });

  test('a link inside a claim still works as a link', async ({ page }) => {
    await page.goto(READING);
    await claim(page, 'anne-khodabandeh-in-2003-the-us-army').locator('a[data-speaker="robert-torricelli"]').click();
    await expect(page).toHaveURL(/\/speakers\/robert-torricelli\/$/);
    await expect(page.locator('h1')).toHaveText('Robert Torricelli');
  });
});
