import { expect, test } from '@playwright/test';

const READING = '/readings/mek-role-toxify-political-debate/';
const TORRICELLI = 'robert-torricelli-there-are-4000-of-them';
const CLAIM_PAGE = `${READING}claims/${TORRICELLI}/`;

test('a claim’s page shows it in its paragraph, its full attribution, and leads into the reading', async ({ page }) => {
  await page.goto(CLAIM_PAGE);
  await expect(page.locator('h1')).toContainText('there are 4,000 of them in Camp Ashraf Three');
  await expect(page.locator('.claim-chain')).toContainText('said by Robert Torricelli');
  await expect(page.locator('.claim-context [data-claim="robert-torricelli-there-are-4000-of-them"]')).toContainText('there are 4,000 of them in Camp Ashraf Three');
  const entry = page.locator(`.claim-page-attribution [data-attribution="${TORRICELLI}"]`);
  await expect(entry).toBeVisible();
  await expect(entry.locator('.entry-chain')).toHaveText('relayed by Anne Khodabandeh, reported by Massoud Khodabandeh');
  await expect(page.locator('a[rel="prev"]')).toContainText('Claim 26');
  await expect(page.locator('a[rel="next"]')).toContainText('Claim 28');
  await page.getByRole('link', { name: 'Read in context' }).click();
  await expect(page).toHaveURL(new RegExp(`${READING}#${TORRICELLI}$`));
  await expect(page.locator(`[data-reading-body] [data-claim="${TORRICELLI}"]`)).toBeInViewport();
});

test('the preview card is a 1200×630 image', async ({ request }) => {
  const response = await request.get(`${CLAIM_PAGE}card.png`);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('“copy link” puts the claim’s own address on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${READING}#${TORRICELLI}`);
  await page.locator(`[data-attribution="${TORRICELLI}"] .entry-share`).click();
  await expect(page.locator('.share-status')).toHaveText('Link copied: claim 27');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(CLAIM_PAGE, page.url()).href);
  await expect(page).toHaveURL(new RegExp(`#${TORRICELLI}$`));
});

test('without JavaScript, the share link is a plain link to the claim’s page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${READING}#${TORRICELLI}`);
  await page.locator(`[data-attribution="${TORRICELLI}"] .entry-share`).click();
  await expect(page).toHaveURL(new RegExp(`${CLAIM_PAGE}$`));
  await context.close();
});

test('searching a word of a claim finds it', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Words from a claim, a name, a figure').fill('toxification');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.search-status')).toContainText('for “toxification”');
  const results = page.locator('.search-results li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('.search-results a[href$="/claims/nicola-pedde-the-toxification-of-political-debate/"]')).toContainText('Nicola Pedde');
  // Pagefind stems words: "toxification" also finds "Toxify".
  await expect(page.locator('.search-results mark').first()).toHaveText(/toxif/i);
  await expect(page).toHaveURL(/\/search\/\?q=toxification$/);
});

test('search joins the index’s parts: a reading and a speaker’s page in one list', async ({ page }) => {
  // The readings are in parts of the index, the speaker and figure pages in its main bundle (src/tools/build/search-index.ts).
  await page.goto('/search/?q=Torricelli');
  await expect(page.locator('.search-results > li > a[href$="/speakers/robert-torricelli/"]')).toBeVisible();
  await expect(page.locator('.search-results > li > a[href$="/readings/mek-role-toxify-political-debate/"]')).toBeVisible();
});

test('search finds a claim in the text, not again in the notes beside it', async ({ page }) => {
  await page.goto('/search/?q=4000');
  await expect(page.locator('.search-results a[href$="/claims/robert-torricelli-there-are-4000-of-them/"]')).toBeVisible();
  // The notes repeat the claims: not searched, so neither their heading nor their labels come back.
  await expect(page.locator('.search-results')).not.toContainText('Who says what');
  await expect(page.locator('.search-results')).not.toContainText('Withinclaim');
});

test('the figures page compares the counts side by side', async ({ page }) => {
  await page.goto('/figures/');
  await page.getByRole('link', { name: 'Number of MEK members' }).click();
  await expect(page.locator('h1')).toHaveText('Number of MEK members');
  await expect(page.locator('.figures-table tbody tr')).toHaveCount(5);
  await expect(page.getByRole('img', { name: /Robert Torricelli: 4,000/ })).toBeVisible();
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/readings/no-such-reading/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('There is nothing at this address');
});
