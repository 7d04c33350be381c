import { expect, test, type Page } from '@playwright/test';

/** Every violation the page reports, by event and by console message. */
async function watch(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return violations;
}

const PAGES = [
  '/',
  '/readings/mek-role-toxify-political-debate/#robert-torricelli-there-are-4000-of-them',
  '/readings/mek-role-toxify-political-debate/claims/robert-torricelli-there-are-4000-of-them/',
  '/speakers/',
  '/speakers/anne-khodabandeh/',
  '/figures/',
  '/figures/mek-members/',
  '/search/?q=lobbyist',
  '/no-such-page/',
];

for (const path of PAGES) {
  test(`no Content-Security-Policy violation on ${path}`, async ({ page }) => {
    const violations = await watch(page);
    const response = await page.goto(path);
    // The host's header (from dist/_headers) says what a <meta> cannot: no framing; the page's own policy is in its <meta>.
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    if (path.startsWith('/search')) await expect(page.locator('.search-results li').first()).toBeVisible();
    if (path.includes('#')) {
      await page.locator('[data-reading-body] .claim:not(.claim-assertion) > .claim-mark').nth(3).click();
      await page.keyboard.press('j');
    }
    await page.waitForTimeout(300);
    expect(violations).toEqual([]);
  });
}

test('the reading’s own styles apply under the policy', async ({ page }) => {
  await page.goto('/readings/mek-role-toxify-political-debate/');
  const hue = await page.locator('[data-claim="nicola-pedde-when-the-mek-and-maryam"]').evaluate((el) => getComputedStyle(el).getPropertyValue('--hue'));
  expect(hue.trim()).not.toBe('60');
});
