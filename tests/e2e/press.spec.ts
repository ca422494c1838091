/**
 * Issue "For the press": embeds on a host page of another origin (heights from postMessage, checked against the
 * frame's own document; forged messages ignored), the credit in each frame, the downloads of the threads.net view
 * (CSV rows = the data's states on the day shown, worked out from the YAML by the oracle; SVG and PNG = the page's graph, and the
 * map's view, framed with the day in words, the credit and the licence, labels never overlapping), the Atom feeds (RFC 4287, parsed with a real XML
 * parser), the data package (the official Frictionless profile; CSV headers = schemas) and Open Graph tags.
 * Runs in both projects (the site at / and under /atlas/).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from '@playwright/test';
import { parseCsv } from '../../src/lib/press/csv.ts';
import { checkAtom } from '../unit/press/atom-check.ts';
import { packageValidator } from '../unit/press/package-validator.ts';
import { axeCheck, dataAtlasDay, dataCommunities, dataConfirmedOn, dataDomains, dataMatrixFolded, dataServers, dataStatesOn, expect, test } from './fixtures.ts';

/** Downloads the page's CSV from its Download menu: the file's name, its header and its rows as objects. */
async function downloadCsv(page: Page): Promise<{ name: string; header: string[]; rows: Record<string, string>[] }> {
  await page.locator('[data-download-menu] summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV of the rows shown' }).click()]);
  const csv = parseCsv(readFileSync((await download.path())!, 'utf8'));
  const header = csv[0]!;
  return { name: download.suggestedFilename(), header, rows: csv.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

/** Downloads an image from the Download menu by its button's name, checks the file's name, and returns its bytes. */
async function downloadImage(page: Page, button: string, name: string): Promise<Buffer> {
  await page.locator('[data-download-menu] summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  expect(download.suggestedFilename()).toBe(name);
  return readFileSync((await download.path())!);
}

/** A "YYYY-MM-DD" day in English words ("31 December 2023"), written out here rather than taken from the site. */
function inWords(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m! - 1]} ${y}`;
}

/** The text of every `<text>` drawn in an opened SVG (its `<title>` is not drawn). */
function visibleTexts(viewer: Page): Promise<string[]> {
  return viewer.$$eval('text', (els) => els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.textContent ?? ''));
}

/** The pairs of drawn labels (matching `selector`) whose boxes, as the browser lays them out, overlap. */
function overlappingLabels(viewer: Page, selector: string): Promise<string[]> {
  return viewer.$$eval(selector, (els) => {
    const boxes = els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect() }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!.box, boxes[j]!.box];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
      }
    return out;
  });
}

/** A tiny server for the synthetic host page, on its own origin (another port on 127.0.0.1). */
async function hostServer(atlasUrl: string): Promise<{ server: Server; url: string }> {
  const host = readFileSync('tests/fixtures/press/host.html', 'utf8').replaceAll('ATLAS_URL', atlasUrl);
  const other = readFileSync('tests/fixtures/press/other.html', 'utf8');
  const server = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.url === '/other.html' ? other : host);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** The iframe's height on the host page and its document's scrollHeight inside it. */
async function heights(page: Page, id: string): Promise<{ iframe: number; doc: number }> {
  const handle = await page.$(`#${id}`);
  const frame = (await handle!.contentFrame()) as Frame;
  const iframe = await page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);
  const doc = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { iframe, doc };
}

test.describe('embeds on a host page', () => {
  let host: { server: Server; url: string };
  test.beforeAll(async ({}, testInfo) => {
    host = await hostServer(String(testInfo.project.use.baseURL));
  });
  test.afterAll(async () => {
    await new Promise((resolve) => host.server.close(resolve));
  });

  test('two frames take their content\'s height, follow it when it changes, and ignore forged messages', async ({ page }) => {
    await page.goto(host.url);
    for (const id of ['reach', 'map']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const frame = page.frameLocator(`#${id}`);
      await expect(frame.locator('[data-embed-credit]')).toContainText('data as of');
      await expect.poll(async () => {
        const h = await heights(page, id);
        return Math.abs(h.iframe - h.doc) <= 3 && h.iframe !== 300;
      }, { message: `#${id} takes its content's height` }).toBe(true);
    }
    await expect(page.frameLocator('#reach').locator('[data-embed-root][data-embed-ready]')).toHaveCount(1);
    await expect(page.frameLocator('#reach').locator('svg[data-subgraph]')).toHaveCount(1);

    // Content changes: a narrower column reflows the frame; its height follows. (Chromium does not run the
    // rendering steps, ResizeObserver included, of a cross-origin frame out of view: scroll it into view first.)
    await page.locator('#reach').scrollIntoViewIfNeeded();
    const before = await heights(page, 'reach');
    await page.setViewportSize({ width: 420, height: 800 });
    let after = before;
    await expect.poll(async () => {
      after = await heights(page, 'reach');
      return after.iframe !== before.iframe && Math.abs(after.iframe - after.doc) <= 3;
    }, { message: 'the reach frame follows its content after a resize' }).toBe(true);
    expect(after.doc, "the content's height changed").not.toBe(before.doc);

    // Forged messages, from the host window itself and from a frame that is not an atlas frame: once the host
    // has received both (a listener added after the resize script's sees them after it), no frame has their height.
    await page.evaluate(() => {
      const w = window as unknown as { seen: number[] };
      w.seen = [];
      window.addEventListener('message', (e) => w.seen.push((e.data as { height: number }).height));
      window.postMessage({ type: 'federation-atlas:height', height: 1234 }, '*');
    });
    const other = (await (await page.$('#other'))!.contentFrame())!;
    await other.evaluate(() => window.parent.postMessage({ type: 'federation-atlas:height', height: 4321 }, '*'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: number[] }).seen.filter((h) => h === 1234 || h === 4321).sort())).toEqual([1234, 4321]);
    for (const id of ['reach', 'map']) {
      expect([1234, 4321]).not.toContain((await heights(page, id)).iframe);
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await expect.poll(async () => {
        const h = await heights(page, id);
        return Math.abs(h.iframe - h.doc) <= 3;
      }, { message: `#${id} has its own content's height, not a forged one` }).toBe(true);
    }
    expect(await page.$eval('#other', (el) => el.getBoundingClientRect().height)).toBe(120);
  });

  test('each frame shows the credit, the data\'s date and a link back to the full view', async ({ page, base }) => {
    await page.goto(host.url);
    const expected = { reach: `${base}domains/threads.net/`, map: `${base}?domain=threads.net` };
    for (const id of ['reach', 'map'] as const) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const frame = page.frameLocator(`#${id}`);
      const credit = frame.locator('[data-embed-credit]');
      await expect(credit).toContainText('Federation Atlas');
      await expect(credit.locator('time[data-embed-date]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      await expect(credit.locator('[data-embed-version]')).not.toBeEmpty();
      const link = credit.locator('a[data-full-link]').last();
      await expect(link).toHaveAttribute('target', '_top');
      await expect.poll(async () => new URL((await link.getAttribute('href'))!, 'http://x').pathname + new URL((await link.getAttribute('href'))!, 'http://x').search).toBe(expected[id]);
    }
  });
});

test.describe('the threads.net view', () => {
  test('Download CSV has every curated community once, sorted, each state and confirmation the data\'s, named with the day', async ({ page, base }) => {
    const day = dataAtlasDay();
    await page.goto(`${base}domains/threads.net/`);
    const csv = await downloadCsv(page);
    expect(csv.name).toBe(`threads.net-reach-${day}.csv`);
    expect(csv.header).toEqual(['community', 'name', 'state', 'confirmed', 'since', 'since_qualifier', 'until', 'via', 'evidence', 'why', 'back']);
    // What each community does to threads.net on the atlas's day and when a source last showed it, worked out from
    // the YAML by the oracle; threads.net is not curated, so every curated community has a row.
    const states = dataStatesOn('threads.net', day);
    const confirmed = dataConfirmedOn('threads.net', day);
    expect(csv.rows.map((r) => [r.community, r.state])).toEqual([...states].sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(csv.rows.map((r) => r.community)).toEqual(dataDomains().filter((d) => d !== 'threads.net'));
    for (const r of csv.rows) expect(r.confirmed, `${r.community} confirmed`).toBe(confirmed.get(r.community!) ?? '');
    // The page's counts say the same.
    const counts = await page.$$eval('[data-state-count]', (els) => els.map((e) => [e.getAttribute('data-state-count'), Number(e.textContent)]));
    expect(counts).toHaveLength(4);
    for (const [state, n] of counts) expect(csv.rows.filter((r) => r.state === state).length).toBe(n);
    // The communities the page counts in one sentence (unread or partial lists) have a row, with their name and
    // their reason in the page's words; a suspension's row has its dates and evidence.
    const why = { unknown: 'its block list has not been read', partial: 'only some of its decisions are known, none on it' } as Record<string, string>;
    const byCommunity = new Map(csv.rows.map((r) => [r.community!, r]));
    const quiet = dataServers().filter((s) => s.status !== 'published' && s.domain !== 'threads.net' && states.get(s.domain) === 'unknown');
    expect(quiet.length).toBeGreaterThan(0);
    for (const s of quiet) {
      if (!dataCommunities().find((c) => c.domain === s.domain)!.blocks.some((b) => b.domain === 'threads.net')) expect(byCommunity.get(s.domain)!.why).toBe(why[s.status]);
      expect(byCommunity.get(s.domain)!.name).not.toBe('');
    }
    const suspending = csv.rows.filter((r) => r.state === 'suspends');
    expect(suspending.length).toBeGreaterThan(0);
    for (const r of suspending) {
      expect(r.since, r.community).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(r.evidence, r.community).toMatch(/^https?:\/\//);
      expect(['', 'on-or-before']).toContain(r.since_qualifier);
    }
  });

  test('Download CSV at ?date= a past day has that day\'s states, and follows the day the replay shows', async ({ page, base }) => {
    await page.goto(`${base}domains/threads.net/?date=2023-12-31`);
    await expect(page.locator('[data-as-of]')).toHaveAttribute('data-shown', '2023-12-31');
    const past = await downloadCsv(page);
    expect(past.name).toBe('threads.net-reach-2023-12-31.csv');
    const states = dataStatesOn('threads.net', '2023-12-31');
    const confirmed = dataConfirmedOn('threads.net', '2023-12-31');
    expect(past.rows.map((r) => [r.community, r.state])).toEqual([...states].sort(([a], [b]) => (a < b ? -1 : 1)));
    for (const r of past.rows) expect(r.confirmed, `${r.community} confirmed`).toBe(confirmed.get(r.community!) ?? '');
    // Not today's file: the waves of 2025 came later.
    const today = dataStatesOn('threads.net', dataAtlasDay());
    expect([...today.values()].filter((s) => s === 'suspends').length).toBeGreaterThan([...states.values()].filter((s) => s === 'suspends').length);
    // The replay moved to another day without reloading: the download is that day's.
    await page.getByLabel('Day', { exact: true }).fill('2025-02-01');
    await expect(page.locator('[data-as-of]')).toHaveAttribute('data-shown', '2025-02-01');
    const moved = await downloadCsv(page);
    expect(moved.name).toBe('threads.net-reach-2025-02-01.csv');
    expect(moved.rows.map((r) => [r.community, r.state])).toEqual([...dataStatesOn('threads.net', '2025-02-01')].sort(([a], [b]) => (a < b ? -1 : 1)));
  });

  test('on a curated server\'s domain page, the download has what it does back to every community, the counted ones too', async ({ page, base }) => {
    await page.goto(`${base}domains/`);
    const domain = (await page.locator('[data-domains-table] tbody th:has(.secondary) > a').first().textContent())!.trim();
    expect(dataDomains()).toContain(domain);
    await page.goto(`${base}domains/${domain}/`);
    const { rows } = await downloadCsv(page);
    expect(rows.map((r) => r.community)).toEqual(dataDomains().filter((d) => d !== domain));
    for (const r of rows) expect(['suspends', 'limits', 'reaches', 'unknown'], r.community).toContain(r.back);
    // The rows shown say the same as their back cells.
    const shown = await page.$$eval('table[data-reach-table] tbody tr', (trs) => trs.map((tr) => [tr.querySelector('th a')!.textContent!.trim(), tr.querySelector('td:last-child [data-state]')?.getAttribute('data-state') ?? '']));
    expect(shown.length).toBeGreaterThan(0);
    for (const [community, state] of shown) expect(rows.find((r) => r.community === community)!.back, community).toBe(state);
  });

  test('Download SVG and PNG at ?date= a past day: framed with that day in words, the credit and the licence; the graph\'s nodes, labels that do not overlap', async ({ page, base, context }) => {
    await page.goto(`${base}domains/threads.net/?date=2023-12-31`);
    await expect(page.locator('[data-as-of]')).toHaveAttribute('data-shown', '2023-12-31');
    await expect(page.locator('[data-as-of]')).toHaveAttribute('data-ready', 'true');
    const onPage = await page.$$eval('svg[data-subgraph="domain-graph"] [data-node]', (els) => els.map((a) => [a.getAttribute('data-node'), a.querySelector('text')?.textContent?.trim()]));
    const edges = await page.locator('svg[data-subgraph="domain-graph"] path.edge').count();
    expect(onPage.length).toBeGreaterThan(1);
    const svg = await downloadImage(page, 'SVG image of the view', 'threads.net-reach-2023-12-31.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI };
    }, svg.toString('utf8'));
    expect(parsed).toEqual({ error: null, root: 'svg', ns: 'http://www.w3.org/2000/svg' });
    const viewer = await context.newPage();
    await viewer.goto(`data:image/svg+xml;base64,${svg.toString('base64')}`);
    // The day in words, the credit and the licence are drawn, as visible text, not only in a <title>.
    const drawn = await visibleTexts(viewer);
    expect(drawn).toContain(`Data as of ${inWords('2023-12-31')}`);
    expect(drawn.some((t) => t.includes('Federation Atlas') && t.includes('Open Database License'))).toBe(true);
    // Every node of the page's graph, each with its label or none (left out where it would overlap), and every edge.
    const opened = await viewer.$$eval('[data-node]', (els) => els.map((a) => [a.getAttribute('data-node'), a.querySelector('text')?.textContent?.trim()]));
    expect(opened.map(([id]) => id)).toEqual(onPage.map(([id]) => id));
    for (const [id, label] of opened) if (label !== undefined) expect(label, id!).toBe(onPage.find(([n]) => n === id)![1]);
    expect(await viewer.locator('path.edge').count()).toBe(edges);
    expect(await overlappingLabels(viewer, '[data-node] text')).toEqual([]);
    const size = await viewer.$eval('svg', (el) => [Number(el.getAttribute('width')), Number(el.getAttribute('height'))]);
    await viewer.close();
    // The PNG is the same framed image at twice its size.
    const png = await downloadImage(page, 'PNG image (2×)', 'threads.net-reach-2023-12-31.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(size.map((n) => Math.round(n * 2)));
    expect(png.length).toBeGreaterThan(20_000);
  });

  test('the Embed dialog gives a lazy, titled iframe snippet, copies it, previews it, and works from the keyboard', async ({ page, base, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${base}domains/threads.net/`);
    const open = page.getByRole('button', { name: 'Embed', exact: true });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = dialog.locator('textarea[data-embed-code]');
    await expect(code).toBeFocused();
    const snippet = await code.inputValue();
    expect(snippet).toContain(`${base}embed/reach/?domain=threads.net`);
    expect(snippet).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
    expect(snippet).toContain(`${base}embed/resize.js`);
    await dialog.getByRole('button', { name: 'Copy code' }).click();
    await expect(dialog.locator('[data-embed-copied]')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    await expect(dialog.frameLocator('iframe[data-embed-preview]').locator('[data-embed-credit]')).toContainText('data as of');
    await dialog.locator('select[data-embed-view]').selectOption('timeline');
    expect(await code.inputValue()).toContain(`${base}embed/timeline/?domain=threads.net`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
    // The Close button is at the dialog's top, above the preview; a click outside the dialog closes it too.
    await open.click();
    await expect(dialog).toBeVisible();
    const close = dialog.locator('[data-embed-close]');
    await expect(close).toBeInViewport();
    const closeBox = (await close.boundingBox())!;
    const previewBox = (await dialog.locator('iframe[data-embed-preview]').boundingBox())!;
    expect(closeBox.y + closeBox.height).toBeLessThanOrEqual(previewBox.y);
    await page.mouse.click(5, 5);
    await expect(dialog).toBeHidden();
    await open.click();
    await expect(dialog).toBeVisible();
    await close.click();
    await expect(dialog).toBeHidden();
  });
});

test.describe('feeds, data and link previews', () => {
  test('the Atom feeds are valid RFC 4287 (checked with a real XML parser)', async ({ request, base }) => {
    for (const path of ['feeds/atlas.xml', 'feeds/domains/threads.net.xml']) {
      const response = await request.get(`${base}${path}`);
      expect(response.ok(), path).toBe(true);
      const read = checkAtom(await response.text());
      expect(read.problems, path).toEqual([]);
      expect(read.entries.length, path).toBeGreaterThan(0);
      const updated = read.entries.map((e) => e.updated!);
      expect([...updated].sort().reverse(), `${path}: newest first`).toEqual(updated);
      expect(read.feed.updated).toBe(updated[0]);
      for (const e of read.entries) expect(new URL(e.links[0]!).pathname.startsWith(base), e.links[0]).toBe(true);
    }
    const all = checkAtom(await (await request.get(`${base}feeds/atlas.xml`)).text());
    expect(all.entries.length).toBeLessThanOrEqual(500);
  });

  test('datapackage.json meets the Frictionless profile and each CSV header matches its schema', async ({ request, base }) => {
    const descriptor = (await (await request.get(`${base}data/datapackage.json`)).json()) as { resources: { name: string; path: string; format: string; schema?: { fields: { name: string }[] } }[] };
    const validate = packageValidator();
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    const tabular = descriptor.resources.filter((r) => r.format === 'csv');
    expect(tabular.map((r) => r.name)).toEqual(['servers', 'decisions']);
    for (const r of [...descriptor.resources]) {
      const response = await request.get(`${base}data/${r.path}`);
      expect(response.ok(), r.path).toBe(true);
      if (r.format !== 'csv') continue;
      const rows = parseCsv(await response.text());
      expect(rows[0], r.name).toEqual(r.schema!.fields.map((f) => f.name));
      expect(rows.every((row) => row.length === rows[0]!.length), `${r.name}: every row has every column`).toBe(true);
    }
    const licence = await request.get(`${base}data/LICENSE-ODbL.txt`);
    expect(await licence.text()).toContain('Open Database License');
  });

  test('the /data/ page offers the files, the licence with credit, and a citation with the version', async ({ page, base }) => {
    await page.goto(`${base}data/`);
    for (const name of ['servers.csv', 'servers.json', 'decisions.csv', 'decisions.json', 'datapackage.json']) await expect(page.locator(`a[href="${base}data/${name}"]`)).toHaveCount(1);
    await expect(page.locator('main')).toContainText('Fediverse Near Me');
    const version = (await page.locator('[data-dataset-version]').textContent())!.trim();
    expect(version.length).toBeGreaterThan(0);
    await expect(page.locator('[data-cite-text]')).toContainText(`version ${version}`);
  });

  test('server and top domain pages carry Open Graph tags with a 1200×630 PNG', async ({ page, request, base }) => {
    for (const path of ['servers/cymru.fixture/', 'domains/threads.net/']) {
      await page.goto(`${base}${path}`);
      const image = await page.getAttribute('meta[property="og:image"]', 'content');
      expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBeTruthy();
      expect(await page.getAttribute('meta[property="og:description"]', 'content')).toBeTruthy();
      expect(new URL(image!).pathname).toMatch(new RegExp(`^${base}og/(servers|domains)/`));
      const png = await (await request.get(new URL(image!).pathname)).body();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});

/** True when a language tag is `wanted` or a more specific tag of it (the filters' rule, written out for the test). */
const speaks = (tags: readonly string[], wanted: string) => tags.some((t) => t.toLowerCase() === wanted || t.toLowerCase().startsWith(`${wanted}-`));

/**
 * The matrix's rows as the fixture's YAML gives them on `day` (the oracle), for the communities speaking `lang`: the
 * communities unknown in every column on every day are not rows (the page counts them in one summary row).
 */
function matrixExpected(domains: readonly string[], day: string, lang: string): string[][] {
  const states = new Map(domains.map((d) => [d, dataStatesOn(d, day)]));
  const folded = dataMatrixFolded(domains);
  return dataServers()
    .filter((s) => speaks(s.languages, lang) && !folded.includes(s.domain))
    .map((s) => [s.domain, s.status, ...domains.map((d) => (d === s.domain ? 'itself' : states.get(d)!.get(s.domain)!))]);
}

test.describe('the matrix\'s download', () => {
  for (const day of [undefined, '2025-02-01']) {
    test(`has the rows its language filter shows, each cell the data's state ${day ? `on ${day}` : 'on the atlas\'s day'}`, async ({ page, base }) => {
      await page.goto(`${base}graph/matrix/${day ? `?date=${day}` : ''}`);
      if (day) await expect(page.locator('[data-matrix-replay]')).toHaveAttribute('data-shown', day);
      // Every community, whether its list is read or not (the matrix starts on published lists only).
      await page.getByLabel('Published lists only').uncheck();
      await page.getByLabel('Language', { exact: true }).selectOption('cy');
      // Header cells also hold the sort control's glyph, which is not part of the domain.
      const domains = await page.$$eval('table[data-matrix] thead th.domain-col', (ths) => ths.map((th) => th.textContent!.replace(/[↕↑↓▲▼]/g, '').trim()));
      const csv = await downloadCsv(page);
      expect(csv.name).toBe(`federation-atlas-matrix${day ? `-${day}` : ''}.csv`);
      expect(csv.header).toEqual(['community', 'list', ...domains]);
      const expected = matrixExpected(domains, day ?? dataAtlasDay(), 'cy');
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(dataServers().length);
      expect(csv.rows.map((r) => csv.header.map((h) => r[h]))).toEqual(expected);
      // Exactly the rows the filter shows.
      expect(await page.locator('table[data-matrix] tbody tr:visible th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-sort')))).toEqual(expected.map((r) => r[0]));
    });
  }
});

test.describe('the map list\'s download', () => {
  const HEADER = ['domain', 'name', 'languages', 'area', 'software', 'list', 'reach_domain', 'reach_state', 'reach_confirmed', 'reach_day'];

  test('without a domain: every server the list shows, its own columns, no reach', async ({ page, base }) => {
    await page.goto(`${base}?status=partial`);
    // The sub-path build's list is on its own page, fetched as the reader comes near it (base-path.spec).
    await page.locator('#list-heading').scrollIntoViewIfNeeded();
    await expect(page.locator('#servers tbody tr:visible').first()).toBeVisible();
    const csv = await downloadCsv(page);
    expect(csv.name).toBe('federation-atlas-servers.csv');
    expect(csv.header).toEqual(HEADER);
    const expected = dataServers().filter((s) => s.status === 'partial');
    expect(expected.length).toBeGreaterThan(0);
    expect(csv.rows.map((r) => [r.domain, r.languages, r.list, r.reach_domain, r.reach_state])).toEqual(expected.map((s) => [s.domain, s.languages.join(' '), 'partial', '', '']));
    expect(await page.locator('#servers tbody tr:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-domain')))).toEqual(expected.map((s) => s.domain));
  });

  test('with a size chosen: the servers of at least that many accounts, as the list shows them', async ({ page, base }) => {
    await page.goto(`${base}?size=1000`);
    // The sub-path build's list is on its own page, fetched as the reader comes near it (base-path.spec).
    await page.locator('#list-heading').scrollIntoViewIfNeeded();
    await expect(page.locator('#servers tbody tr:visible').first()).toBeVisible();
    const csv = await downloadCsv(page);
    const expected = dataServers().filter((s) => s.users !== undefined && s.users >= 1000);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(dataServers().length);
    expect(csv.rows.map((r) => r.domain)).toEqual(expected.map((s) => s.domain));
    expect(await page.locator('#servers tbody tr:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-domain')))).toEqual(expected.map((s) => s.domain));
  });

  for (const day of [undefined, '2023-12-31']) {
    test(`with threads.net picked ${day ? `on ${day}` : 'on the atlas\'s day'}: the filtered servers, each state and confirmation the data's, as codes`, async ({ page, base }) => {
      const shown = day ?? dataAtlasDay();
      await page.goto(`${base}?lang=cy&domain=threads.net${day ? `&date=${day}` : ''}`);
      await expect(page.locator('#atlas-map')).toHaveAttribute('data-reach-day', shown);
      const csv = await downloadCsv(page);
      expect(csv.name).toBe(`federation-atlas-servers-threads.net-${shown}.csv`);
      expect(csv.header).toEqual(HEADER);
      const states = dataStatesOn('threads.net', shown);
      const confirmed = dataConfirmedOn('threads.net', shown);
      const expected = dataServers().filter((s) => speaks(s.languages, 'cy'));
      expect(expected.length).toBeGreaterThan(0);
      expect(csv.rows.map((r) => [r.domain, r.list, r.reach_domain, r.reach_state, r.reach_confirmed, r.reach_day])).toEqual(
        expected.map((s) => [s.domain, s.status, 'threads.net', states.get(s.domain), confirmed.get(s.domain) ?? '', shown]),
      );
      // The list, fetched as the reader comes near it, shows the same servers.
      await page.locator('#list-heading').scrollIntoViewIfNeeded();
      await expect(page.locator('#servers tbody tr[data-domain]')).toHaveCount(dataServers().length);
      expect(await page.locator('#servers tbody tr:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-domain')))).toEqual(expected.map((s) => s.domain));
      // Codes and days only: no sentence, no glyph.
      for (const r of csv.rows) for (const h of ['reach_state', 'reach_confirmed', 'reach_day']) expect(r[h]).toMatch(/^([a-z]+|\d{4}-\d{2}-\d{2}|)$/);
    });
  }
});

test.describe('the map\'s image', () => {
  test('Download SVG of the map at ?date=: the basemap and the markers in view, framed with that day in words, the credit and the licence; the PNG too', async ({ page, base, context }) => {
    await page.goto(`${base}?domain=threads.net&date=2025-02-01`);
    const map = page.locator('#atlas-map');
    await expect(map).toHaveAttribute('data-reach-day', '2025-02-01');
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    // The servers' markers in view (Leaflet keeps those out of view in the page too).
    const placed = await page.$$eval('.atlas-marker[data-domain]', (els) => {
      const view = document.querySelector('#atlas-map')!.getBoundingClientRect();
      return els.filter((el) => {
        const b = el.getBoundingClientRect();
        return b.left >= view.left && b.right <= view.right && b.top >= view.top && b.bottom <= view.bottom;
      }).map((el) => el.getAttribute('data-domain')!);
    });
    expect(placed.length).toBeGreaterThan(0);
    const svg = await downloadImage(page, 'SVG image of the view', 'federation-atlas-servers-threads.net-2025-02-01.svg');
    const viewer = await context.newPage();
    await viewer.goto(`data:image/svg+xml;base64,${svg.toString('base64')}`);
    const drawn = await visibleTexts(viewer);
    expect(drawn).toContain(`Data as of ${inWords('2025-02-01')}`);
    expect(drawn.some((t) => t.includes('Federation Atlas') && t.includes('Open Database License'))).toBe(true);
    expect(drawn).toContain('What curated fediverse communities do about threads.net');
    // Land is drawn, and a mark for each marker in view; every server label names a marker of the page.
    expect(await viewer.locator('[data-print-map] path').count()).toBeGreaterThan(10);
    const marks = await viewer.locator('[data-print-marks] > *').count();
    expect(marks).toBeGreaterThanOrEqual(placed.length);
    const labels = await viewer.$$eval('[data-print-labels] text', (els) => els.map((el) => el.textContent ?? ''));
    expect(labels.length).toBeGreaterThan(0);
    const all = await page.$$eval('.atlas-marker[data-domain]', (els) => els.map((el) => el.getAttribute('data-domain')!));
    for (const l of labels.filter((l) => l.includes('.'))) expect(all, l).toContain(l);
    expect(await overlappingLabels(viewer, '[data-print-labels] text')).toEqual([]);
    await viewer.close();
    const png = await downloadImage(page, 'PNG image (2×)', 'federation-atlas-servers-threads.net-2025-02-01.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(50_000);
  });

  test('Download SVG of the map zoomed into Wales: the region borders and the place names the map shows, none over another label', async ({ page, base, context }) => {
    // Zoomed in as far as the live map draws regions and places (a copied link's view).
    await page.goto(`${base}?map=8/51.6/-3.4`);
    const map = page.locator('#atlas-map');
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    await expect(map).toHaveAttribute('data-basemap-places', 'ready');
    const shownNames = await map.locator('.basemap-place .basemap-label-text').allTextContents();
    expect(shownNames.length).toBeGreaterThan(0);
    const liveBorders = (await map.locator('path.basemap-region-border').getAttribute('d')) ?? '';
    expect(liveBorders.length).toBeGreaterThan(100);
    const svg = await downloadImage(page, 'SVG image of the view', `federation-atlas-servers-${await page.locator('[data-as-of-day]').first().getAttribute('datetime')}.svg`);
    const viewer = await context.newPage();
    await viewer.goto(`data:image/svg+xml;base64,${svg.toString('base64')}`);
    // The region borders, as the map draws them.
    const borders = await viewer.locator('[data-print-regions] path').evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
    expect(borders.join('').length).toBeGreaterThan(100);
    // City names as text: each one the live map shows (those with no room beside the servers' labels left out).
    const names = await viewer.locator('[data-print-place]').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(shownNames, name).toContain(name);
    expect(await overlappingLabels(viewer, '[data-print-labels] text, [data-print-places] text')).toEqual([]);
    // GeoNames' names carry its credit, as on the live map.
    expect((await visibleTexts(viewer)).some((t) => t.includes('Place names: GeoNames (CC BY 4.0)'))).toBe(true);
    await viewer.close();
  });

  test('Download SVG of the map asked for while the region and place files are still coming: the image waits for them', async ({ page, base, context }) => {
    // The files are held back until the download has been asked for.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/data\/basemap\/(admin1|places)\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base}?map=8/51.6/-3.4`);
    const map = page.locator('#atlas-map');
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    await expect(map).toHaveAttribute('data-basemap-places', 'loading');
    await page.locator('[data-download-menu] summary').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'SVG image of the view', exact: true }).click();
    release();
    const svg = readFileSync((await (await download).path())!);
    await expect(map).toHaveAttribute('data-basemap-places', 'ready');
    const viewer = await context.newPage();
    await viewer.goto(`data:image/svg+xml;base64,${svg.toString('base64')}`);
    expect(await viewer.locator('[data-print-regions] path').count()).toBeGreaterThan(0);
    expect(await viewer.locator('[data-print-place]').count()).toBeGreaterThan(0);
    await viewer.close();
  });
});

test.describe('the other embeds', () => {
  test('the timeline and the matrix (filtered by the query) load with their credit', async ({ page, base, request }) => {
    await page.goto(`${base}embed/timeline/?domain=threads.net`);
    await expect(page.locator('[data-embed-root][data-embed-ready]')).toHaveCount(1);
    await expect(page.locator('[data-embed-view-slot] svg.timeline-chart')).toBeVisible();
    await expect(page.locator('h1')).toContainText('curated communities suspend threads.net');
    await page.goto(`${base}embed/matrix/?lang=cy&table=1`);
    await expect(page.locator('[data-embed-root][data-embed-ready]')).toHaveCount(1);
    // The rows the table shows are the communities of the matrix's data whose languages include Welsh.
    const data = (await (await request.get(`${base}data/matrix.json`)).json()) as { domains: string[]; rows: { community: string; languages: string[] }[] };
    const welsh = data.rows.filter((r) => r.languages.some((l) => l === 'cy' || l.startsWith('cy-'))).map((r) => r.community);
    const shown = await page.locator('[data-embed-table] tbody th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-sort')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(data.rows.length);
    expect(shown).toEqual(welsh);
    // The communities unknown in every column have no row: the table's last row counts the Welsh-speaking ones.
    const welshFolded = dataServers().filter((s) => speaks(s.languages, 'cy') && dataMatrixFolded(data.domains).includes(s.domain)).length;
    if (welshFolded > 0) await expect(page.locator('[data-embed-table] tfoot tr[data-matrix-folded]')).toHaveText(new RegExp(`^${welshFolded} communit(y|ies) whose block list`));
    else await expect(page.locator('[data-embed-table] tfoot')).toHaveCount(0);
    // The caption counts every community shown, in a row of its own or in the last row, as the matrix page's does.
    await expect(page.locator('[data-embed-table] caption')).toContainText(`${welsh.length + welshFolded} communit`);
    await expect(page.locator('[data-embed-view-slot] svg.bars-chart')).toBeVisible();
    await expect(page.locator('[data-embed-status]')).toContainText('language cy');
    await expect(page.locator('a[data-full-link]').last()).toHaveAttribute('href', `${base}graph/matrix/?lang=cy`);
  });

  test('an unknown domain says so instead of failing silently', async ({ page, base }) => {
    await page.goto(`${base}embed/reach/?domain=no-such-domain.example`);
    await expect(page.locator('[data-embed-status]')).toHaveText('The atlas has no decisions on no-such-domain.example.');
  });

  test('the data page, an embed and the open Embed dialog have no serious or critical axe violations', async ({ page, base }) => {
    const serious = async (include?: string) => {
      const axe = axeCheck(page);
      if (include) axe.include(include);
      return (await axe.analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
    };
    await page.goto(`${base}data/`);
    expect(await serious(), 'data/').toEqual([]);
    await page.goto(`${base}embed/timeline/?domain=threads.net`);
    await expect(page.locator('[data-embed-root][data-embed-ready]')).toHaveCount(1);
    expect(await serious(), 'embed/timeline/').toEqual([]);
    await page.goto(`${base}domains/cymru.fixture/`);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Embed this view' })).toBeVisible();
    expect(await serious('dialog[open]'), 'the Embed dialog').toEqual([]);
  });
});

/** Each embed's address on the fixture site (with its table, `&table=1`, where `table` is set). */
const EMBEDS = ['embed/reach/?domain=threads.net', 'embed/timeline/?domain=threads.net', 'embed/map/?domain=threads.net', 'embed/matrix/'];

test.describe('embeds are article-sized and draw from data files', () => {
  test('each embed\'s document is at most 700 px tall at 640 px wide and 900 px at 390 px, without its table', async ({ page, base }) => {
    // A short viewport, so the document's height is its content's, not the window's.
    const limits = [[640, 700], [390, 900]] as const;
    for (const path of EMBEDS) {
      await page.setViewportSize({ width: 640, height: 100 });
      await page.goto(`${base}${path}`);
      await expect(page.locator('[data-embed-root][data-embed-ready]')).toHaveCount(1);
      await expect(page.locator('[data-embed-headline]')).not.toBeEmpty();
      for (const [width, most] of limits) {
        await page.setViewportSize({ width, height: 100 });
        await expect.poll(() => page.evaluate(() => document.documentElement.clientWidth), { message: `${path} at ${width}` }).toBe(width);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height, `${path}: document height at ${width} px wide`).toBeLessThanOrEqual(most);
        expect(height, `${path}: the view is drawn`).toBeGreaterThan(200);
      }
      await expect(page.locator('[data-embed-table]')).toBeHidden();
    }
  });

  test('no embed requests an HTML page: only data files and assets, its table included', async ({ page, base }) => {
    for (const path of EMBEDS) {
      const url = `${base}${path}${path.includes('?') ? '&' : '?'}table=1`;
      const asked: { url: string; html: boolean }[] = [];
      // Only this embed's requests: one the previous embed made (its map's basemap, still coming) may answer after
      // this one is asked for.
      const made = new Set<import('@playwright/test').Request>();
      const onRequest = (request: import('@playwright/test').Request) => void made.add(request);
      const listener = (response: import('@playwright/test').Response) => {
        if (response.request().frame() !== page.mainFrame() || !made.has(response.request())) return;
        asked.push({ url: response.url(), html: (response.headers()['content-type'] ?? '').includes('text/html') });
      };
      page.on('request', onRequest);
      page.on('response', listener);
      await page.goto(url);
      await expect(page.locator('[data-embed-root][data-embed-ready]')).toHaveCount(1);
      await expect(page.locator('[data-embed-table]')).toBeVisible();
      page.off('response', listener);
      page.off('request', onRequest);
      const [first, ...rest] = asked;
      expect(new URL(first!.url).pathname + new URL(first!.url).search, `${path}: the embed itself`).toBe(url);
      expect(rest.filter((r) => r.html).map((r) => r.url), `${path} asks for no page`).toEqual([]);
      const paths = rest.map((r) => new URL(r.url).pathname);
      expect(paths.filter((p) => !p.startsWith(`${base}data/`) && !p.startsWith(`${base}_astro/`) && p !== `${base}favicon.svg`), `${path}: data files and assets only`).toEqual([]);
      if (!path.startsWith('embed/map/')) expect(paths.some((p) => p.startsWith(`${base}data/`)), `${path} draws from data files`).toBe(true);
    }
  });

  test('an embed of a past day and period shows the counts and answers the domain page shows for the same address', async ({ page, base }) => {
    const query = 'date=2023-12-31&confirmed=12';
    const rows = () =>
      page.locator('[data-day-table]').evaluateAll((tables) =>
        tables.map((t) => `${t.getAttribute('data-day-table')}: ${[...t.querySelectorAll('[data-day-row]')].map((r) => `${r.getAttribute('data-day-row')} ${r.querySelector('td')!.textContent!.trim()}`).join(', ')}`),
      );
    await page.goto(`${base}domains/threads.net/?${query}`);
    await expect(page.locator('[data-as-of]')).toHaveAttribute('data-shown', '2023-12-31');
    const pageCounts: Record<string, number> = {};
    for (const state of ['suspends', 'limits', 'reaches', 'unknown']) pageCounts[state] = Number((await page.locator(`[data-as-of] [data-state-count="${state}"]`).textContent())!.replace(/\D/g, ''));
    const pageRows = await rows();
    await page.goto(`${base}embed/reach/?domain=threads.net&${query}&table=1`);
    await expect(page.locator('[data-embed-root][data-embed-ready]')).toHaveCount(1);
    const embedCounts: Record<string, number> = {};
    for (const state of Object.keys(pageCounts)) embedCounts[state] = Number(await page.locator(`[data-embed-headline] [data-headline-state="${state}"]`).getAttribute('data-count'));
    expect(embedCounts).toEqual(pageCounts);
    expect(pageCounts.suspends! + pageCounts.limits! + pageCounts.reaches! + pageCounts.unknown!).toBeGreaterThan(0);
    expect(await page.locator('[data-embed-headline]').textContent()).toContain('31 December 2023');
    expect(await rows()).toEqual(pageRows);
    expect(pageRows.length).toBe(4);
    // The graph draws an edge for each community that suspends or limits it that day.
    await expect(page.locator('svg[data-subgraph] path.edge')).toHaveCount(pageCounts.suspends! + pageCounts.limits!);
  });
});

test('a rebuild redraws no Open Graph image (the build before the tests ran on the same data)', async () => {
  // npm test builds the fixture site at / (drawing any card not yet cached), then again to check it is
  // reproducible, then under /atlas/: that last build's counts are in the cache's stats-dist-fixture-atlas.json
  // (src/node/og-log.ts). Every server has a card, so at least as many as there are servers were reused.
  const stats = JSON.parse(readFileSync('node_modules/.cache/atlas-og/stats-dist-fixture-atlas.json', 'utf8')) as { drawn: number; reused: number };
  expect(stats.drawn).toBe(0);
  expect(stats.reused).toBeGreaterThanOrEqual(dataDomains().length);
});
