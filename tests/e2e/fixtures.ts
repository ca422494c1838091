/**
 * Shared fixtures for the end-to-end tests: the site's base path, and a log of what a page did
 * (requests, responses, console errors, uncaught errors), recorded from before the first navigation.
 */
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type Response } from '@playwright/test';
import { parse } from 'yaml';
import type { AtlasProjectMetadata } from '../../playwright.config.ts';
import type { Community } from '../../src/lib/reach/state.ts';
import { confirmedOracle, statesOn, type StateName } from '../shared/reach-oracle.ts';
import { lend, openSharedTab, type SharedTab } from './shared-tab.ts';

/** What a page did while a test ran. */
export interface PageLog {
  /** Every request's URL, in order. */
  requests: string[];
  /** Every response (same-origin or not). */
  responses: Response[];
  /** Requests that failed at the network level, with the reason (read-only: worked out when read). */
  failed: string[];
  /** Console messages of type "error". */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Dialogs the page opened (alert, confirm, prompt, beforeunload): data must never open one. Each is dismissed. */
  dialogs: string[];
  /**
   * Content-Security-Policy violations the page reported (`securitypolicyviolation` events, listened for from
   * before any of the page's own scripts run), as "directive blocked-uri".
   */
  cspViolations: string[];
}

/** The name of the function the init script exposes to report CSP violations to the test. */
const CSP_BINDING = '__atlasCspViolation';

/** Whether `url` is the site's icon (favicon.svg at the root of its base path). */
function isTabIcon(url: string): boolean {
  return new URL(url).pathname.endsWith('/favicon.svg');
}

async function record(page: Page): Promise<PageLog> {
  /** Requests the browser cancelled (`net::ERR_ABORTED`), by URL: a failure only if the URL never answered 2xx. */
  const aborted: string[] = [];
  const failures: string[] = [];
  const log: PageLog = {
    requests: [],
    responses: [],
    // Chromium, on a busy machine, sometimes reports a script's fetch as cancelled although it answered 200 and the
    // page read all of it (the home page's fetch of tray/: every item came in, in every such load, 4 in 10 repeats
    // with two pages at once): a cancelled request whose URL answered 2xx in this page lost nothing. One that never
    // answered stays a failure.
    get failed() {
      const answered = new Set(this.responses.filter((r) => r.status() >= 200 && r.status() < 300).map((r) => r.url()));
      return [...failures, ...aborted.filter((url) => !answered.has(url)).map((url) => `${url}: net::ERR_ABORTED`)];
    },
    consoleErrors: [],
    pageErrors: [],
    dialogs: [],
    cspViolations: [],
  };
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  await page.exposeFunction(CSP_BINDING, (text: string) => log.cspViolations.push(text));
  await page.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      report?.(`${event.effectiveDirective} ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  }, CSP_BINDING);
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('response', (response) => log.responses.push(response));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // The site's icon (the tab's icon and the header's logo), still coming when the test went on to another page and
    // so cancelled by the browser: nothing failed (seen once in a tab kept between tests, shared-tab.ts). A missing
    // icon would answer 404, an error response, which the tests check apart.
    if (reason === 'net::ERR_ABORTED' && isTabIcon(request.url())) return;
    if (reason === 'net::ERR_ABORTED') aborted.push(request.url());
    else failures.push(`${request.url()}: ${reason}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  return log;
}

/**
 * The test function, with `base` (the site's base path) and `log` (what the page did). Its `page` is the worker's
 * shared tab (shared-tab.ts), lent with the test's viewport and motion setting and put back after it; a test that
 * asks for touch, a mobile viewport or no JavaScript gets a context and tab of its own, as Playwright makes them.
 * Its `context` is the one its `page` lives in.
 */
export const test = base.extend<{ base: string; log: PageLog }, { sharedTab: SharedTab }>({
  sharedTab: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, reducedMotion } = workerInfo.project.use;
      const tab = await openSharedTab(browser, { baseURL, viewport, reducedMotion });
      await use(tab);
      await tab.context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ sharedTab, browser, baseURL, viewport, reducedMotion, hasTouch, isMobile, javaScriptEnabled }, use) => {
    if (!hasTouch && !isMobile && javaScriptEnabled !== false) return use(sharedTab.context);
    const own = await browser.newContext({ baseURL, viewport, reducedMotion, hasTouch, isMobile, javaScriptEnabled });
    await use(own);
    await own.close();
  },
  page: async ({ context, sharedTab, viewport, reducedMotion }, use) => {
    if (context !== sharedTab.context) return use(await context.newPage());
    const giveBack = await lend(sharedTab, { viewport: viewport ?? { width: 1280, height: 800 }, reducedMotion: reducedMotion === 'no-preference' ? 'no-preference' : 'reduce' });
    await use(sharedTab.page);
    await giveBack();
  },
  base: async ({}, use, testInfo) => {
    await use((testInfo.project.metadata as AtlasProjectMetadata).base);
  },
  log: async ({ page }, use) => {
    await use(await record(page));
  },
});

/**
 * An axe check of `page`, run in the page itself (axe's "legacy" mode: `axe.run` in the top frame, which asks each
 * same-origin frame in turn). The default mode opens a blank page for every check to gather the frames' results,
 * a new browser tab each time, which only cross-origin frames need; no atlas page has one. Measured on the fixture
 * site: 1.8 s against 1.3 s a check on methodology/, 4.3 s against 2.5 s on graph/.
 */
export function axeCheck(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/** Playwright's `expect`, re-exported so tests import everything from here. */
export { expect };

/**
 * The folder of server files the behaviour tests run on: the synthetic fixture site (tests/fixtures/site/), built
 * into dist-fixture/ by `npm test`. Only the smoke spec reads the real `data/servers/`.
 */
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/site/servers/', import.meta.url));
/** The real curated data, for the smoke spec. */
export const REAL_DIR = fileURLToPath(new URL('../../data/servers/', import.meta.url));

/** The server files of `dir` (the fixture by default), counted straight from disk, as domains, sorted. */
export function dataDomains(dir = FIXTURE_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What the e2e tests read of a server file, straight from disk. */
export interface DataServer {
  /** The domain (the file's name). */
  domain: string;
  /** Its BCP 47 language tags, as written. */
  languages: string[];
  /** Its area's ISO 3166 codes, as written (none when it has no area or codes). */
  iso3166: string[];
  /** Its block-list status: published, partial or unknown. */
  status: string;
  /** Its registered accounts (`users.total`), when the file gives them. */
  users?: number;
}

/** Each server file parsed once per test process (the graph's tests ask about many domains). */
const parsedFiles = new Map<string, unknown>();
function parsedFile(path: string): unknown {
  if (!parsedFiles.has(path)) parsedFiles.set(path, parse(readFileSync(path, 'utf8')));
  return parsedFiles.get(path);
}

/** The server files' domains, languages, area codes, list status and user counts, read with a plain YAML parser, sorted by domain. */
export function dataServers(dir = FIXTURE_DIR): DataServer[] {
  return dataDomains(dir).map((domain) => {
    const value = parsedFile(`${dir}${domain}.yaml`) as { languages?: unknown; area?: { iso3166?: unknown }; blocklist?: { status?: unknown }; users?: { total?: unknown } };
    const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    const server: DataServer = { domain, languages: list(value.languages), iso3166: list(value.area?.iso3166), status: String(value.blocklist?.status) };
    if (typeof value.users?.total === 'number') server.users = value.users.total;
    return server;
  });
}

/** The communities of `dir` as the reach oracle reads them: domain, list and decisions, straight from the YAML. */
export function dataCommunities(dir = FIXTURE_DIR): Community[] {
  return dataDomains(dir).map((domain) => {
    const value = parsedFile(`${dir}${domain}.yaml`) as { blocklist: Community['blocklist']; blocks?: Community['blocks'] };
    return { domain, blocklist: value.blocklist, blocks: value.blocks ?? [] };
  });
}

/**
 * What each community of `dir` does to `domain` on `day`, from the YAML through the one reach oracle
 * (tests/shared/reach-oracle.ts, written from the rules, independently of the site's code). The domain's own
 * server is left out.
 */
export function dataStatesOn(domain: string, day: string, dir = FIXTURE_DIR): Map<string, StateName> {
  return statesOn(dataCommunities(dir), domain, day);
}

/**
 * The communities of `dir` the matrix folds into its summary row, by the rule written from the YAML: a list not
 * read (status unknown), no decision on or above any of the matrix's `columns` (so nothing the replay can
 * show on any day is known), and not itself one of the columns. Sorted by domain.
 */
export function dataMatrixFolded(columns: readonly string[], dir = FIXTURE_DIR): string[] {
  const covers = (d: { domain?: string }, column: string) => d.domain !== undefined && (column === d.domain || column.endsWith(`.${d.domain}`));
  return dataCommunities(dir)
    .filter((c) => c.blocklist.status === 'unknown' && !columns.includes(c.domain) && !c.blocks.some((d) => columns.some((column) => covers(d, column))))
    .map((c) => c.domain);
}

/**
 * The atlas's day for the server files of `dir`, by its rule (src/lib/as-of.ts, with no ATLAS_TODAY): the latest
 * day any source was read (a source of the server's facts, its list's evidence, a decision's evidence).
 */
export function dataAtlasDay(dir = FIXTURE_DIR): string {
  let latest = '';
  for (const domain of dataDomains(dir)) {
    const value = parsedFile(`${dir}${domain}.yaml`) as { sources?: { retrieved?: string }[]; blocklist?: { evidence?: { retrieved?: string } }; blocks?: { evidence?: { retrieved?: string } }[] };
    const days = [...(value.sources ?? []).map((x) => x.retrieved), value.blocklist?.evidence?.retrieved, ...(value.blocks ?? []).map((b) => b.evidence?.retrieved)];
    for (const day of days) if (day !== undefined && String(day) > latest) latest = String(day);
  }
  return latest;
}

/**
 * The day a source last confirmed what each community of `dir` does to `domain` on `day` (undefined for unknown),
 * from the YAML through the oracle's day-by-day walk (tests/shared/reach-oracle.ts `confirmedOracle`).
 */
export function dataConfirmedOn(domain: string, day: string, dir = FIXTURE_DIR): Map<string, string | undefined> {
  return new Map(dataCommunities(dir).filter((c) => c.domain !== domain).map((c) => [c.domain, confirmedOracle(c, domain, day)]));
}

/** One page of each type (relative to the base; the Welsh copies are under `cy/`). */
export const PAGE_TYPES = [
  '',
  'domains/threads.net/',
  'domains/',
  'servers/cymru.fixture/',
  'servers/unpublished/',
  'graph/',
  'graph/matrix/',
  'graph/alignment/',
  'languages/',
  'languages/cy/',
  'regions/',
  'regions/GB-WLS/',
  'methodology/',
  'glossary/',
  'data/',
  'embed/reach/?domain=threads.net',
  'embed/timeline/?domain=threads.net',
  'embed/map/?domain=threads.net&lang=cy',
  'embed/matrix/',
];

/**
 * Every link to a page of the site, as the reader finds it once the page's scripts have run (the graph's node links,
 * the search's answers), that leaves Welsh, other than the language switcher's. check-site checks the built HTML's
 * links on every page; this sees the ones scripts add.
 */
export async function linksLeavingWelsh(page: Page): Promise<{ pages: number; leaving: string[] }> {
  return page.evaluate(() => {
    const paths = [...document.querySelectorAll('a[href]')]
      // getAttribute, not .href: an SVG link's href is not a string.
      .map((a) => new URL(a.getAttribute('href') ?? '', location.href))
      .filter((u) => u.origin === location.origin && u.pathname.endsWith('/'))
      .map((u) => u.pathname);
    const switcher = [...document.querySelectorAll('[data-lang-switch] a')].map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname);
    return { pages: paths.length, leaving: paths.filter((p) => !p.startsWith('/cy/') && !switcher.includes(p)) };
  });
}
