/**
 * The domain, server, graph, matrix, language, region and methodology pages (issue "Who reaches whom"):
 * what they say about the data, that their counts match their tables, that the graph draws and the look-up
 * answers, that they work from the keyboard, and that every page type is quiet, stays on its origin and has no
 * serious or critical axe violations.
 * Runs in both projects (the site at / and under /atlas/).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isReservedName } from '../../src/lib/reserved-name.ts';
import { decodeGraph } from '../../src/lib/views/graph-data.ts';
import { axeCheck, dataDomains, dataMatrixFolded, dataServers, expect, FIXTURE_DIR, PAGE_TYPES, type PageLog, test } from './fixtures.ts';

/** The reach states in display order, with the glyph each is shown with (besides its colour and word). */
const STATES = { suspends: '✕', limits: '−', reaches: '✓', unknown: '?' } as const;


/** Embeds have no site chrome: no main navigation, and a heading only where the view has one. */
const isEmbed = (path: string) => path.startsWith('embed/');

/** Asserts the page made no console or page errors, no failed request, and no request off its origin. */
function expectQuiet(page: Page, log: PageLog): void {
  const origin = new URL(page.url()).origin;
  const elsewhere = log.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect.soft(elsewhere, `requests that left the origin on ${page.url()}`).toEqual([]);
  expect.soft(log.failed, 'failed requests').toEqual([]);
  expect.soft(log.consoleErrors, 'console errors').toEqual([]);
  expect.soft(log.pageErrors, 'page errors').toEqual([]);
  expect.soft(log.dialogs, 'dialogs opened').toEqual([]);
  expect.soft(log.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  const bad = log.responses.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`);
  expect.soft(bad, 'error responses').toEqual([]);
}

test.describe('domain page', () => {
  test('threads.net lists cymru.fixture under suspends, since 2025-01-19, with an https evidence link', async ({ page }) => {
    await page.goto('domains/threads.net/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('threads.net');
    const table = page.locator('table[data-reach-table="suspends"]');
    const row = table.locator('tbody tr', { has: page.getByRole('link', { name: 'cymru.fixture', exact: true }) });
    await expect(row).toHaveCount(1);
    // Dates are shown in words of the page's language (src/lib/i18n/format.ts).
    await expect(row).toContainText('19 January 2025');
    const evidence = row.locator('[data-evidence] a');
    await expect(evidence).toHaveAttribute('href', /^https:\/\//);
    await expect(evidence).toHaveAttribute('rel', /noopener/);
    // The dated list says the same.
    await expect(page.locator('[data-dated-list] li', { hasText: 'cymru.fixture' })).toContainText('19 January 2025');
  });

  test('every state count equals the rows of that state\'s table (plus, for unknown, the communities counted once for the site), and the counts add up to every community', async ({ page }) => {
    await page.goto('domains/threads.net/');
    const onPage = await page.$$eval('table[data-reach-table] tbody tr th[scope="row"] a', (as) => as.map((a) => a.textContent!.trim()));
    // The communities whose list is unpublished or partial, with no row here, are counted in one sentence, not listed.
    const unpublished = dataServers().filter((s) => s.status !== 'published' && s.domain !== 'threads.net').map((s) => s.domain);
    const summarised = unpublished.filter((d) => !onPage.includes(d)).length;
    expect(summarised).toBeGreaterThan(0);
    const summary = page.locator('[data-unknown-summary]');
    await expect(summary).toHaveAttribute('data-count', String(summarised));
    await expect(summary).toContainText(`For ${summarised} communities, their block list has not been read`);
    let total = 0;
    for (const [state, glyph] of Object.entries(STATES)) {
      const count = Number(await page.locator(`[data-state-count="${state}"]`).textContent());
      const rows = await page.locator(`table[data-reach-table="${state}"] tbody tr`).count();
      expect(rows + (state === 'unknown' ? summarised : 0), `rows under ${state}`).toBe(count);
      // The section's heading still gives the whole count.
      await expect(page.locator(`#state-${state}`)).toContainText(`: ${count}`);
      // The state is told by word and glyph, not colour alone.
      await expect(page.locator(`#state-${state}`)).toContainText(glyph);
      total += count;
    }
    // No unknown row left is one of those counted: their reasons are the list's status alone.
    const whys = await page.$$eval('table[data-reach-table="unknown"] tbody tr td:nth-of-type(1)', (tds) => tds.map((td) => td.textContent!.trim()));
    for (const why of whys) expect(why).not.toMatch(/^(its block list has not been read|only some of its decisions are known, none on it)/);
    // Every curated community but threads.net's own server (it is not curated) answers once.
    expect(total).toBe(dataDomains().filter((d) => d !== 'threads.net').length);
    expect(new Set(onPage).size).toBe(onPage.length);
  });

  for (const prefix of ['', 'cy/']) {
    test(`the communities counted on every domain page are listed once, at ${prefix}servers/unpublished/, reached from the domain page`, async ({ page }) => {
      const unpublished = dataServers().filter((s) => s.status !== 'published').map((s) => s.domain);
      await page.goto(`${prefix}domains/threads.net/`);
      const onPage = await page.$$eval('table[data-reach-table] tbody tr th[scope="row"] a', (as) => as.map((a) => a.textContent!.trim()));
      const link = page.locator('[data-unknown-summary] a');
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${prefix}servers/unpublished/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', prefix === '' ? 'en' : 'cy');
      const listed = await page.$$eval('table[data-unpublished-table] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-community')!));
      expect(listed).toEqual(unpublished);
      // Each links to its server page, in the page's language.
      const hrefs = await page.$$eval('table[data-unpublished-table] tbody tr th a', (as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.every((h, i) => h.endsWith(`/${prefix}servers/${unpublished[i]}/`))).toBe(true);
      // What the domain page counted is this list less the communities with a row there.
      await page.goBack();
      const count = Number(await page.locator('[data-unknown-summary]').getAttribute('data-count'));
      expect(count).toBe(listed.filter((d) => !onPage.includes(d)).length);
    });
  }

  test('draws the focused graph beside a table of the same edges; nodes are links', async ({ page }) => {
    await page.goto('domains/threads.net/');
    const svg = page.locator('svg[data-subgraph="domain-graph"]');
    await expect(svg).toBeVisible();
    const edges = await svg.locator('path.edge').count();
    expect(edges).toBeGreaterThan(0);
    await expect(page.locator('table[data-edge-table="domain-graph"] tbody tr[data-source]')).toHaveCount(edges);
    await expect(svg.locator('a[data-node="cymru.fixture"]')).toHaveAttribute('href', /servers\/cymru\.fixture\/$/);
    // The timeline chart has a line per state.
    await expect(page.locator('svg.timeline-chart path[data-series]')).toHaveCount(2); // suspends and limits
  });

  test('keyboard: Tab reaches a graph node link, Enter opens its page', async ({ page, base }) => {
    await page.goto('domains/threads.net/');
    // Start the Tab sequence at the last link before the graph (the dated list's), then Tab into the graph.
    await page.locator('[data-dated-list] a').last().focus();
    let focused: { node: string; href: string } | null = null;
    for (let i = 0; i < 20 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const node = document.activeElement?.closest('svg[data-subgraph] a[data-node]');
        const id = node?.getAttribute('data-node');
        return node && id && id !== 'threads.net' ? { node: id, href: node.getAttribute('href') ?? '' } : null;
      });
    }
    expect(focused, 'a graph node other than threads.net took focus').not.toBeNull();
    expect(focused!.href.startsWith(`${base}servers/`)).toBe(true);
    // Focusing a node highlights it and its neighbours.
    await expect(page.locator('svg[data-subgraph="domain-graph"]')).toHaveClass(/is-highlighting/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${focused!.href.replace(/[.\/]/g, '\\$&')}$`));
    await expect(page.locator('[data-correction-link]')).toHaveCount(1);
  });
});

/**
 * Opens a server page's folded decisions table (a list over 100 decisions starts folded) by keyboard, checking it
 * was folded and says how long it is.
 */
async function openDecisions(page: Page): Promise<void> {
  const table = page.locator('table[data-decisions-table]');
  await expect(table).toBeHidden();
  const summary = page.locator('details.fold > summary', { hasText: /^Show all \d[\d,]* decisions$/ });
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(table).toBeVisible();
}

/** The number of decisions in a fixture server's file, less those on reserved names (which the atlas leaves out). */
function decisionCount(domain: string): number {
  const blocks = (parse(readFileSync(`${FIXTURE_DIR}${domain}.yaml`, 'utf8')) as { blocks?: { domain?: string }[] }).blocks ?? [];
  return blocks.filter((b) => b.domain === undefined || !isReservedName(b.domain)).length;
}

test.describe('server page', () => {
  test('a short list of decisions is not folded; a long one starts folded and opens by keyboard', async ({ page }) => {
    expect(decisionCount('cymru.fixture')).toBeGreaterThan(0);
    expect(decisionCount('cymru.fixture')).toBeLessThanOrEqual(100);
    await page.goto('servers/cymru.fixture/');
    await expect(page.locator('table[data-decisions-table] tbody tr')).toHaveCount(decisionCount('cymru.fixture'));
    await expect(page.locator('table[data-decisions-table]')).toBeVisible();
    await expect(page.locator('details.fold')).toHaveCount(0);
    expect(decisionCount('general.fixture')).toBeGreaterThan(100);
    await page.goto('servers/general.fixture/');
    await openDecisions(page);
    await expect(page.locator('table[data-decisions-table] tbody tr')).toHaveCount(decisionCount('general.fixture'));
  });

  test('cymru.fixture shows its decision on threads.net with evidence, and the correction note', async ({ page }) => {
    await page.goto('servers/cymru.fixture/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tŵt Cymru');
    const row = page.locator('table[data-decisions-table] tbody tr', { has: page.getByRole('rowheader', { name: 'threads.net', exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Suspend');
    await expect(row).toContainText('19 January 2025');
    await expect(row.getByRole('link', { name: 'threads.net' })).toHaveAttribute('href', /domains\/threads\.net\/$/);
    const evidence = row.locator('[data-evidence] a');
    await expect(evidence).toHaveAttribute('href', /^https:\/\//);
    await expect(evidence).toHaveAttribute('rel', /noopener/);
    const note = page.getByRole('complementary', { name: 'Are you this server\'s admin?' });
    await expect(note).toBeVisible();
    await expect(note.getByRole('link', { name: 'How to correct or remove this entry' })).toHaveAttribute(
      'href',
      'https://github.com/federation-atlas/federation-atlas/blob/main/data/README.md#corrections-and-opt-out',
    );
    // Languages by name and tag, linking to their pages.
    await expect(page.getByRole('link', { name: 'Welsh (cy)' })).toHaveAttribute('href', /languages\/cy\/$/);
    // A lifted decision shows the source of its lift; a decision on a reserved name is listed apart, not counted.
    const lifted = page.locator('table[data-decisions-table] tbody tr', { has: page.getByRole('rowheader', { name: 'old.fixture', exact: true }) });
    await expect(lifted.locator('[data-lifted-evidence] a')).toHaveAttribute('href', /\/blob\/5{40}\/blocklists\/cymru\.fixture\.csv$/);
    await expect(page.locator('[data-reserved-names] li')).toHaveText(['marker.example.com (Suspend): a name reserved for examples in documentation (RFC 2606)']);
  });

  // That every server has a page is the link check's (tools/site-check/check-site.ts: every server is linked from the
  // home page's list, and every link must resolve); the correction note is the page template's, checked above.

  test('the decisions table sorts from header buttons, by mouse and keyboard', async ({ page }) => {
    await page.goto('servers/cymru.fixture/');
    const header = page.locator('table[data-decisions-table] thead th', { hasText: 'Since' });
    const button = header.getByRole('button', { name: /Since/ });
    await button.click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'descending');
  });
});

test.describe('graph pages', () => {
  test('the full graph draws on its canvas, and its tables have as many rows as nodes and edges stated', async ({ page }) => {
    await page.goto('graph/');
    const canvas = page.locator('canvas[data-full-graph]');
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    const painted = await canvas.evaluate((el: HTMLCanvasElement) => {
      const data = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(100);
    // The replay shows the file's own day, with the same edges: it draws them no second time.
    await expect(canvas).toHaveAttribute('data-shown-day', /^\d{4}-\d{2}-\d{2}$/);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(canvas).toHaveAttribute('data-edge-layers', '1');
    const nodes = Number(await page.locator('[data-node-count]').getAttribute('data-node-count'));
    const edges = Number(await page.locator('[data-edge-count]').getAttribute('data-edge-count'));
    expect(nodes).toBeGreaterThanOrEqual(dataDomains().length);
    await expect(page.locator('table[data-graph-nodes-table] tbody tr')).toHaveCount(nodes);
    await expect(page.locator('table[data-graph-edges-table] tbody tr')).toHaveCount(edges);
    // The canvas draws the same graph.
    const src = await canvas.getAttribute('data-src');
    const payload = decodeGraph(await (await page.request.get(new URL(src!, page.url()).href)).json());
    expect([payload.nodes.length, payload.edges.length]).toEqual([nodes, edges]);
  });

  test('the search box finds a node and offers its page', async ({ page }) => {
    await page.goto('graph/');
    await expect(page.locator('canvas[data-full-graph]')).toHaveAttribute('data-drawn', 'true');
    await page.getByLabel('Find a community or domain').fill('threads');
    await page.getByRole('button', { name: 'Find' }).click();
    const status = page.locator('[data-graph-status]');
    await expect(status).toContainText('threads.net');
    await expect(status.getByRole('link')).toHaveAttribute('href', /domains\/threads\.net\/$/);
  });

  test('the matrix shows a glyph in every non-empty cell, and filters by language', async ({ page }) => {
    await page.goto('graph/matrix/');
    // Every cell but a community's own column holds a state: its glyph is shown, whatever its colour.
    const cells = page.locator('table[data-matrix] td.cell:not(.cell-self)');
    const count = await cells.count();
    expect(count).toBeGreaterThan(0);
    const shown = await cells.evaluateAll((tds) => tds.map((td) => [/cell-(\w+)/.exec(td.className)?.[1] ?? '', td.querySelector('b')?.textContent ?? '']));
    for (const [state, glyph] of shown) {
      expect(Object.keys(STATES), 'a known state').toContain(state);
      expect(glyph, `a ${state} cell`).toBe(STATES[state as keyof typeof STATES]);
    }
    // Every community but those unknown in every column, which one summary row counts (see fit.spec.ts).
    const columns = await page.$$eval('table[data-matrix] thead th.domain-col', (ths) => ths.map((th) => th.textContent!.replace(/[↕↑↓▲▼]/g, '').trim()));
    const folded = dataMatrixFolded(columns);
    const rows = page.locator('table[data-matrix] tbody tr');
    await expect(rows).toHaveCount(dataDomains().length - folded.length);
    // Every community listed, whether its list is read or not (the matrix starts on published lists only).
    await page.getByLabel('Published lists only').uncheck();
    await page.getByLabel('Language', { exact: true }).selectOption('cy');
    const welsh = dataServers().filter((s) => s.languages.includes('cy'));
    const welshListed = welsh.filter((s) => !folded.includes(s.domain)).length;
    expect(welshListed).toBeGreaterThan(1);
    await expect(page.locator('table[data-matrix] tbody tr:visible')).toHaveCount(welshListed);
    await expect(page.locator('[data-matrix-status]')).toContainText(`${welshListed} of`);
    // The summary row counts the Welsh-speaking communities among those unknown in every column.
    const welshFolded = welsh.length - welshListed;
    const summary = page.locator('table[data-matrix] tfoot tr[data-matrix-folded]');
    if (welshFolded > 0) await expect(summary).toHaveText(new RegExp(`^${welshFolded} communit(y|ies) whose block list`));
    else await expect(summary).toBeHidden();
  });
});

test.describe('domain look-up', () => {
  test('finds threads.net, and answers plainly for a domain nobody acts on', async ({ page }) => {
    await page.goto('domains/');
    const input = page.getByLabel('Domain', { exact: true });
    await input.fill('https://Example.ORG/about');
    await page.getByRole('button', { name: 'Look up' }).click();
    const answer = page.locator('[data-lookup-answer]');
    await expect(answer).toContainText('No curated community acts on example.org.');
    const text = (await answer.textContent()) ?? '';
    const m = /(\d+) curated communit(?:y publishes its list|ies publish their lists) and reach(?:es)? it.*?; (\d+) communit/.exec(text);
    expect(m, text).not.toBeNull();
    expect(Number(m![1]) + Number(m![2])).toBe(dataDomains().length);

    await input.fill('not a domain');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(answer).toContainText('is not a domain name');

    await input.fill('threads.net');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/domains\/threads\.net\/$/);
  });

  test('a subdomain of a domain acted on leads to that domain', async ({ page }) => {
    await page.goto('domains/');
    await page.getByLabel('Domain', { exact: true }).fill('www.threads.net');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page.locator('[data-lookup-answer]').getByRole('link', { name: 'threads.net' })).toHaveAttribute('href', /domains\/threads\.net\/$/);
  });
});

test.describe('languages and regions', () => {
  test('list their servers with links to the server pages', async ({ page }) => {
    await page.goto('languages/');
    await page.getByRole('link', { name: 'Welsh (cy)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welsh (cy)');
    await expect(page.locator('table[data-server-list]').getByRole('link', { name: 'Tŵt Cymru' })).toHaveAttribute('href', /servers\/cymru\.fixture\/$/);
    await page.goto('regions/');
    await page.getByRole('link', { name: 'Wales (GB-WLS)' }).click();
    await expect(page.locator('table[data-server-list] tbody tr[data-domain="cymru.fixture"]')).toHaveCount(1);
  });
});

test.describe('Content-Security-Policy', () => {
  // One policy on every page, default-src 'self', nothing remote or unsafe: checked on every built page by
  // tools/site-check/csp.ts (npm test's check-site steps). Here, what only a browser can show: that it holds.
  test('a script injected into a page is refused and reported, and so is a style attribute', async ({ page, log }) => {
    await page.goto('servers/cymru.fixture/', { waitUntil: 'networkidle' });
    const ran = await page.evaluate(() => {
      const w = window as unknown as { injected?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      const div = document.createElement('div');
      div.innerHTML = '<p style="color:red">styled by an attribute</p>';
      document.body.append(div);
      return Boolean(w.injected);
    });
    expect(ran).toBe(false);
    await expect.poll(() => log.cspViolations.join('\n')).toMatch(/script-src/);
    await expect.poll(() => log.cspViolations.join('\n')).toMatch(/style-src/);
  });
});

test.describe('every page type', () => {
  for (const path of PAGE_TYPES) {
    // One visit each: quiet, its headings and navigation, links under the base, and axe (WCAG 2.1 A and AA).
    test(`${path}: no console errors, nothing off the origin, links under the base, one h1, the nav, no axe violation`, async ({ page, log, base }) => {
      test.setTimeout(90_000); // axe takes a while over long tables
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      if (path === 'graph/') await expect(page.locator('canvas[data-full-graph]')).toHaveAttribute('data-drawn', 'true');
      if (!isEmbed(path)) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Domains' })).toBeVisible();
      } else await expect(page.locator('[data-embed-credit]')).toBeVisible();
      expectQuiet(page, log);
      // Every internal link is written under the base path (the site works at / and under /atlas/).
      const origin = new URL(page.url()).origin;
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      const stray = hrefs.filter((h) => !h.startsWith('#') && new URL(h, page.url()).origin === origin && !h.startsWith(base));
      expect.soft(stray, `internal links not under ${base}`).toEqual([]);
      // The site's stylesheets in cascade order: the shared base (global.css) before the pages' styles (pages.css),
      // and an embed's own (embed.css) after both, so a later rule wins a tie as its author meant. Astro orders a
      // page's stylesheets by how its build grouped their modules: one new import in a layout once put pages.css
      // before global.css.
      const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => (l.getAttribute('href') ?? '').replace(/^.*\/|\.[^.]+\.css$/g, '')));
      const at = (name: string) => sheets.indexOf(name);
      expect.soft(at('global'), `global.css among ${sheets.join(', ')}`).toBeGreaterThanOrEqual(0);
      if (at('pages') >= 0) expect.soft(at('pages'), `pages.css after global.css in ${sheets.join(', ')}`).toBeGreaterThan(at('global'));
      if (at('Embed') >= 0) expect.soft(at('Embed'), `the embed's own stylesheet after pages.css in ${sheets.join(', ')}`).toBeGreaterThan(at('pages'));
      const results = await axeCheck(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const violations = results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`,
      );
      expect(violations).toEqual([]);
    });
  }
});

