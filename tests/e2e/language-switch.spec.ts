/**
 * The language switcher keeps the view: the map's domain and filters, a domain page's date; reachable by keyboard.
 * Runs at / and under /atlas/ (the switcher's addresses carry the base).
 */
import { expect, test } from './fixtures.ts';

test.describe('the language switcher keeps the view', () => {
  test('on the map: the domain and filters chosen in English are kept in Welsh, and back', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-map-state', 'ready');
    await page.locator('#f-lang').selectOption('cy');
    await page.locator('#f-status').selectOption('published');
    await page.locator('#reach-domain').selectOption('threads.net');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', 'threads.net');
    await expect.poll(() => new URL(page.url()).searchParams.get('domain')).toBe('threads.net');
    const query = new URL(page.url()).search;
    await page.locator('[data-lang-switch] a[data-lang-link="cy"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    expect(new URL(page.url()).pathname).toMatch(/\/cy\/$/);
    expect(new URL(page.url()).search).toBe(query);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', 'threads.net');
    await expect(page.locator('#f-lang')).toHaveValue('cy');
    await expect(page.locator('#f-status')).toHaveValue('published');
    await expect(page.locator('#reach-domain')).toHaveValue('threads.net');
    // A filter changed in Welsh comes back to English with the rest.
    await page.locator('#f-status').selectOption('');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBeNull();
    await page.locator('[data-lang-switch] a[data-lang-link="en"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(new URL(page.url()).pathname).not.toMatch(/\/cy\//);
    await expect(page.locator('#f-lang')).toHaveValue('cy');
    await expect(page.locator('#f-status')).toHaveValue('');
    await expect(page.locator('#reach-domain')).toHaveValue('threads.net');
  });

  test('on a domain page: the as-of date is kept', async ({ page }) => {
    await page.goto('domains/threads.net/?date=2023-12-31');
    await page.locator('[data-lang-switch] a[data-lang-link="cy"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    const url = new URL(page.url());
    expect(url.pathname).toMatch(/\/cy\/domains\/threads\.net\/$/);
    expect(url.searchParams.get('date')).toBe('2023-12-31');
  });

  test('by keyboard, the switcher is reachable and marks the current language without colour alone', async ({ page }) => {
    await page.goto('cy/');
    const current = page.locator('[data-lang-switch] a[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('hreflang', 'cy');
    await expect(page.locator('[data-lang-switch] a[data-lang-link="en"]')).toHaveAttribute('lang', 'en');
  });
});
