/**
 * Pages that fit: at a laptop's 1366×800 and a phone's 390×844, no page type scrolls sideways (a wide table scrolls
 * inside its own box, a long domain wraps, a phone stacks a table's rows); a long decisions table is filtered and
 * paged, on a domain page's past day too; the matrix counts the communities unknown in every column in one summary
 * row, and hides the other communities whose list is unknown behind another.
 * Runs on the synthetic fixture site.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isReservedName } from '../../src/lib/reserved-name.ts';
import { codeOf, communitiesKey, type EncodedShard, type ShardCommunities } from '../../src/lib/map/shard-codec.ts';
import { dataMatrixFolded, dataServers, dataStatesOn, expect, FIXTURE_DIR, test } from './fixtures.ts';

/** One page of each type whose layout a table or a long domain could widen (general.fixture: 111 decisions). */
const PAGES = ['', 'domains/threads.net/', 'servers/general.fixture/', 'graph/', 'graph/matrix/', 'domains/', 'data/'];

/**
 * What is wider than it may be, with every folded part opened: the page beyond the window, and any table's scrolling
 * box beyond its own width, but the matrix's (whose width is inherent: one column a domain).
 */
async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const out: string[] = [];
    const extra = document.documentElement.scrollWidth - window.innerWidth;
    if (extra > 0) out.push(`the page, by ${extra}px`);
    for (const box of document.querySelectorAll<HTMLElement>('.table-scroll:not(.matrix-scroll)')) {
      if (box.offsetParent === null) continue;
      const by = box.scrollWidth - box.clientWidth;
      if (by > 1) out.push(`the table "${box.querySelector('caption')?.textContent?.trim().slice(0, 40) ?? box.getAttribute('aria-labelledby')}", by ${by}px`);
    }
    // A stacked row's cells each need their column's name.
    const unnamed = document.querySelectorAll('table.stack-table tbody td:not([data-label]):not([colspan])').length;
    if (unnamed > 0) out.push(`${unnamed} stacked cells without a data-label`);
    return out;
  });
}

for (const [name, size] of [['laptop', { width: 1366, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
  test(`no page scrolls sideways, nor any table but the matrix, on a ${name} (${size.width}×${size.height})`, async ({ page }) => {
    test.slow();
    await page.setViewportSize(size);
    const wide: string[] = [];
    for (const path of PAGES) {
      await page.goto(path, { waitUntil: 'load' });
      for (const what of await tooWide(page)) wide.push(`/${path}: ${what}`);
    }
    expect(wide).toEqual([]);
  });
}

/** The decisions of a fixture server's file, less those on reserved names (which the atlas leaves out). */
function decisions(domain: string): { domain?: string }[] {
  const blocks = (parse(readFileSync(`${FIXTURE_DIR}${domain}.yaml`, 'utf8')) as { blocks?: { domain?: string }[] }).blocks ?? [];
  return blocks.filter((b) => b.domain === undefined || !isReservedName(b.domain));
}

test('a long decisions table shows 50 rows a page, pages by keyboard, and filters by text, announcing its counts', async ({ page }) => {
  const total = decisions('general.fixture').length;
  expect(total).toBeGreaterThan(100);
  await page.goto('servers/general.fixture/');
  const table = page.locator('table[data-decisions-table]');
  await page.locator('details.fold > summary').first().click();
  const rows = table.locator('tbody tr');
  // Complete in the HTML; the script shows one page.
  await expect(rows).toHaveCount(total);
  await expect(table.locator('tbody tr:visible')).toHaveCount(50);
  const pager = page.locator('[data-pager-for="decisions"]');
  const status = pager.locator('[role="status"]');
  await expect(status).toHaveText(`1–50 of ${total}`);
  await pager.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`51–100 of ${total}`);
  await expect(table.locator('tbody tr:visible').first()).toHaveText(await rows.nth(50).textContent() as string);
  // A domain's text: exactly the rows whose domain holds it, whichever page they were on.
  const all = await table.locator('tbody th[scope="row"]').allTextContents();
  const word = 'fixture';
  const wanted = all.filter((t) => t.toLowerCase().includes(word)).length;
  expect(wanted).toBeGreaterThan(0);
  expect(wanted).toBeLessThan(total);
  await pager.getByRole('searchbox').fill(word);
  await expect(status).toHaveText(`1–${Math.min(50, wanted)} of ${wanted} (${total} in all)`);
  await expect(table.locator('tbody tr:visible')).toHaveCount(Math.min(50, wanted));
  for (const text of await table.locator('tbody tr:visible th[scope="row"]').allTextContents()) expect(text.toLowerCase()).toContain(word);
});

test("on a past day, a domain page's long table of communities is filtered and paged as today's are", async ({ page }) => {
  test.slow();
  // The fixture's 26 communities never fill a page: the shard served here adds communities whose list is unknown
  // (so they are unknown on any day), as a large dataset would have.
  const added = Array.from({ length: 90 }, (_, i) => `paged-${String(i).padStart(2, '0')}.fixture`);
  // The shard's codes follow the communities' list beside it (src/lib/map/shard-codec.ts): both get the added
  // communities at their end, each coded as unknown with its list unknown.
  await page.route('**/data/reach/communities.json', async (route) => {
    const response = await route.fetch();
    const list = (await response.json()) as ShardCommunities;
    await route.fulfill({ response, json: { communities: [...list.communities, ...added] } });
  });
  await page.route('**/data/reach/threads.net.json', async (route) => {
    const response = await route.fetch();
    const shard = (await response.json()) as EncodedShard;
    const kind = shard.kinds.push({ state: 'unknown', reason: 'list-unknown' }) - 1;
    shard.codes += codeOf(kind).repeat(added.length);
    // The shard names the list it was written for: the longer one served beside it (read here unrouted).
    const list = (await (await page.request.get(new URL('communities.json', route.request().url()).href)).json()) as ShardCommunities;
    shard.list = communitiesKey([...list.communities, ...added]);
    await route.fulfill({ response, json: shard });
  });
  const day = '2025-02-01';
  const total = [...dataStatesOn('threads.net', day).values()].filter((s) => s === 'unknown').length + added.length;
  expect(total).toBeGreaterThan(100);
  await page.goto(`domains/threads.net/?date=${day}`);
  const section = page.locator('[data-day-state-section="unknown"]');
  await section.locator('details.fold > summary').click();
  const table = section.locator('table[data-day-table="unknown"]');
  // Complete in the page; the script shows one page.
  await expect(table.locator('tbody tr')).toHaveCount(total);
  await expect(table.locator('tbody tr:visible')).toHaveCount(50);
  const pager = section.locator('.table-pager');
  const status = pager.locator('[role="status"]');
  await expect(status).toHaveText(`1–50 of ${total}`);
  await pager.getByRole('button', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`51–100 of ${total}`);
  // A domain's text: exactly the rows whose domain holds it.
  const all = await table.locator('tbody th[scope="row"]').allTextContents();
  const word = 'paged-0';
  const wanted = all.filter((t) => t.toLowerCase().includes(word)).length;
  expect(wanted).toBeGreaterThan(0);
  await pager.getByRole('searchbox').fill(word);
  await expect(status).toHaveText(`1–${wanted} of ${wanted} (${total} in all)`);
  for (const text of await table.locator('tbody tr:visible th[scope="row"]').allTextContents()) expect(text).toContain(word);
  // A short section has no pager.
  await expect(page.locator('[data-day-state-section="suspends"] .table-pager')).toHaveCount(0);
});

/** The matrix's column domains as the page heads them (each header also holds the sort control's glyph). */
async function matrixColumns(page: Page): Promise<string[]> {
  return page.$$eval('table[data-matrix] thead th.domain-col', (ths) => ths.map((th) => th.textContent!.replace(/[↕↑↓▲▼]/g, '').trim()));
}

test('the matrix counts the communities unknown in every column once, in one summary row, with a link to their list', async ({ page }) => {
  await page.goto('graph/matrix/');
  const servers = dataServers();
  const folded = dataMatrixFolded(await matrixColumns(page));
  expect(folded.length).toBeGreaterThan(1);
  // No row of their own: the table's rows are every other community, each once.
  const listed = await page.locator('table[data-matrix] tbody th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-sort')!));
  expect(listed.sort()).toEqual(servers.map((s) => s.domain).filter((d) => !folded.includes(d)));
  const row = page.locator('table[data-matrix] tfoot tr[data-matrix-folded]');
  await expect(row).toBeVisible();
  await expect(row).toHaveText(new RegExp(`^${folded.length} communities whose block list has not been read`));
  await expect(row.getByRole('link')).toHaveAttribute('href', /\/servers\/unpublished\/$/);
  // The same in Welsh.
  await page.goto('cy/graph/matrix/');
  await expect(page.locator('table[data-matrix] tfoot tr[data-matrix-folded]')).toHaveText(new RegExp(`^${folded.length} (c|g|ch)ymuned nad yw`));
  await expect(page.locator('table[data-matrix] tfoot tr[data-matrix-folded] a')).toHaveAttribute('href', /\/cy\/servers\/unpublished\/$/);
});

test('the matrix lists published lists only at first, the rest folded into one row, all shown by the checkbox', async ({ page }) => {
  await page.goto('graph/matrix/');
  const servers = dataServers();
  const folded = dataMatrixFolded(await matrixColumns(page));
  const rows = servers.filter((s) => !folded.includes(s.domain));
  // The communities listed whose list is unknown (they have a decision on a column); the fixture may have none left.
  const unread = rows.filter((s) => s.status === 'unknown').length;
  const shown = page.locator('table[data-matrix] tbody tr:visible');
  await expect(shown).toHaveCount(rows.length - unread);
  const summary = page.locator('table[data-matrix] tfoot tr[data-matrix-unread]');
  if (unread > 0) await expect(summary).toHaveText(new RegExp(`^${unread} communit(y|ies) whose list has not been read`));
  else await expect(summary).toBeHidden();
  await page.getByLabel('Published lists only').uncheck();
  await expect(shown).toHaveCount(rows.length);
  await expect(summary).toBeHidden();
  // The communities unknown in every column stay counted in their own row.
  await expect(page.locator('table[data-matrix] tfoot tr[data-matrix-folded]')).toHaveText(new RegExp(`^${folded.length} communities`));
  await expect(page.locator('[data-matrix-status]')).toHaveText('');
});
