import { expect, test } from '@playwright/test';

test('the index lists the readings with their counts', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('.reading-card').first();
  await expect(card.locator('h2')).toHaveText('MEK’s Role Is To Toxify Political Debate On Iran');
  await expect(card).toContainText('Says Panel Of Experts In The European Parliament');
  await expect(card).toContainText('By Massoud Khodabandeh');
  await expect(card.locator('.counts')).toHaveText(/33 claims\s*9 speakers quoted\s*14 numbers, 2 unsourced/);
  await card.locator('h2 a').click();
  await expect(page.locator('h1')).toHaveText('MEK’s Role Is To Toxify Political Debate On Iran');
});

test('claims.json is served and says who claims what', async ({ request }) => {
  const response = await request.get('/readings/mek-role-toxify-political-debate/claims.json');
  expect(response.ok()).toBe(true);
  const data = await response.json();
  expect(data.reading).toMatchObject({ slug: 'mek-role-toxify-political-debate', author: { id: 'massoud-khodabandeh', name: 'Massoud Khodabandeh' } });
  expect(data.claims).toHaveLength(33);
  expect(data.speakers.map((s: { id: string }) => s.id)).toContain('robert-torricelli');
});

test('a speaker’s page lists their claims with links into the reading', async ({ page }) => {
  await page.goto('/speakers/anne-khodabandeh/');
  await expect(page.locator('h1')).toHaveText('Anne Khodabandeh');
  await expect(page.locator('.claim-list li')).toHaveCount(2);
  await expect(page.locator('.claim-list blockquote a').first()).toHaveAttribute('href', '/readings/mek-role-toxify-political-debate/claims/anne-khodabandeh-we-dont-know-who-they/');
  await page.getByRole('link', { name: 'in context' }).first().click();
  await expect(page).toHaveURL(/#anne-khodabandeh-we-dont-know-who-they$/);
});
