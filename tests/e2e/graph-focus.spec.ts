/**
 * The full graph answers about one node: finding a community by its display name (accented, as the fixture's
 * YAML writes it) focuses it, the focus panel lists exactly its neighbours (worked out here from the YAML through
 * the reach oracle, tests/shared/reach-oracle.ts, never copied from the site's code), the address keeps the focus
 * so a shared link reopens it, Escape clears it; and on a touch screen a pinch zooms the graph while a one-finger
 * swipe is left to the page.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { statesOn } from '../shared/reach-oracle.ts';
import { dataAtlasDay, dataCommunities, expect, FIXTURE_DIR, test } from './fixtures.ts';

const FOCUSED = 'cymru.fixture';
const acts = (s: string | undefined) => s === 'suspends' || s === 'limits';

/** The neighbours of `domain` among the graph's `nodes` on `day`: who acts on it, and what it acts on, by the oracle. */
function expectedNeighbours(domain: string, nodes: readonly string[], day: string): string[] {
  const communities = dataCommunities();
  const shown = new Set(nodes);
  const out = new Set<string>();
  for (const [c, state] of statesOn(communities, domain, day)) if (acts(state) && shown.has(c)) out.add(c);
  const self = communities.filter((c) => c.domain === domain);
  for (const target of nodes) if (target !== domain && acts(statesOn(self, target, day).get(domain))) out.add(target);
  return [...out].sort();
}

test.describe('the full graph focused on one node', () => {
  test('a display name with an accent finds its node; the panel lists exactly its neighbours; the link keeps the focus', async ({ page, log }) => {
    const name = String((parse(readFileSync(`${FIXTURE_DIR}${FOCUSED}.yaml`, 'utf8')) as { name: string }).name);
    expect(name).toMatch(/[^\x00-\x7f]/); // the fixture's name carries an accent ("Tŵt Cymru")
    await page.goto('graph/');
    const canvas = page.locator('canvas[data-full-graph]');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    await page.getByLabel('Find a community or domain').fill(name);
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    const panel = page.locator('[data-graph-focus]');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute('data-node', FOCUSED);
    await expect(page).toHaveURL(new RegExp(`[?&]domain=${FOCUSED.replace('.', '\\.')}(&|$)`));

    const nodes = await page.locator('table[data-graph-nodes-table] tbody th[data-sort]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-sort')!));
    const expected = expectedNeighbours(FOCUSED, nodes, dataAtlasDay());
    expect(expected.length).toBeGreaterThan(1);
    const listed = async () => (await panel.locator('tr[data-graph-focus-row]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-graph-focus-row')!))).sort();
    expect(await listed()).toEqual(expected);
    // Each row says its state in words, and links to the neighbour's page.
    for (const row of await panel.locator('tr[data-graph-focus-row]').all()) {
      await expect(row.locator('[data-state]')).toHaveText(/suspend|limit/);
      await expect(row.getByRole('link').first()).toHaveAttribute('href', /\/(servers|domains)\/[^/]+\/$/);
    }

    // A shared link reopens the same focus; Escape clears it, from the page and from the address.
    await page.goto(page.url());
    await expect(panel).toHaveAttribute('data-node', FOCUSED);
    expect(await listed()).toEqual(expected);
    await canvas.focus();
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(page).not.toHaveURL(/[?&]domain=/);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });
});

test.describe('the full graph on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a two-finger pinch zooms the graph; a one-finger swipe is left to the page', async ({ page, log }) => {
    await page.goto('graph/');
    const canvas = page.locator('canvas[data-full-graph]');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    await canvas.scrollIntoViewIfNeeded();
    // The page keeps one-finger panning: the canvas does not claim every touch.
    expect(await canvas.evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-x pan-y');
    const zoom = async () => Number(await canvas.getAttribute('data-zoom'));
    const before = await zoom();
    expect(before).toBeGreaterThan(0);
    let box = (await canvas.boundingBox())!;
    let cx = box.x + box.width / 2;
    let cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });

    // One finger: d3-zoom leaves it alone (the graph is not engaged), so the zoom stays.
    await touch('touchStart', [{ x: cx, y: cy }]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: cx, y: cy - 10 * i }]);
    await touch('touchEnd', []);
    expect(await zoom()).toBe(before);

    // (The swipe may have scrolled the page: find the canvas again.)
    box = (await canvas.boundingBox())!;
    cx = box.x + box.width / 2;
    cy = box.y + box.height / 2;
    // Two fingers moving apart: a pinch, which zooms in.
    await touch('touchStart', [{ x: cx - 20, y: cy }, { x: cx + 20, y: cy }]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [{ x: cx - 20 - 10 * i, y: cy }, { x: cx + 20 + 10 * i, y: cy }]);
    await touch('touchEnd', []);
    await expect.poll(zoom).toBeGreaterThan(before * 1.5);
    expect(log.pageErrors).toEqual([]);
  });
});
