/**
 * Keyboard only, as a reader without a mouse: find a server from the home page's search, open its page, go to
 * the domain look-up, show a domain's reach. Every step is Tab, typing and Enter; no click, no `focus()`.
 * Runs in both projects (the site at / and under /atlas/).
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Presses Tab until `target` has the focus (at most `max` times), and fails saying so when it never does. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reached by Tab within ${max} presses`).toBeFocused();
}

test('keyboard only: search the list, open a server, look up a domain, read its reach', async ({ page, log }) => {
  test.setTimeout(60_000);
  await page.goto('./');
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-map-state', 'ready');

  // Find the server: the search field filters the list.
  const search = page.getByRole('searchbox', { name: /search/i });
  await tabTo(page, search);
  await page.keyboard.type('Tŵt');
  const link = page.locator('#servers tbody tr:not([hidden])').getByRole('link', { name: 'Tŵt Cymru', exact: true });
  await expect(link).toHaveCount(1);
  await tabTo(page, link, 200);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/servers\/toot\.wales\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tŵt Cymru');

  // Go to the domain look-up through the main navigation, and ask about threads.net.
  const domains = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Domains' });
  await tabTo(page, domains);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/domains\/$/);
  const input = page.getByRole('textbox', { name: 'Domain' }).first();
  await tabTo(page, input);
  await page.keyboard.type('threads.net');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/domains\/threads\.net\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('threads.net');
  // Its reach, in words: toot.wales is among those that suspend it.
  await expect(page.locator('table[data-reach-table="suspends"]')).toContainText('toot.wales');
  expect(log.pageErrors).toEqual([]);
});
