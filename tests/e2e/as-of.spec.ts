/**
 * The as-of replay on a domain page: with the day set, each community's state and the counts are those of that
 * day, as this test works them out from data/servers/*.yaml itself (fixtures.ts `dataStatesOn`), never copied
 * from the site's code.
 */
import { dataStatesOn, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const STATES = ['suspends', 'limits', 'reaches', 'unknown'] as const;

function countsOf(states: Map<string, string>): Record<(typeof STATES)[number], number> {
  const counts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  for (const s of states.values()) counts[s as (typeof STATES)[number]]++;
  return counts;
}

async function expectDay(page: Page, day: string) {
  const replay = page.locator('[data-as-of]');
  await expect(replay).toHaveAttribute('data-shown', day);
  const expected = dataStatesOn('threads.net', day);
  const counts = countsOf(expected);
  for (const state of STATES) await expect(replay.locator(`[data-as-of-count="${state}"]`), `${state} on ${day}`).toHaveText(String(counts[state]));
  await expect(replay.locator('[data-as-of-status]')).toContainText(`On ${day}: ${counts.suspends} suspend, ${counts.limits} limit, ${counts.reaches} reach, ${counts.unknown} unknown.`);
  // every community that ever acted on it shows the state of that day
  for (const row of await replay.locator('[data-as-of-row]').all()) {
    const community = (await row.getAttribute('data-as-of-row'))!;
    await expect(row.locator('[data-state]'), `${community} on ${day}`).toHaveAttribute('data-state', expected.get(community)!);
  }
  return expected;
}

test.describe('the waves replayed on /domains/threads.net/', () => {
  test('on 2023-12-31 toot.wales does not suspend threads.net; on 2025-02-01 it does; the counts are the data\'s', async ({ page, log }) => {
    test.slow(); // two days, every row of the replay table checked
    await page.goto('domains/threads.net/?date=2023-12-31');
    const before = await expectDay(page, '2023-12-31');
    expect(before.get('toot.wales')).not.toBe('suspends');
    const row = page.locator('[data-as-of-row="toot.wales"] [data-state]');
    await expect(row).not.toHaveAttribute('data-state', 'suspends');
    await expect(page.getByLabel('Day', { exact: true })).toHaveValue('2023-12-31');

    await page.getByLabel('Day', { exact: true }).fill('2025-02-01');
    const after = await expectDay(page, '2025-02-01');
    expect(after.get('toot.wales')).toBe('suspends');
    await expect(row).toHaveAttribute('data-state', 'suspends');
    await expect(row).toContainText('Suspends');
    expect(new URL(page.url()).searchParams.get('date')).toBe('2025-02-01');

    // the waves differ: more communities suspend it in 2025 than at the end of 2023
    expect(countsOf(after).suspends).toBeGreaterThan(countsOf(before).suspends);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  test('the month steps move the day, the play button says whether it is playing, and Today clears the date', async ({ page }) => {
    test.slow(); // three days, every row checked
    await page.goto('domains/threads.net/?date=2025-01-19');
    await expectDay(page, '2025-01-19');
    await page.getByRole('button', { name: '◀ Month before' }).click();
    await expectDay(page, '2024-12-19');
    expect(new URL(page.url()).searchParams.get('date')).toBe('2024-12-19');
    const play = page.locator('[data-as-of-play]');
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await page.getByRole('button', { name: 'Today' }).click();
    expect(new URL(page.url()).searchParams.get('date')).toBeNull();
  });
});

test.describe('the waves replayed on the map', () => {
  test('with ?date= the markers, list and legend counts are those of that day, as the data gives them', async ({ page, log }) => {
    test.slow(); // the map loaded twice
    for (const day of ['2023-12-31', '2025-02-01']) {
      await page.goto(`?domain=threads.net&date=${day}`);
      const map = page.locator('#atlas-map');
      await expect(map).toHaveAttribute('data-reach', 'threads.net');
      await expect(map).toHaveAttribute('data-reach-day', day);
      await expect(page.getByLabel('As of a day')).toHaveValue(day);
      const expected = dataStatesOn('threads.net', day);
      const counts = countsOf(expected);
      for (const state of STATES) await expect(page.locator(`[data-count="${state}"]`), `${state} on ${day}`).toHaveText(String(counts[state]));
      const cell = page.locator('#servers tbody tr[data-domain="toot.wales"] [data-reach-cell]');
      if (day === '2023-12-31') await expect(cell).toHaveText(/^\W*Unknown on 2023-12-31/);
      else await expect(cell).toHaveText(/^\W*Suspends threads\.net on 2025-02-01/);
      await expect(page.locator('#map-status')).toContainText(`Reach of threads.net on ${day}: ${counts.suspends} suspends`);
    }
    await page.getByRole('button', { name: 'Today' }).click();
    await expect(page.locator('#atlas-map')).not.toHaveAttribute('data-reach-day', '2025-02-01');
    expect(new URL(page.url()).searchParams.get('date')).toBeNull();
    expect(log.pageErrors).toEqual([]);
  });
});

test('the domain page\'s graph follows the replayed day, and the people section counts the sizes the data gives', async ({ page }) => {
  test.slow();
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  const { dataDomains } = await import('./fixtures.ts');
  await page.goto('domains/threads.net/?date=2023-12-31');
  await expect(page.locator('[data-as-of]')).toHaveAttribute('data-shown', '2023-12-31');
  const expected = dataStatesOn('threads.net', '2023-12-31');
  for (const edge of await page.locator('svg[data-subgraph="domain-graph"] path.edge[data-source]').all()) {
    const source = (await edge.getAttribute('data-source'))!;
    const state = expected.get(source)!;
    await expect(edge, source).toHaveAttribute('data-shown-state', state);
    await expect(edge, source).toHaveClass(state === 'suspends' || state === 'limits' ? new RegExp(`\\bedge-${state}\\b`) : /\bedge-off\b/);
  }
  const sized = dataDomains().filter((d) => d !== 'threads.net' && (parse(readFileSync(`data/servers/${d}.yaml`, 'utf8')) as { users?: unknown }).users !== undefined);
  const unknown = dataDomains().filter((d) => d !== 'threads.net').length - sized.length;
  await expect(page.locator('[data-people-unknown]')).toContainText(`${unknown} communities are left out: their size is unknown.`);
  await expect(page.locator('[data-people-table] tbody tr')).toHaveCount(sized.length);
});
