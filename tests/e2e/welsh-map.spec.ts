/**
 * The map and domain side in Welsh (/cy/): the map's legend, filter labels, list view, a marker's popup and
 * accessible name, and the reach picker speak Welsh, and a link in the list stays on a Welsh page; on a domain
 * page the state badges and counts are Welsh. The strings are read from src/locales/cy/, so a string left in
 * English (or a key used in the wrong part) fails here.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** One part of a language's catalogue. */
function part(code: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`src/locales/${code}/${name}.json`, 'utf8')) as Record<string, unknown>;
}
const cyMap = part('cy', 'map') as Record<string, string>;
const cyTable = part('cy', 'table') as Record<string, string>;
const cyLabels = part('cy', 'labels') as Record<string, string>;
const cyReach = part('cy', 'reach') as Record<string, string>;

/** Opens the Welsh home page and waits until the map has drawn. */
async function openCy(page: Page, query = ''): Promise<void> {
  await page.goto(`cy/${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-map-state', 'ready');
}

test.describe('the map in Welsh', () => {
  test.skip(({ base }) => base !== '/', 'the same page at any base');

  test('filters, picker, legend and list say Welsh, and a list link stays in Welsh', async ({ page, log }) => {
    await openCy(page);
    for (const [id, key] of [['f-q', 'filters.search'], ['f-lang', 'filters.language'], ['f-area', 'filters.area'], ['f-focus', 'filters.focus'], ['f-software', 'filters.software'], ['f-status', 'filters.status'], ['reach-domain', 'picker.label']] as const) {
      await expect(page.locator(`label[for="${id}"]`)).toHaveText(cyMap[key]!);
    }
    await expect(page.getByRole('button', { name: cyMap['filters.clear']! })).toBeVisible();
    await expect(page.locator('#reach-domain option[value=""]')).toHaveText(cyMap['picker.none']!);
    await expect(page.locator('#reach-domain option[value="threads.net"]')).toContainText("wedi'i atal gan");
    await expect(page.locator('.legend-heading').first()).toHaveText(cyMap['legend.heading']!);
    await expect(page.locator('.legend-shapes')).toContainText(cyMap['shape.pin']!);
    await expect(page.locator('#f-lang option[value="cy"]')).toContainText('Cymraeg (cy)');
    await expect(page.locator('#map-status')).toContainText('Yn dangos');

    const table = page.locator('#servers');
    await expect(table.locator('thead')).toContainText(cyTable['col.languages']!);
    await expect(table.locator('thead')).toContainText(cyTable['col.list']!);
    await expect(table.locator('caption')).toContainText('wedi');
    const row = table.locator('tbody tr[data-domain="cymru.fixture"]');
    await expect(row).toContainText('Cymraeg (cy)');
    const link = row.getByRole('rowheader').getByRole('link');
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe('/cy/servers/cymru.fixture/');
    expect(log.pageErrors).toEqual([]);
  });

  test('a picked domain: legend, status, list and a marker\'s popup and name say Welsh', async ({ page }) => {
    await openCy(page, '?domain=threads.net');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', 'threads.net');
    await expect(page.locator('.legend-states [data-state="suspends"]')).toContainText(cyLabels['state.suspends']!);
    await expect(page.locator('#map-status')).toContainText('Cyrhaeddiad threads.net ar');
    await expect(page.locator('#servers [data-reach-header]')).toHaveText('Cyrhaeddiad threads.net');
    const cell = page.locator('#servers tbody tr:not([hidden]) [data-reach-cell]').first();
    await expect(cell).toHaveText(/^\W*(Yn atal|Yn cyfyngu|Yn cyrraedd|Anhysbys|Dyma)/);

    // Zoom in until cymru.fixture stands alone, then open its popup by keyboard.
    const marker = page.locator('#atlas-map .atlas-marker[data-domain="cymru.fixture"]');
    const map = page.locator('#atlas-map');
    for (let i = 0; i < 12 && (await marker.count()) === 0; i++) {
      const view = (await map.getAttribute('data-view')) ?? '';
      await page.locator('#atlas-map .atlas-cluster[data-domains~="cymru.fixture"]').click();
      await expect(map).not.toHaveAttribute('data-view', view);
    }
    await expect(marker).toHaveAttribute('aria-label', /threads\.net/);
    expect(await marker.getAttribute('aria-label')).toMatch(/Yn atal|Yn cyfyngu|Yn cyrraedd|Anhysbys/);
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toBeVisible();
    for (const key of ['details.area', 'details.languages', 'details.software', 'details.list']) await expect(popup.locator('dt', { hasText: cyMap[key]! })).toHaveCount(1);
    await expect(popup).toContainText(cyMap['details.reach-of']!.replace('{domain}', 'threads.net'));
    await expect(popup.getByRole('link', { name: cyMap['details.in-list']! })).toHaveAttribute('href', '#server-cymru.fixture');
    const serverPage = popup.getByRole('link', { name: cyMap['details.server-page']! });
    expect(new URL((await serverPage.getAttribute('href'))!, page.url()).pathname).toBe('/cy/servers/cymru.fixture/');
  });
});

test.describe('a domain page in Welsh', () => {
  test.skip(({ base }) => base !== '/', 'the same page at any base');

  test('cy/domains/threads.net/: state badges and counts are Welsh', async ({ page }) => {
    await page.goto('cy/domains/threads.net/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    const counts = page.locator('[data-as-of] .state-counts');
    await expect(counts.locator('li.count-suspends')).toContainText(cyLabels['state.suspends']!);
    await expect(counts.locator('li.count-suspends')).toContainText(cyReach['counts.suspends']!);
    await expect(counts.locator('li.count-unknown')).toContainText(cyLabels['state.unknown']!);
    await expect(page.locator('#state-suspends .state')).toHaveText(new RegExp(`${cyLabels['state.suspends']}$`));
    await expect(page.locator('[data-reach-table="suspends"] thead')).toContainText('Tystiolaeth');
    // Every link to a community's page stays in Welsh.
    const hrefs = await page.locator('[data-reach-tables] a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith('/cy/') && !h.startsWith('/data/'))).toEqual([]);
    // The replay announces its counts in Welsh once it runs.
    await expect(page.locator('[data-as-of]')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-as-of-status]')).toContainText(/^Ar \d{1,2} \S+ \d{4}: \d+ yn atal/);
    await expect(page.locator('[data-as-of] [data-replay-play]')).toHaveText('Chwarae\'r tonnau');
  });
});
