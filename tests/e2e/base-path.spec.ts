/**
 * The site works under its base path: every internal link and asset starts with the base, and every
 * same-origin request (those the page makes, and the links it offers) answers 2xx.
 * It runs in the `fixture-subpath` project only, where the base is /atlas/, as on GitHub Pages (playwright.config.ts).
 */
import type { Page } from '@playwright/test';
import { dataServers, expect, test } from './fixtures.ts';

/** Every URL the page names in a link, stylesheet, script or image, resolved against the page. */
const URL_ATTRIBUTES = 'a[href], link[href], script[src], img[src], source[src], iframe[src], form[action]';

test('internal links and assets start with the base, and everything same-origin answers 2xx', async ({ page, log, base }) => {
  const response = await page.goto('./', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  const pageUrl = new URL(page.url());
  expect(pageUrl.pathname).toBe(base);

  const named = await page.locator(URL_ATTRIBUTES).evaluateAll((elements) =>
    elements.map((el) => {
      const attr = el.hasAttribute('href') ? 'href' : el.hasAttribute('src') ? 'src' : 'action';
      return { tag: el.tagName.toLowerCase(), raw: el.getAttribute(attr) ?? '' };
    }),
  );
  const internal = named
    .map((n) => ({ ...n, url: new URL(n.raw, pageUrl) }))
    .filter((n) => n.url.origin === pageUrl.origin);
  // The page has internal links and assets at all: the stylesheet, the icon, the home link.
  expect(internal.some((n) => n.tag === 'link')).toBe(true);
  expect(internal.some((n) => n.tag === 'a')).toBe(true);
  const outside = internal.filter((n) => !n.url.pathname.startsWith(base)).map((n) => `<${n.tag}> ${n.raw}`);
  expect.soft(outside, `internal URLs outside ${base}`).toEqual([]);
  const fragmentOnly = (raw: string) => raw.startsWith('#');
  const notUnderBase = internal.filter((n) => !fragmentOnly(n.raw) && !n.raw.startsWith(base)).map((n) => `<${n.tag}> ${n.raw}`);
  expect.soft(notUnderBase, `internal URLs written without the base ${base}`).toEqual([]);

  // Every same-origin request the page made answered 2xx, and stayed under the base.
  const sameOrigin = log.responses.filter((r) => new URL(r.url()).origin === pageUrl.origin);
  expect(sameOrigin.length).toBeGreaterThan(1);
  const bad = sameOrigin.filter((r) => r.status() < 200 || r.status() > 299).map((r) => `${r.status()} ${r.url()}`);
  expect.soft(bad, 'same-origin responses that were not 2xx').toEqual([]);
  expect.soft(log.failed, 'failed requests').toEqual([]);
  const strays = sameOrigin.map((r) => new URL(r.url()).pathname).filter((p) => !p.startsWith(base));
  expect.soft(strays, `requests outside ${base}`).toEqual([]);

  // Every internal URL the page offers (links included) answers 2xx.
  const withoutFragment = (url: URL) => url.href.replace(/#.*$/, '');
  const targets = [...new Set(internal.map((n) => withoutFragment(n.url)))].sort();
  for (const target of targets) {
    const answer = await page.request.get(target, { maxRedirects: 0 });
    expect.soft(answer.status(), `GET ${target}`).toBeGreaterThanOrEqual(200);
    expect.soft(answer.status(), `GET ${target}`).toBeLessThan(300);
  }
});

/**
 * The pages whose scripts fetch data files (the replay's days, a domain's reach, the graph, the picker's list):
 * every request they make stays under the base and answers 2xx. (Every link of every page is the site check's.)
 */
for (const path of ['domains/threads.net/?date=2023-12-31', '?domain=threads.net&date=2025-02-01', 'graph/?date=2025-02-01', 'graph/matrix/?date=2025-02-01', 'embed/reach/?domain=threads.net&date=2025-02-01']) {
  test(`${path}: every request its scripts make stays under the base and answers 2xx`, async ({ page, log, base }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const origin = new URL(page.url()).origin;
    const sameOrigin = log.responses.filter((r) => new URL(r.url()).origin === origin);
    expect(sameOrigin.length).toBeGreaterThan(1);
    expect.soft(sameOrigin.filter((r) => r.status() < 200 || r.status() > 299).map((r) => `${r.status()} ${r.url()}`), 'not 2xx').toEqual([]);
    expect.soft(sameOrigin.map((r) => new URL(r.url()).pathname).filter((p) => !p.startsWith(base)), `outside ${base}`).toEqual([]);
    expect.soft(log.failed, 'failed requests').toEqual([]);
    expect.soft(log.pageErrors, 'page errors').toEqual([]);
  });
}

/**
 * The sub-path build holds no list in its home page (`ATLAS_LIST_IN_PAGE_AT_MOST=0`, tools/test-plan/test-all.ts), as
 * a site of more than 2,000 servers does (src/lib/map/list-page.ts): the page links to `list/`, and the map's script
 * fetches the list from there and puts every row beside the map, where the filters reach it.
 */
test.describe('a list too long for the home page', () => {
  test('the map\'s script puts every row of list/ beside the map, and the filters hide rows there', async ({ page, log, base }) => {
    await page.goto(`${base}?domain=threads.net`);
    await expect(page.locator('#atlas-map[data-reach="threads.net"]')).toHaveCount(1);
    // Not fetched while the reader is at the map: only once they come near the list.
    const listAsked = () => log.responses.some((r) => new URL(r.url()).pathname === `${base}list/`);
    await page.waitForTimeout(300);
    expect(listAsked()).toBe(false);
    await page.locator('#list-heading').scrollIntoViewIfNeeded();
    const rows = page.locator('#servers tbody tr[data-domain]');
    await expect(rows).toHaveCount(dataServers().length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-domain')))).toEqual(dataServers().map((s) => s.domain));
    // The list came from its own page, under the base, and the home page holds no copy of it.
    expect(log.responses.some((r) => new URL(r.url()).pathname === `${base}list/` && r.status() === 200)).toBe(true);
    await expect(page.locator('noscript[data-deferred-table]')).toHaveCount(0);
    await expect(page.locator('[data-list-src]')).toHaveCount(0);
    // Each row says in words what it does to the picked domain, as the inline list does.
    await expect(page.locator('#servers [data-reach-header]')).toBeVisible();
    await expect(page.locator('#servers tbody tr [data-reach-cell]').first()).not.toBeEmpty();
    // The tray's servers link to their rows here, now in this page.
    const trayLinks = await page.locator('.tray-item a[href*="#server-"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(trayLinks.length).toBeGreaterThan(0);
    for (const href of trayLinks) {
      expect(href).toMatch(/^#server-/);
      await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
    }
    // A filter hides the rows it leaves out.
    const partial = dataServers().filter((s) => s.status === 'partial').map((s) => s.domain);
    expect(partial.length).toBeGreaterThan(0);
    await page.goto(`${base}?status=partial`);
    await page.locator('#list-heading').scrollIntoViewIfNeeded();
    await expect(page.locator('#servers tbody tr[data-domain]')).toHaveCount(dataServers().length);
    expect(await page.locator('#servers tbody tr:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-domain')))).toEqual(partial);
    expect.soft(log.pageErrors, 'page errors').toEqual([]);
  });

  test('a list page that cannot be fetched leaves the link to it and says why no rows follow', async ({ page, log, base }) => {
    await page.route(`**${base}list/`, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(base);
    await expect(page.locator('#atlas-map[data-map-state="ready"]')).toHaveCount(1);
    await page.locator('#list-heading').scrollIntoViewIfNeeded();
    const holder = page.locator('#servers');
    await expect(holder).toContainText('The list could not be loaded here.');
    await expect(holder.getByRole('link', { name: 'Open the list of every server' })).toHaveAttribute('href', `${base}list/`);
    await expect(page.locator('#servers tbody tr')).toHaveCount(0);
    expect(log.pageErrors, 'page errors').toEqual([]);
  });

  test('an address naming a row fetches the list and shows that row', async ({ page, base }) => {
    const last = dataServers().at(-1)!.domain;
    await page.goto(`${base}#server-${last}`);
    await expect(page.locator(`[id="server-${last}"]`)).toBeInViewport();
  });

  test.describe('without script', () => {
    test.use({ javaScriptEnabled: false });
    test('the home page links to list/, which shows every server as a table', async ({ page, base }) => {
      await page.goto(base);
      // The tray's servers link to their rows on the list's page.
      const tray = page.locator('.tray-item a').first();
      const href = await tray.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${base}list/#server-`));
      await tray.click();
      await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
      await page.goto(base);
      const link = page.locator('[data-list-src] a');
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${base}list/$`));
      await expect(page.locator('h1')).toHaveText('Every server');
      const rows = page.locator('#servers tbody tr[data-domain]');
      await expect(rows).toHaveCount(dataServers().length);
      // The map's own controls stay hidden without the map.
      await expect(page.locator('#servers [data-show-on-map]:visible')).toHaveCount(0);
      await expect(page.locator('#servers [data-reach-header]')).toBeHidden();
    });
  });
});

/** The servers the map's markers and clusters stand for. */
async function mapDomains(page: Page): Promise<string[]> {
  return page.locator('#atlas-map').evaluate((map) => {
    const domains: string[] = [];
    for (const el of map.querySelectorAll<HTMLElement>('.atlas-marker, .atlas-cluster')) {
      if (el.dataset.domain) domains.push(el.dataset.domain);
      else domains.push(...(el.dataset.domains ?? '').split(' ').filter(Boolean));
    }
    return domains;
  });
}

/** The tray's visible servers. */
const trayDomains = (page: Page) => page.locator('.tray-item[data-domain]:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.domain!));

/**
 * The sub-path build's tray holds one server in the home page (`ATLAS_TRAY_IN_PAGE_AT_MOST=1`), as a tray of more
 * than 150 servers does (src/lib/map/tray-page.ts): every one is on tray/, which the home page links to and which
 * the map's script fetches once the map is coloured, moving the others into the tray.
 */
test.describe('a tray longer than the home page holds', () => {
  test('the other servers join the tray from tray/ once the map is coloured: with the markers they make every server, each says what it does to the domain, and the filters reach them', async ({ page, log, base }) => {
    await page.goto(`${base}?domain=threads.net`);
    await expect(page.locator('#atlas-map[data-reach="threads.net"]')).toHaveCount(1);
    // Once every item is in, the link to tray/ has done its work and is gone.
    await expect(page.locator('[data-tray-src]')).toHaveCount(0);
    expect(log.responses.some((r) => new URL(r.url()).pathname === `${base}tray/` && r.status() === 200)).toBe(true);
    const all = dataServers().map((s) => s.domain);
    await expect.poll(async () => [...(await mapDomains(page)), ...(await trayDomains(page))].sort()).toEqual(all);
    const tray = await trayDomains(page);
    expect(tray.length, 'more servers in the tray than the one the home page holds').toBeGreaterThan(1);
    expect(new Set(tray).size, 'no server twice').toBe(tray.length);
    // Every tray item, held or not, says in words what it does to threads.net, and links to its row in this page.
    for (const domain of tray) {
      const item = page.locator(`.tray-item[data-domain="${domain}"]`);
      if (domain !== 'threads.net') await expect(item.locator('[data-reach-text]')).not.toBeEmpty();
      await expect(item.locator('a').first()).toHaveAttribute('href', `#server-${domain}`);
    }
    // A filter hides the fetched items as it hides the first.
    const welsh = dataServers().filter((s) => s.languages.some((tag) => /^cy(-|$)/i.test(tag))).map((s) => s.domain);
    await page.getByLabel('Language', { exact: true }).selectOption('cy');
    await expect.poll(async () => (await trayDomains(page)).filter((d) => !welsh.includes(d))).toEqual([]);
    expect([...(await mapDomains(page)), ...(await trayDomains(page))].sort()).toEqual([...welsh].sort());
  });

  test('when tray/ cannot be read, its link stays and says the others could not be loaded here', async ({ page, base }) => {
    await page.route(`**${base}tray/`, (route) => route.fulfill({ status: 503, body: 'unavailable' }));
    await page.goto(`${base}?domain=threads.net`);
    const more = page.locator('[data-tray-src]');
    await expect(more).toContainText('They could not be loaded here.');
    await expect(more.getByRole('link', { name: 'Open the list of every server with no fixed place' })).toHaveAttribute('href', `${base}tray/`);
    await expect(page.locator('.tray-item')).toHaveCount(1);
  });

  test.describe('without script', () => {
    test.use({ javaScriptEnabled: false });
    test('the home page holds the first server and links to tray/, which lists every server with no pin, each linking to its row on list/', async ({ page, base }) => {
      await page.goto(base);
      await expect(page.locator('.tray-block .tray-item')).toHaveCount(1);
      const first = await page.locator('.tray-block .tray-item').first().getAttribute('data-domain');
      const link = page.locator('.tray-block').getByRole('link', { name: 'Open the list of every server with no fixed place' });
      await expect(link).toHaveAttribute('href', `${base}tray/`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${base}tray/$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Servers with no fixed place' })).toBeVisible();
      const items = page.getByRole('list', { name: 'Servers with no fixed place' }).locator('.tray-item');
      const domains = await items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.domain!));
      expect(domains.length).toBeGreaterThan(1);
      expect(domains).toContain(first);
      await expect(items.first()).toBeVisible();
      for (const href of await items.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(href).toMatch(new RegExp(`^${base}list/#server-`));
      // Each link opens the server's row on list/.
      await items.first().locator('a').click();
      await expect(page).toHaveURL(new RegExp(`${base}list/#server-`));
      await expect(page.locator(`tr[id="server-${domains[0]}"]`)).toBeVisible();
    });
  });
});

