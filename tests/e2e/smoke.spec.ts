/**
 * Smoke test of the real site, built from data/ into dist/ (Playwright project `smoke`; every behaviour is tested on
 * the synthetic fixture site by the other specs). Its expectations are computed from data/servers/*.yaml when the
 * test runs, through the one reach oracle, so a curator's valid correction never breaks it: the only names it knows
 * are threads.net and toot.wales, the atlas's running example.
 */
import type { Page } from '@playwright/test';
import { dataCommunities, dataDomains, expect, REAL_DIR, test, type PageLog } from './fixtures.ts';
import { statesOn } from '../shared/reach-oracle.ts';

const STATES = ['suspends', 'limits', 'reaches', 'unknown'] as const;

/** The main pages a reader opens first. */
const MAIN_PAGES = ['domains/threads.net/', 'domains/', 'servers/toot.wales/', 'graph/', 'data/', 'cy/'];

/** The page loaded quietly: no error, nothing off its origin, no failed or error response. */
function expectQuiet(page: Page, log: PageLog): void {
  const origin = new URL(page.url()).origin;
  expect.soft(log.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin), 'requests that left the origin').toEqual([]);
  expect.soft(log.failed, 'failed requests').toEqual([]);
  expect.soft(log.consoleErrors, 'console errors').toEqual([]);
  expect.soft(log.pageErrors, 'page errors').toEqual([]);
  expect.soft(log.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect.soft(log.responses.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`), 'error responses').toEqual([]);
}

test.describe('the real site', () => {
  for (const path of MAIN_PAGES) {
    test(`/${path} loads quietly, with one heading`, async ({ page, log }) => {
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      if (path === 'graph/') {
        await expect(page.locator('canvas[data-full-graph]')).toHaveAttribute('data-drawn', 'true');
        // Counts are written as the rest of the page writes them ("1,987"), whatever their size in the data.
        for (const count of await page.locator('[data-edge-count], [data-node-count], [data-graph-as-of-count]').all()) {
          const value = Number((await count.getAttribute('data-edge-count')) ?? (await count.getAttribute('data-node-count')) ?? (await count.getAttribute('data-count')));
          await expect(count).toHaveText(new Intl.NumberFormat('en').format(value));
        }
      }
      expectQuiet(page, log);
    });
  }

  test('the map and the list show every server file of data/, and threads.net\'s reach on a day is the oracle\'s', async ({ page, log }) => {
    const domains = dataDomains(REAL_DIR);
    const day = '2025-02-01';
    await page.goto(`?domain=threads.net&date=${day}`);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-map-state', 'ready');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach-day', day);
    const rows = page.locator('#servers tbody tr[data-domain]');
    await expect(rows).toHaveCount(domains.length);
    const expected = statesOn(dataCommunities(REAL_DIR), 'threads.net', day);
    for (const state of STATES) {
      const count = [...expected.values()].filter((s) => s === state).length;
      await expect(page.locator(`[data-count="${state}"]`), `${state} on ${day}`).toHaveText(String(count));
    }
    expectQuiet(page, log);
  });

  test('threads.net\'s page, replayed to the day toot.wales suspended it and the day before, gives the oracle\'s counts', async ({ page }) => {
    const communities = dataCommunities(REAL_DIR);
    for (const day of ['2025-01-18', '2025-01-19']) {
      await page.goto(`domains/threads.net/?date=${day}`);
      const replay = page.locator('[data-as-of]');
      await expect(replay).toHaveAttribute('data-shown', day);
      const expected = statesOn(communities, 'threads.net', day);
      for (const state of STATES) {
        const count = [...expected.values()].filter((s) => s === state).length;
        await expect(replay.locator(`[data-state-count="${state}"]`), `${state} on ${day}`).toHaveText(String(count));
      }
      const row = replay.locator('[data-as-of-row="toot.wales"] [data-state]');
      if (expected.get('toot.wales') !== 'unknown') await expect(row).toHaveAttribute('data-state', expected.get('toot.wales')!);
    }
  });
});
