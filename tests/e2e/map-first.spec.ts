/**
 * The home page answers first: the map fills the first screen on a desktop and on a phone, with its panel (the reach
 * picker, the day, the filters) beside it on a desktop and folded above it on a phone, opened by keyboard; a filter
 * fits the view to the markers that remain, clearing returns to the world view, and the URL reopens what was seen;
 * the day in words beside the date field follows the field. Expectations come from the fixture's files.
 */
import type { Locator, Page } from '@playwright/test';
import { dataServers, expect, test } from './fixtures.ts';

/** Opens a page of the site and waits until the map has drawn its basemap and markers. */
async function open(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-map-state', 'ready');
}

/** Presses Tab (or `key`, e.g. Shift+Tab) until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 40, key = 'Tab'): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `reached by ${key} within ${max} presses`).toBeFocused();
}

/** The map's view as its element exposes it ("zoom/lat/lon"), once the last move has ended. */
const viewOf = (page: Page) => page.locator('#atlas-map').getAttribute('data-view');

/** Each marker and cluster on the map: the servers it stands for, and whether all of it lies inside the map's box. */
async function markers(page: Page): Promise<{ domains: string[]; outside: string[] }> {
  return page.locator('#atlas-map').evaluate((map) => {
    const box = map.getBoundingClientRect();
    const domains: string[] = [];
    const outside: string[] = [];
    for (const el of map.querySelectorAll<HTMLElement>('.atlas-marker, .atlas-cluster')) {
      const mine = el.dataset.domain ? [el.dataset.domain] : (el.dataset.domains ?? '').split(' ').filter(Boolean);
      domains.push(...mine);
      const r = el.getBoundingClientRect();
      if (r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom) outside.push(mine.join(' '));
    }
    return { domains: domains.sort(), outside };
  });
}

/** The servers the tray beside the map shows (those with no fixed place). */
async function trayDomains(page: Page): Promise<string[]> {
  return (await page.locator('.tray-item[data-domain]:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.domain!))).sort();
}

const welsh = (languages: string[]) => languages.some((tag) => tag.toLowerCase() === 'cy' || tag.toLowerCase().startsWith('cy-'));

/** Where the map lies on the first screen, as fractions of the screen's height. */
async function mapOnScreen(page: Page): Promise<{ top: number; bottom: number; height: number }> {
  const box = (await page.locator('#atlas-map').boundingBox())!;
  const h = page.viewportSize()!.height;
  return { top: box.y / h, bottom: (box.y + box.height) / h, height: box.height / h };
}

test.describe('the map comes first', () => {
  test.describe('on a 1366×800 desktop', () => {
    test.use({ viewport: { width: 1366, height: 800 } });

    test('the map fills the first screen, with the picker and the six filters beside it and the title in one line', async ({ page }) => {
      await open(page);
      const map = await mapOnScreen(page);
      expect(map.top, 'the map starts high on the first screen').toBeLessThan(0.25);
      expect(map.bottom, 'and reaches down to its foot').toBeGreaterThan(0.9);
      expect(map.bottom).toBeLessThanOrEqual(1);
      const mapBox = (await page.locator('#atlas-map').boundingBox())!;
      const panel = page.locator('#map-panel');
      await expect(panel).toHaveAttribute('open', '');
      const panelBox = (await panel.boundingBox())!;
      expect(panelBox.x + panelBox.width, 'the panel is beside the map').toBeLessThanOrEqual(mapBox.x);
      for (const id of ['reach-domain', 'f-q', 'f-lang', 'f-area', 'f-focus', 'f-software', 'f-status']) await expect(page.locator(`#${id}`), id).toBeInViewport();
      const title = page.getByRole('heading', { level: 1 });
      const lines = await title.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
      expect(lines, 'the title takes one line').toBeLessThan(1.5);
      // The list and what the atlas is come after the map.
      expect((await page.locator('#list-heading').boundingBox())!.y).toBeGreaterThan(mapBox.y + mapBox.height);
      expect((await page.locator('.lede').boundingBox())!.y).toBeGreaterThan(mapBox.y + mapBox.height);
    });

    test('a language filter fits the view to the markers that remain; the URL reopens it; clearing returns to the world view', async ({ page, context }) => {
      const servers = dataServers();
      const expected = servers.filter((s) => welsh(s.languages)).map((s) => s.domain);
      expect(expected.length).toBeGreaterThan(1);
      expect(expected.length).toBeLessThan(servers.length);
      await open(page);
      const world = (await viewOf(page))!;
      const before = await markers(page);
      expect(before.outside, 'markers outside the world view').toEqual([]);

      await page.getByLabel('Language', { exact: true }).selectOption('cy');
      await expect(page.locator('#atlas-map')).not.toHaveAttribute('data-view', world);
      await expect.poll(async () => new URL(page.url()).searchParams.get('map')).toBe(await viewOf(page));
      const fitted = (await viewOf(page))!;
      const after = await markers(page);
      const tray = await trayDomains(page);
      expect([...after.domains, ...tray].sort(), 'the markers and the tray hold the Welsh servers').toEqual(expected);
      expect(after.domains.length).toBeGreaterThan(0);
      expect(after.outside, 'markers outside the fitted view').toEqual([]);
      expect(Number(fitted.split('/')[0]), 'zoomed in to the Welsh servers').toBeGreaterThan(Number(world.split('/')[0]));

      // The copied link reopens what was seen; without `map=` the link's filters are fitted the same way; with
      // `map=` that view wins over the fit.
      const again = await context.newPage();
      await open(again, page.url());
      expect(await viewOf(again)).toBe(fitted);
      await open(again, './?lang=cy');
      expect(await viewOf(again)).toBe(fitted);
      await open(again, './?lang=cy&map=3/20/10');
      expect(await viewOf(again)).toBe('3/20/10');
      expect(new URL(again.url()).searchParams.get('map')).toBe('3/20/10');
      await again.close();

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await expect(page.locator('#atlas-map')).toHaveAttribute('data-view', world);
      expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
      expect((await markers(page)).outside).toEqual([]);
    });

    test('the date field carries the page\'s language, and the day in words beside it follows it', async ({ page }) => {
      await open(page);
      const field = page.getByLabel('As of a day');
      await expect(field).toHaveAttribute('lang', 'en-GB');
      const day = page.locator('#map-as-of time');
      const today = (await field.inputValue());
      await expect(day).toHaveAttribute('datetime', today);
      const todayWords = (await day.textContent())!;
      await field.fill('2023-12-31');
      await expect(day).toHaveText('31 December 2023');
      await expect(day).toHaveAttribute('datetime', '2023-12-31');
      await expect(page.locator('#map-as-of')).toHaveText(/^States as of 31 December 2023, the day chosen below\.$/, { useInnerText: true });
      await page.getByRole('button', { name: 'Today' }).click();
      await expect(day).toHaveText(todayWords);
      await expect(day).toHaveAttribute('datetime', today);
      await expect(page.locator('#map-as-of')).not.toContainText('the day chosen below', { useInnerText: true });

      await open(page, 'cy/?date=2023-12-31');
      await expect(page.locator('#reach-date')).toHaveAttribute('lang', 'cy');
      await expect(page.locator('#map-as-of time')).toHaveAttribute('datetime', '2023-12-31');
      await expect(page.locator('#map-as-of time')).toContainText('2023');
    });
  });

  test.describe('on a 390×844 phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

    test('the map starts on the first screen and fills it; the folded panel opens by keyboard, with visible focus', async ({ page }) => {
      await open(page);
      const map = await mapOnScreen(page);
      expect(map.top, 'the map starts on the first screen').toBeLessThan(0.4);
      expect(map.bottom).toBeGreaterThan(0.9);
      expect(map.height).toBeGreaterThan(0.5);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'sideways overflow').toBeLessThanOrEqual(0);

      const panel = page.locator('#map-panel');
      await expect(panel).not.toHaveAttribute('open');
      await expect(page.locator('#reach-domain')).toBeHidden();
      await expect(page.locator('#f-lang')).toBeHidden();
      const summary = panel.locator('summary');
      await expect(summary).toBeInViewport();
      await tabTo(page, summary);
      const outline = await summary.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
      expect(outline.style, 'focus is visible on the summary').not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      await page.keyboard.press('Enter');
      await expect(panel).toHaveAttribute('open', '');
      await expect(page.locator('#reach-domain')).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(page.locator('#reach-domain')).toBeFocused();
      await tabTo(page, page.locator('#f-lang'));
      await page.locator('#f-lang').selectOption('cy');
      await expect(summary).toContainText('1 active');
      // Folded again by keyboard, the summary still says how many filters are on.
      await tabTo(page, summary, 30, 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(panel).not.toHaveAttribute('open');
      await expect(summary).toContainText('1 active');
      await expect(page.locator('#atlas-map')).toBeInViewport();
    });

    test('a link with filters and a domain opens folded, the summary counting the filters and naming the domain', async ({ page }) => {
      await open(page, './?lang=cy&software=mastodon&domain=threads.net');
      await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', 'threads.net');
      const summary = page.locator('#map-panel summary');
      await expect(page.locator('#map-panel')).not.toHaveAttribute('open');
      await expect(summary).toContainText('2 active');
      await expect(summary).toContainText('threads.net');
      expect((await markers(page)).outside, 'markers outside the fitted view').toEqual([]);
    });
  });
});
