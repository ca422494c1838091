/**
 * The bench's browser measurements, in headless Chromium driven by Playwright: what each page transfers
 * (the HTML and every same-origin request, gzip-compressed here), and the map's and full graph's timings.
 * Timings are read inside the page (performance.now(), from navigation start) by a MutationObserver on the
 * attributes the client code sets when it is done: `data-markers`, `data-reach`, `data-map-state` on #atlas-map
 * and `data-drawn` on the full graph's canvas.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../chromium-flags.ts';
import { panFps } from './graph-speed.ts';
import type { BrowserRun, PageTransfer } from './results.ts';

/**
 * Starts Chromium (CHROMIUM_PATH or /usr/bin/chromium) as the end-to-end tests start it: without the address bar's
 * pop-ups, which it would build beside the page being measured in every new context's window (tools/chromium-flags.ts).
 */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', ...CHROMIUM_ARGS] });
}

/** Records, in the page, when the markers, the reach colouring, the basemap and the graph's first frame appear. */
const OBSERVER = `
(() => {
  const marks = { reach: {} };
  window.__bench = marks;
  const now = () => performance.now();
  const check = () => {
    const map = document.getElementById('atlas-map');
    if (map) {
      if (marks.markers === undefined && Number(map.dataset.markers) > 0) marks.markers = now();
      const reach = map.dataset.reach;
      if (reach && marks.reach[reach] === undefined) marks.reach[reach] = now();
      if (marks.basemap === undefined && map.dataset.mapState === 'ready') marks.basemap = now();
    }
    if (marks.graph === undefined && document.querySelector('canvas[data-full-graph][data-drawn]')) marks.graph = now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-markers', 'data-reach', 'data-map-state', 'data-drawn'] });
})();
`;

interface Marks {
  markers?: number;
  basemap?: number;
  graph?: number;
  reach: Record<string, number>;
}

async function marks(page: Page): Promise<Marks> {
  return page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
}

/** Waits until `test(marks)` holds, polling; gives up after `timeoutMs` (returns the last marks). */
async function waitMarks(page: Page, test: (m: Marks) => boolean, timeoutMs: number): Promise<Marks> {
  const end = Date.now() + timeoutMs;
  let m = await marks(page);
  while (!test(m) && Date.now() < end) {
    await page.waitForTimeout(50);
    m = await marks(page);
  }
  return m;
}

/** Loads `path` and returns what it transferred once `ready` (a selector) is there and the network is idle. */
export async function measureTransfer(browser: Browser, origin: string, page: string, path: string, ready: string): Promise<PageTransfer> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const bodies: Promise<{ url: string; raw: number; gzip: number } | undefined>[] = [];
  let thirdParty = 0;
  tab.on('request', (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith('data:') && !req.url().startsWith('blob:')) thirdParty++;
  });
  tab.on('response', (res) => {
    if (!res.url().startsWith(origin)) return;
    bodies.push(
      res.body().then(
        (body) => ({ url: res.url().slice(origin.length), raw: body.length, gzip: gzipSync(body, { level: 6 }).length }),
        () => undefined,
      ),
    );
  });
  await tab.goto(origin + path, { waitUntil: 'load', timeout: 120_000 });
  await tab.waitForSelector(ready, { state: 'attached', timeout: 120_000 }).catch(() => undefined);
  await tab.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
  const done = (await Promise.all(bodies)).filter((b): b is { url: string; raw: number; gzip: number } => b !== undefined);
  await context.close();
  const largest = done.reduce((a, b) => (b.gzip > a.gzip ? b : a), { url: '', raw: 0, gzip: 0 });
  return {
    page,
    path,
    requests: done.length,
    rawBytes: done.reduce((s, b) => s + b.raw, 0),
    gzipBytes: done.reduce((s, b) => s + b.gzip, 0),
    largest: { path: largest.url, gzipBytes: largest.gzip },
    thirdParty,
  };
}

/** One load of the map page: times in milliseconds from navigation start, the recolour from the picker's change. */
export interface MapRun {
  /** The first markers are on the map (`data-markers`). */
  firstMarkers?: number;
  /** The markers are coloured by the first domain's reach (`data-reach`). */
  reachColoured?: number;
  /** The basemap is drawn (`data-map-state="ready"`). */
  basemapReady?: number;
  /** Picker change to the second domain → coloured by it, shard fetch included. */
  recolour?: number;
}

/**
 * The map loaded with `?domain=first` (markers, reach colouring, basemap), then a recolour for `second` through the
 * picker, in `tab` (a page of a context that ran `addMapObserver`); `beforeRecolour` runs just before the picker
 * changes (to start a profiler).
 */
export async function mapRun(tab: Page, origin: string, first: string, second: string, beforeRecolour?: () => Promise<void>): Promise<MapRun> {
  const run: MapRun = {};
  await tab.goto(`${origin}/?domain=${encodeURIComponent(first)}`, { waitUntil: 'load', timeout: 120_000 });
  let m = await waitMarks(tab, (x) => x.markers !== undefined && x.reach[first] !== undefined && x.basemap !== undefined, 60_000);
  run.firstMarkers = m.markers;
  run.reachColoured = m.reach[first];
  run.basemapReady = m.basemap;
  await beforeRecolour?.();
  // Recolour: pick the second domain as a person would (the picker's change event), time it in the page.
  const start = await tab.evaluate((domain) => {
    const picker = document.querySelector<HTMLSelectElement>('#reach-domain');
    if (!picker || ![...picker.options].some((o) => o.value === domain)) return undefined;
    const t0 = performance.now();
    picker.value = domain;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    return t0;
  }, second);
  if (start !== undefined) {
    m = await waitMarks(tab, (x) => x.reach[second] !== undefined, 30_000);
    if (m.reach[second] !== undefined) run.recolour = m.reach[second]! - start;
  }
  return run;
}

/** Makes every page of `context` record the map's and the graph's marks (`data-markers`, `data-reach`, …). */
export async function addMapObserver(context: BrowserContext): Promise<void> {
  await context.addInitScript(OBSERVER);
}

/**
 * One browser run: the map loaded with `?domain=first` (markers, reach colouring, basemap), a recolour for
 * `second` through the picker (`mapRun`), then /graph/ (first frame) and a scripted pan with the mouse while
 * requestAnimationFrame counts frames.
 */
export async function browserRun(browser: Browser, origin: string, first: string, second: string): Promise<BrowserRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await addMapObserver(context);
  const tab = await context.newPage();
  const run: BrowserRun = { ...(await mapRun(tab, origin, first, second)) };
  await tab.goto(`${origin}/graph/`, { waitUntil: 'load', timeout: 120_000 });
  const m = await waitMarks(tab, (x) => x.graph !== undefined, 60_000);
  run.graphFirstFrame = m.graph;
  if (m.graph !== undefined) run.panFps = await panFps(tab, 2000);
  await context.close();
  return run;
}
