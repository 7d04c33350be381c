import { expect, test } from '@playwright/test';
import { hostilePort } from '../../playwright.config';

/**
 * The hostile fixture site in a real browser: every payload is numbered
 * `window.__pwned=N`; none may set it, open a dialog, or even try to run
 * (the Content-Security-Policy would report the attempt).
 */
const site = `http://127.0.0.1:${hostilePort}`;
const PAGES = ['/', '/readings/hostile/', '/readings/hostile/#old-claim', '/readings/hostile/claims/evil-a-note-payload/', '/readings/hostile/claims/old-claim/', '/speakers/', '/speakers/evil/', '/speakers/writer/', '/figures/count/', '/search/?q=evil'];

for (const path of PAGES) {
  test(`nothing runs on the hostile ${path}`, async ({ page }) => {
    const attempts: string[] = [];
    page.on('dialog', (d) => {
      attempts.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (/Content Security Policy|pwned/i.test(m.text())) attempts.push(m.text());
    });
    page.on('pageerror', (e) => attempts.push(`error: ${e.message}`));
    await page.goto(site + path);
    // Give handlers their chances: hover, focus, click every link-free thing the payloads sit on.
    await page.mouse.move(200, 300);
    await page.keyboard.press('Tab');
    for (const mark of await page.locator('.claim-mark').all()) await mark.click().catch(() => {});
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(attempts).toEqual([]);
  });
}
