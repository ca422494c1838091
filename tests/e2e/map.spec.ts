/**
 * The home page's map view: markers, the tray of servers with no fixed place and the list show every server in
 * data/servers/; the filters, the reach of a picked domain and the URL keep them in step; it works by keyboard
 * and on a phone; and nothing is requested from another origin.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { dataDomains, dataServers, expect, test } from './fixtures.ts';

// The map as most readers see it, animated (the other specs ask for reduced motion: playwright.config.ts).
test.use({ reducedMotion: 'no-preference' });

/** Opens a page of the site (relative to the base) and waits until the map has drawn its basemap and markers. */
async function open(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-map-state', 'ready');
}

/** Every server the map shows: single markers, and each cluster's members (a cluster says how many it holds). */
async function mapDomains(page: Page): Promise<{ domains: string[]; count: number }> {
  return page.locator('#atlas-map').evaluate((map) => {
    const domains: string[] = [];
    let count = 0;
    for (const el of map.querySelectorAll<HTMLElement>('.atlas-marker, .atlas-cluster')) {
      count += Number(el.dataset.count);
      if (el.dataset.domain) domains.push(el.dataset.domain);
      else domains.push(...(el.dataset.domains ?? '').split(' ').filter(Boolean));
    }
    return { domains: domains.sort(), count };
  });
}

/** The servers the tray beside the map shows (those with no fixed place). */
async function trayDomains(page: Page): Promise<string[]> {
  const items = page.locator('.tray-item[data-domain]:visible');
  return (await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.domain!))).sort();
}

/** The servers the list view shows. */
async function listDomains(page: Page): Promise<string[]> {
  const rows = page.locator('#servers tbody tr[data-domain]:visible');
  return (await rows.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.domain!))).sort();
}

/** Map plus tray, in one sorted list. */
async function shownOnMapOrTray(page: Page): Promise<string[]> {
  return [...(await mapDomains(page)).domains, ...(await trayDomains(page))].sort();
}

/** The single marker of a server, zooming into clusters until it stands alone. */
async function markerOf(page: Page, domain: string) {
  const marker = page.locator(`#atlas-map .atlas-marker[data-domain="${domain}"]`);
  const map = page.locator('#atlas-map');
  for (let i = 0; i < 12 && (await marker.count()) === 0; i++) {
    const view = (await map.getAttribute('data-view')) ?? '';
    await page.locator(`#atlas-map .atlas-cluster[data-domains~="${domain}"]`).click();
    await expect(map).not.toHaveAttribute('data-view', view); // zoomed in, markers redrawn
  }
  await expect(marker).toHaveCount(1);
  return marker;
}

const welsh = (languages: string[]) => languages.some((tag) => tag.toLowerCase() === 'cy' || tag.toLowerCase().startsWith('cy-'));

test.describe('map view', () => {

  test('the map with its tray, and the list, each show exactly as many servers as data/servers/ holds', async ({ page }) => {
    const domains = dataDomains();
    expect(domains.length).toBeGreaterThan(0);
    await open(page);
    const onMap = await mapDomains(page);
    const tray = await trayDomains(page);
    expect(onMap.count + tray.length, 'markers (clusters counted by size) plus the tray').toBe(domains.length);
    expect([...onMap.domains, ...tray].sort()).toEqual(domains);
    expect(await listDomains(page)).toEqual(domains);
    await expect(page.locator('#map-status')).toContainText(`Showing all ${domains.length} server`);
    // Markers are drawn with the site's own marks (no default marker images) and each is a keyboard stop with a name.
    await expect(page.locator('#atlas-map img.leaflet-marker-icon')).toHaveCount(0);
    for (const el of await page.locator('#atlas-map .atlas-marker, #atlas-map .atlas-cluster').all()) {
      await expect(el).toHaveAttribute('tabindex', '0');
      await expect(el).toHaveAttribute('role', 'button');
      await expect(el).toHaveAttribute('aria-label', /\S/);
    }
    // The basemap is drawn (land and borders), from the site's own files.
    expect(await page.locator('#atlas-map path.basemap-land').count()).toBeGreaterThan(0);
  });

  test('the tray says every shown server has a place exactly when it shows none of its servers', async ({ page }) => {
    await open(page);
    const note = page.locator('[data-tray-empty]');
    const language = page.getByLabel('Language', { exact: true });
    const options = (await language.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter((v) => v !== '');
    const seen = { empty: 0, some: 0 };
    for (const value of ['', ...options]) {
      await language.selectOption(value);
      const shown = (await trayDomains(page)).length;
      if (shown === 0) seen.empty++;
      else seen.some++;
      if (shown === 0) await expect(note, `language "${value}": no tray item shown`).toBeVisible();
      else await expect(note, `language "${value}": ${shown} tray items shown`).toBeHidden();
    }
    // Both cases were met: the fixture has languages with and without servers that have no pin.
    expect(seen.empty).toBeGreaterThan(0);
    expect(seen.some).toBeGreaterThan(0);
  });

  test('filtering by the language cy keeps cymru.fixture and drops every server without Welsh', async ({ page }) => {
    const servers = dataServers();
    const expected = servers.filter((s) => welsh(s.languages)).map((s) => s.domain);
    const dropped = servers.filter((s) => !welsh(s.languages)).map((s) => s.domain);
    expect(expected).toContain('cymru.fixture');
    expect(dropped.length).toBeGreaterThan(0);
    await open(page);
    await page.getByLabel('Language', { exact: true }).selectOption('cy');
    await expect.poll(() => listDomains(page)).toEqual(expected);
    const shown = await shownOnMapOrTray(page);
    expect(shown).toEqual(expected);
    expect(shown.filter((domain) => dropped.includes(domain)), 'servers without Welsh still shown').toEqual([]);
    await expect(page.locator('#map-status')).toContainText(`Showing ${expected.length} of ${servers.length}`);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('cy');
    // Clearing the filters brings every server back.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => listDomains(page)).toEqual(servers.map((s) => s.domain));
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
  });

  test('the search box and the other filters narrow the same three views', async ({ page }) => {
    await open(page);
    await page.getByLabel('Search names and domains').fill('twt'); // "Tŵt Cymru", accents ignored
    await expect.poll(() => listDomains(page)).toEqual(['cymru.fixture']);
    expect(await shownOnMapOrTray(page)).toEqual(['cymru.fixture']);
    await page.getByLabel('Search names and domains').fill('');
    await page.getByLabel('Country or region').selectOption('GB');
    const gb = dataServers().filter((s) => s.iso3166.some((code) => code.startsWith('GB'))).map((s) => s.domain);
    expect(gb).toContain('cymru.fixture');
    await expect.poll(() => listDomains(page)).toEqual(gb);
    expect(await shownOnMapOrTray(page)).toEqual(gb);
    await page.getByLabel('Country or region').selectOption('GB-WLS');
    await expect.poll(() => listDomains(page)).toEqual(dataServers().filter((s) => s.iso3166.includes('GB-WLS')).map((s) => s.domain));
    await page.getByLabel('Country or region').selectOption('GB');
    // cymru.fixture's archived list is published: the status filter keeps exactly the GB servers the data says.
    await page.getByLabel('Block list').selectOption('published');
    const gbPublished = dataServers().filter((s) => s.iso3166.some((code) => code.startsWith('GB')) && s.status === 'published').map((s) => s.domain);
    expect(gbPublished).toContain('cymru.fixture');
    await expect.poll(() => listDomains(page)).toEqual(gbPublished);
    expect(await shownOnMapOrTray(page)).toEqual(await listDomains(page));
  });

  test('the size filter keeps the servers of the data with that many accounts, or those of unknown size, and the URL reopens it', async ({ page }) => {
    const servers = dataServers();
    const atLeast = (n: number) => servers.filter((s) => s.users !== undefined && s.users >= n).map((s) => s.domain);
    const unknown = servers.filter((s) => s.users === undefined).map((s) => s.domain);
    // The fixture's counts are of several sizes: each choice keeps some servers and drops others.
    expect(atLeast(10_000).length).toBeGreaterThan(0);
    expect(atLeast(10_000).length).toBeLessThan(atLeast(1000).length);
    expect(unknown.length).toBeGreaterThan(0);
    await open(page);
    const size = page.getByLabel('Size', { exact: true });
    // It says how many servers have a known size, and offers "size unknown" with its count.
    await expect(page.locator('#f-size-note')).toHaveText(`Size known for ${servers.length - unknown.length} of ${servers.length} servers.`);
    await expect(size.locator('option[value="unknown"]')).toHaveText(`Size unknown · ${unknown.length}`);
    await size.selectOption('10000');
    await expect.poll(() => listDomains(page)).toEqual(atLeast(10_000));
    expect(await shownOnMapOrTray(page)).toEqual(atLeast(10_000));
    await expect(page.locator('#map-status')).toContainText(`Showing ${atLeast(10_000).length} of ${servers.length}`);
    expect(new URL(page.url()).searchParams.get('size')).toBe('10000');
    await size.selectOption('unknown');
    await expect.poll(() => listDomains(page)).toEqual(unknown);
    expect(await shownOnMapOrTray(page)).toEqual(unknown);
    // The address reopens the same choice.
    const url = page.url();
    expect(new URL(url).searchParams.get('size')).toBe('unknown');
    await page.goto(url);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-map-state', 'ready');
    await expect(page.getByLabel('Size', { exact: true })).toHaveValue('unknown');
    await expect.poll(() => listDomains(page)).toEqual(unknown);
    expect(await shownOnMapOrTray(page)).toEqual(unknown);
  });

  test('choosing threads.net shows cymru.fixture as suspending it, in the list in words and on its marker', async ({ page }) => {
    await open(page);
    const picker = page.getByLabel('Reach of a domain');
    // threads.net is offered first, right after "None".
    expect(await picker.locator('option').nth(1).getAttribute('value')).toBe('threads.net');
    await picker.selectOption('threads.net');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', 'threads.net');
    expect(new URL(page.url()).searchParams.get('domain')).toBe('threads.net');

    const headers = page.locator('#servers thead th');
    await expect(headers.filter({ hasText: 'Reach of threads.net' })).toBeVisible();
    const row = page.locator('#servers tbody tr[data-domain="cymru.fixture"]');
    await expect(row.locator('[data-reach-cell]')).toHaveText(/^\W*Suspends threads\.net since \d{4}/);
    // Every shown row says its state in words; an unknown is never called a reach.
    const words = await page.locator('#servers tbody tr:visible [data-reach-cell]').allTextContents();
    expect(words.length).toBe((await listDomains(page)).length);
    expect(words.filter((text) => !/^\W*(Suspends|Limits|Reaches|Unknown|Is threads\.net)/.test(text.trim())), 'rows without a state in words').toEqual([]);

    const marker = await markerOf(page, 'cymru.fixture');
    await expect(marker).toHaveClass(/\breach-suspends\b/);
    await expect(marker).toHaveAttribute('data-reach', 'suspends');
    await expect(marker).toHaveAttribute('aria-label', /Suspends threads\.net/);
    // The legend counts the shown servers by state.
    await expect(page.locator('[data-count="suspends"]')).not.toHaveText('0');
    await expect(page.locator('#map-status')).toContainText(/Reach of threads\.net on \d{4}-\d{2}-\d{2}: \d+ suspends/);
  });

  test('a copied URL reopens the same view: filters, domain, centre and zoom', async ({ page, context }) => {
    await open(page);
    const world = (await page.locator('#atlas-map').getAttribute('data-view'))!;
    await page.getByLabel('Language', { exact: true }).selectOption('cy');
    // The filter fits the view to the Welsh servers: wait for that move to end before moving the map by hand.
    await expect(page.locator('#atlas-map')).not.toHaveAttribute('data-view', world);
    await page.getByLabel('Reach of a domain').selectOption('threads.net');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', 'threads.net');
    // Zoom in and pan with the keyboard, as a visitor would.
    const map = page.locator('#atlas-map');
    await map.focus();
    const before = await map.getAttribute('data-view');
    await page.keyboard.press('Equal');
    await expect(map).not.toHaveAttribute('data-view', before ?? '');
    const zoomed = (await map.getAttribute('data-view'))!;
    await page.keyboard.press('ArrowLeft');
    // The view and the URL are both written when the pan's animation ends (Leaflet's moveend).
    await expect(map).not.toHaveAttribute('data-view', zoomed);
    const view = (await map.getAttribute('data-view'))!;
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).toBe(view);
    expect(view).toMatch(/^\d+\/-?[\d.]+\/-?[\d.]+$/);
    const url = page.url();

    const again = await context.newPage();
    await open(again, url);
    await expect(again.getByLabel('Language', { exact: true })).toHaveValue('cy');
    await expect(again.getByLabel('Reach of a domain')).toHaveValue('threads.net');
    await expect(again.locator('#atlas-map')).toHaveAttribute('data-reach', 'threads.net');
    expect(await listDomains(again)).toEqual(await listDomains(page));
    const [z1, lat1, lon1] = view.split('/').map(Number) as [number, number, number];
    const [z2, lat2, lon2] = (await again.locator('#atlas-map').getAttribute('data-view'))!.split('/').map(Number) as [number, number, number];
    expect(z2).toBe(z1);
    const tolerance = 360 / (256 * 2 ** z1); // one pixel at that zoom
    expect(Math.abs(lat2 - lat1)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(lon2 - lon1)).toBeLessThanOrEqual(tolerance);
    expect(again.url()).toBe(url);
    // (Finding the marker may zoom into a cluster, which changes the URL: so last.)
    await expect((await markerOf(again, 'cymru.fixture'))).toHaveClass(/\breach-suspends\b/);
  });

  test('zoomed out, nearby servers cluster: the counts still add up, and Enter on a cluster zooms in to its servers', async ({ page }) => {
    const domains = dataDomains();
    await open(page);
    const map = page.locator('#atlas-map');
    await map.focus();
    const zoomOf = async () => Number((await map.getAttribute('data-view'))!.split('/')[0]);
    // One step at a time: Leaflet ignores a zoom key while the previous zoom is still animating.
    for (let zoom = await zoomOf(); zoom > 1; zoom--) {
      await page.keyboard.press('Minus');
      await expect.poll(zoomOf).toBe(zoom - 1);
    }
    const cluster = page.locator('#atlas-map .atlas-cluster').first();
    await expect(cluster).toBeVisible();
    const size = Number(await cluster.getAttribute('data-count'));
    expect(size).toBeGreaterThan(1);
    await expect(cluster).toHaveAttribute('aria-label', new RegExp(`^${size} servers close together: .+Enter zooms in\\.$`));
    const onMap = await mapDomains(page);
    expect(onMap.count + (await trayDomains(page)).length).toBe(domains.length);
    expect([...onMap.domains, ...(await trayDomains(page))].sort()).toEqual(domains);
    const first = (await cluster.getAttribute('data-domains'))!.split(' ')[0]!;
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(zoomOf).toBeGreaterThan(1);
    // Focus follows to the first of its servers (its own marker, or the smaller cluster holding it).
    await expect(page.locator(`#atlas-map [data-domain="${first}"], #atlas-map [data-domains~="${first}"]`)).toBeFocused();
  });

  test('by keyboard: a marker opens its details, Escape closes them and gives focus back; the map zooms with + and −', async ({ page, base }) => {
    await open(page);
    const marker = await markerOf(page, 'cymru.fixture');
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await expect(popup).toBeVisible();
    const heading = popup.getByRole('heading', { name: 'Tŵt Cymru' });
    await expect(heading).toBeFocused();
    await expect(popup).toContainText('cymru.fixture');
    await expect(popup).toContainText('Welsh (cy)');
    await expect(popup).toContainText('Mastodon');
    await expect(popup).toContainText(/Partial|Published|Unknown/);
    await expect(popup.getByRole('link', { name: 'In the list' })).toHaveAttribute('href', '#server-cymru.fixture');
    // The server's own page is linked once the site has server pages (src/pages/servers/), and only then.
    const serverPage = popup.getByRole('link', { name: 'Server page' });
    if (existsSync(fileURLToPath(new URL('../../src/pages/[...locale]/servers/', import.meta.url)))) await expect(serverPage).toHaveAttribute('href', `${base}servers/cymru.fixture/`);
    else await expect(serverPage).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await expect(marker).toBeFocused();

    const map = page.locator('#atlas-map');
    await map.focus();
    const zoom = Number((await map.getAttribute('data-view'))!.split('/')[0]);
    await page.keyboard.press('Minus');
    await expect.poll(async () => Number((await map.getAttribute('data-view'))!.split('/')[0])).toBe(zoom - 1);
  });

  test('the list\'s "Show on map" button takes the keyboard to the server\'s marker and opens it', async ({ page }) => {
    await open(page);
    await page.locator('#servers tr[data-domain="cymru.fixture"]').getByRole('button', { name: /Show on map/ }).click();
    const popup = page.locator('.leaflet-popup');
    await expect(popup.getByRole('heading', { name: 'Tŵt Cymru' })).toBeFocused();
  });

  test('the picker renders the 100 most acted-on domains, adds every other one on first use (never at load), and ?domain= reaches any', async ({ page, log }) => {
    await open(page);
    const picker = page.getByLabel('Reach of a domain');
    const domains = picker.locator('option[value]:not([value=""])');
    await expect(domains).toHaveCount(100);
    await expect(picker.locator('option[data-picker-more]')).toBeDisabled();
    expect(log.requests.filter((url) => url.endsWith('/data/picker.json')), 'the full list fetched at load').toEqual([]);
    const list = ((await (await page.request.get('data/picker.json')).json()) as { domains: [string, number, number][] }).domains;
    expect(list.length).toBeGreaterThan(100);
    expect(await domains.evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))).toEqual(list.slice(0, 100).map(([d]) => d));

    // Keyboard: reaching the picker loads the rest, in the file's order, labelled like the first ones.
    await picker.focus();
    await expect(domains).toHaveCount(list.length);
    await expect(picker.locator('option[data-picker-more]')).toHaveCount(0);
    const [last, suspends, limits] = list.at(-1)!;
    const option = picker.locator(`option[value="${last}"]`);
    await expect(option).toHaveAttribute('translate', 'no');
    await expect(option).toHaveText(new RegExp(`^${last.replace(/\./g, '\\.')} \\(${[suspends ? `suspended by ${suspends}` : '', limits ? `limited by ${limits}` : ''].filter(Boolean).join(', ') || 'no decision in force'}\\)$`));
    await picker.selectOption(last);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', last);

    // A link to a domain outside the first hundred selects it and colours the map.
    await open(page, `./?domain=${encodeURIComponent(last)}`);
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', last);
    await expect(picker).toHaveValue(last);
    expect(new URL(page.url()).searchParams.get('domain')).toBe(last);

    // A domain no server acts on is dropped, and the status says why.
    await open(page, './?domain=nothing-acts-on-this.example');
    await expect(page.locator('#map-status')).toContainText('No curated server has a decision on nothing-acts-on-this.example');
    expect(new URL(page.url()).searchParams.get('domain')).toBeNull();
    await expect(picker).toHaveValue('');
    expect(log.failed, 'failed requests').toEqual([]);
  });

  test('no request leaves the origin and nothing goes to the console, through a whole visit', async ({ page, log, base }) => {
    await open(page);
    await page.getByLabel('Reach of a domain').selectOption('threads.net');
    await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach', 'threads.net');
    const world = (await page.locator('#atlas-map').getAttribute('data-view'))!;
    await page.getByLabel('Language', { exact: true }).selectOption('cy');
    await expect(page.locator('#atlas-map')).not.toHaveAttribute('data-view', world); // fitted to the Welsh servers
    const marker = await markerOf(page, 'cymru.fixture');
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.leaflet-popup')).toBeVisible();
    await page.locator('#atlas-map').focus();
    for (const key of ['Equal', 'Equal', 'ArrowUp', 'Minus']) await page.keyboard.press(key);
    await page.waitForLoadState('networkidle');

    const origin = new URL(page.url()).origin;
    const elsewhere = log.requests.filter((url) => new URL(url).origin !== origin);
    expect(elsewhere, 'requests that left the page\'s origin').toEqual([]);
    const paths = log.requests.map((url) => new URL(url).pathname);
    expect(paths.some((p) => /\/countries-\d+m\.[\w-]+\.json$/.test(p)), 'the basemap came from the site').toBe(true);
    expect(paths).toContain(`${base}data/reach/threads.net.json`);
    expect(log.failed, 'failed requests').toEqual([]);
    expect(log.consoleErrors, 'console errors').toEqual([]);
    expect(log.pageErrors, 'page errors').toEqual([]);
  });


  test.describe('on a 375×667 phone', () => {
    test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

    test('nothing overflows the screen, the map is in sight and the filters open by keyboard', async ({ page }) => {
      await open(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const box = (await page.locator('#atlas-map').boundingBox())!;
      expect(box.width).toBeGreaterThan(300);
      expect(box.height).toBeGreaterThan(250);
      await expect(page.locator('#atlas-map')).toBeInViewport();
      const summary = page.locator('.map-panel-summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('Language', { exact: true })).toBeVisible();
      await page.getByLabel('Language', { exact: true }).selectOption('cy');
      await expect.poll(() => listDomains(page)).toContain('cymru.fixture');
      expect(await shownOnMapOrTray(page)).toEqual(await listDomains(page));
    });
  });

  test.describe('without script', () => {
    test.use({ javaScriptEnabled: false });

    // The list is built inside a <noscript> (the map's script puts its rows in the page): without script it is there
    // as written, every server in domain order, and the tray's links lead to its rows.
    test('the list still shows every server, and the tray links to their rows', async ({ page }) => {
      await page.goto('./');
      const listed = await page.locator('#servers tbody tr[data-domain]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.domain!));
      expect(listed).toEqual(dataDomains());
      await expect(page.locator('#servers thead th').first()).toBeVisible();
      const targets = await page.locator('.tray-item a[href^="#server-"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.slice(1)));
      expect(targets.length).toBeGreaterThan(0);
      for (const id of targets) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    });
  });
});
