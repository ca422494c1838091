/** The home page: the server table matches data/, and the page is quiet, local and accessible. */
import { dataDomains, expect, test } from './fixtures.ts';

test.describe('home page', () => {
  test('lists exactly one row per data/servers/*.yaml file, sorted by domain', async ({ page }) => {
    const domains = dataDomains();
    expect(domains.length).toBeGreaterThan(0);
    await page.goto('./');
    const table = page.getByRole('table', { name: /curated servers?/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(domains.length);
    await expect(table.locator('caption')).toContainText(`${domains.length} curated server`);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-domain')));
    expect(shown).toEqual(domains);
    // The first cell (after the row header) of each row is its domain; read in one pass, as the list holds hundreds.
    const firstCells = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent?.trim()));
    expect(firstCells).toEqual(domains);
  });

  test('shows cymru.fixture as "Tŵt Cymru", in Welsh (cy), with its block-list status in words', async ({ page }) => {
    await page.goto('./');
    const row = page.locator('tbody tr', { has: page.getByRole('cell', { name: 'cymru.fixture', exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('rowheader')).toHaveText('Tŵt Cymru');
    const headers = await page.locator('thead th').allTextContents();
    const cells = row.locator('th, td');
    await expect(cells.nth(headers.indexOf('Languages'))).toHaveText(/\(cy\)/);
    await expect(cells.nth(headers.indexOf('Block list'))).toHaveText(/^\W*(Published|Partial|Unknown)$/);
    await expect(cells.nth(headers.indexOf('Decisions'))).toHaveText(/^\d+$/);
  });

  test('makes no console errors or page errors, and every request stays on its origin', async ({ page, log }) => {
    await page.goto('./', { waitUntil: 'networkidle' });
    const origin = new URL(page.url()).origin;
    expect(log.requests.length).toBeGreaterThan(1); // the page and at least its stylesheet
    const elsewhere = log.requests.filter((url) => new URL(url).origin !== origin);
    expect.soft(elsewhere, 'requests that left the page\'s origin').toEqual([]);
    expect.soft(log.failed, 'failed requests').toEqual([]);
    expect.soft(log.consoleErrors, 'console errors').toEqual([]);
    expect.soft(log.pageErrors, 'page errors').toEqual([]);
  });

  test('has landmarks, a working skip link, one h1 and the data credit', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Servers' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toContainText(
      'Data: Federation Atlas curators, ODbL 1.0; server places from Fediverse Near Me by Jaz-Michael King (ODbL)',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});
