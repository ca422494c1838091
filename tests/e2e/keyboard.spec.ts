/**
 * Keyboard only, as a reader without a mouse: find a server from the home page's search, open its page, go to
 * the domain look-up, show a domain's reach, open the Embed dialog and copy its code. Every step is Tab, typing,
 * Enter and Escape; no click, no `focus()`.
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

test('keyboard only: search the list, open a server, look up a domain, read its reach, copy its embed code', async ({ page, log, context, base }) => {
  test.setTimeout(90_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
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
  await expect(page).toHaveURL(/\/servers\/cymru\.fixture\/$/);
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
  // Its reach, in words: cymru.fixture is among those that suspend it.
  await expect(page.locator('table[data-reach-table="suspends"]')).toContainText('cymru.fixture');

  // Embed it: the dialog opens on Enter, Tab reaches the copy button, Enter copies, Escape closes.
  const embed = page.getByRole('button', { name: 'Embed', exact: true });
  await tabTo(page, embed);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  const copy = dialog.getByRole('button', { name: 'Copy code' });
  await tabTo(page, copy, 20);
  await page.keyboard.press('Enter');
  await expect(dialog.locator('[data-embed-copied]')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`${base}embed/reach/?domain=threads.net`);
  expect(copied).toMatch(/^<iframe /);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(embed).toBeFocused();
  expect(log.pageErrors).toEqual([]);
});
