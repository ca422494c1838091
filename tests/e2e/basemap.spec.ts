/**
 * The map's place context: at the world view nothing more than the country shapes is fetched; zoomed into a
 * European country, the borders between its regions and the names of its cities are drawn, from the site's own
 * files, with no request to another origin and nothing against the Content-Security-Policy.
 */
import { expect, test } from './fixtures.ts';

/** The site's region and place files. */
const PLACE_FILES = /\/data\/basemap\/(admin1|places)\.json$/;

test('the world view fetches no region or place file; zoomed into Germany, region borders and city names are drawn, all from the site', async ({ page, log }) => {
  // The world view, as a copied link opens it (the fixture's few servers would be fitted closer in).
  await page.goto('./?map=2/30/0');
  const map = page.locator('#atlas-map');
  await expect(map).toHaveAttribute('data-map-state', 'ready');
  await page.waitForLoadState('networkidle');
  await expect(map).toHaveAttribute('data-basemap-places', 'off');
  expect(log.requests.filter((url) => PLACE_FILES.test(new URL(url).pathname)), 'place files fetched at the world view').toEqual([]);
  await expect(map.locator('.basemap-label')).toHaveCount(0);

  // Germany at zoom 6 (the view in the URL, as a copied link would open it).
  await page.goto('./?map=6/51.2/10.4');
  await expect(map).toHaveAttribute('data-basemap-places', 'ready');
  await expect(map.locator('.basemap-place .basemap-label-text', { hasText: /^Berlin$/ })).toBeVisible();
  await expect(map.locator('.basemap-region .basemap-label-text').first()).toBeVisible();
  const borders = map.locator('path.basemap-region-border');
  await expect(borders).toHaveCount(1);
  expect((await borders.getAttribute('d'))?.length ?? 0, 'the region borders are drawn').toBeGreaterThan(1000);

  const origin = new URL(page.url()).origin;
  expect(log.requests.filter((url) => new URL(url).origin !== origin), 'requests that left the origin').toEqual([]);
  expect(log.requests.map((url) => new URL(url).pathname).filter((p) => PLACE_FILES.test(p)).sort(), 'each file fetched once').toHaveLength(2);
  expect(log.cspViolations, 'CSP violations').toEqual([]);
  expect(log.failed, 'failed requests').toEqual([]);
  expect(log.consoleErrors, 'console errors').toEqual([]);
  expect(log.pageErrors, 'page errors').toEqual([]);
});
