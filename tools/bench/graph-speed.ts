/**
 * The full graph's speed in headless Chromium, for one built graph page (e.g. `/graph/min-1/`): its first frame
 * (from navigation start to the canvas's first edge layer, `data-drawn`), its first fully detailed frame (dashes
 * and arrowheads, `data-edge-detail="full"`), and the frames per second requestAnimationFrame counts while the
 * mouse wheel zooms it in and out for three seconds and while a drag pans it for three seconds. Used by
 * tools/bench/bench.ts and by `npx node tools/bench/graph-bench.ts` on its own.
 */
import type { Browser, Page } from '@playwright/test';
import { GRAPH_MARKS } from '../../src/client/graph/graph-events.ts';

/** One load of a graph page. Times in milliseconds from navigation start; rates in frames per second. */
export interface GraphSpeedRun {
  /** The first frame: the canvas drew its first edge layer. */
  firstFrame?: number;
  /** The first frame with the edges in full detail (dashes, arrowheads). */
  firstDetail?: number;
  /** Frames per second while the wheel zooms in and out. */
  zoomFps?: number;
  /** Frames per second while a drag pans. */
  panFps?: number;
  /** Where the time before the first frame went: the page's first contentful paint, and the canvas script's marks. */
  phases?: GraphPhases;
}

/** Milliseconds from navigation start to each step before the first frame (src/client/graph/graph-events.ts's marks). */
export interface GraphPhases {
  /** The page's first contentful paint (its text, before the canvas's script runs). */
  firstPaint?: number;
  /** The canvas's script began (after the page's modules loaded and it was parsed). */
  scriptStart?: number;
  /** The graph's data was fetched and parsed (JSON). */
  parsed?: number;
  /** The data was decoded into nodes and edges. */
  decoded?: number;
}

/** Reads the phases in the page. */
async function readPhases(tab: Page): Promise<GraphPhases> {
  return tab.evaluate((marks) => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    return { firstPaint: at('first-contentful-paint'), scriptStart: at(marks.start), parsed: at(marks.parsed), decoded: at(marks.decoded) };
  }, GRAPH_MARKS);
}

/** Records, in the page, when the canvas first draws and first draws in full detail. */
const OBSERVER = `
(() => {
  const marks = {};
  window.__graphSpeed = marks;
  const check = () => {
    const canvas = document.querySelector('canvas[data-full-graph]');
    if (!canvas) return;
    if (marks.firstFrame === undefined && canvas.dataset.drawn) marks.firstFrame = performance.now();
    // A canvas that does not say its detail draws every frame in full detail.
    const full = canvas.dataset.drawn && (canvas.dataset.edgeDetail ?? 'full') === 'full';
    if (marks.firstDetail === undefined && full) marks.firstDetail = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'data-edge-detail'] });
})();
`;

type Marks = Pick<GraphSpeedRun, 'firstFrame' | 'firstDetail'>;

/** Waits until both marks are there, polling, for at most `timeoutMs`; returns what was seen. */
async function waitMarks(tab: Page, timeoutMs: number): Promise<Marks> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const m = await tab.evaluate(() => (window as unknown as { __graphSpeed: Marks }).__graphSpeed);
    if ((m.firstFrame !== undefined && m.firstDetail !== undefined) || Date.now() > end) return m;
    await tab.waitForTimeout(50);
  }
}

/** Starts counting requestAnimationFrame callbacks in the page. */
async function startFrames(tab: Page): Promise<void> {
  await tab.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean; __t0: number };
    w.__frames = 0;
    w.__counting = true;
    w.__t0 = performance.now();
    const tick = () => {
      w.__frames++;
      if (w.__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Stops counting; frames per second since `startFrames`. */
async function stopFrames(tab: Page): Promise<number> {
  return tab.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean; __t0: number };
    w.__counting = false;
    return (w.__frames * 1000) / (performance.now() - w.__t0);
  });
}

/**
 * Waits until the canvas shows its edges in full detail again (the view settled), for at most 10 s, and the page
 * has drawn two more frames. A canvas that does not say its detail is given half a second to settle.
 */
async function settled(tab: Page): Promise<void> {
  const says = await tab.locator('canvas[data-full-graph][data-edge-detail]').count();
  if (says > 0) await tab.waitForSelector('canvas[data-full-graph][data-edge-detail="full"]', { state: 'attached', timeout: 10_000 }).catch(() => undefined);
  else await tab.waitForTimeout(500);
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The canvas's centre on screen, once it is scrolled into view. */
async function centre(tab: Page): Promise<{ x: number; y: number } | undefined> {
  const canvas = tab.locator('canvas[data-full-graph]');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) return undefined;
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height, 600) / 2 };
}

/**
 * Zooms with the mouse wheel over the canvas's centre for `ms`: twenty notches in (each ×1.06, ×3 in all), then
 * twenty out, and again; frames per second meanwhile.
 */
export async function zoomFps(tab: Page, ms = 3000): Promise<number | undefined> {
  const at = await centre(tab);
  if (!at) return undefined;
  await tab.mouse.move(at.x, at.y);
  await startFrames(tab);
  const started = Date.now();
  for (let i = 0; Date.now() - started < ms; i++) await tab.mouse.wheel(0, Math.floor(i / 20) % 2 === 0 ? -40 : 40);
  const fps = await stopFrames(tab);
  await settled(tab);
  return fps;
}

/** Drags the canvas around a circle with the mouse for `ms`; frames per second meanwhile. */
export async function panFps(tab: Page, ms = 3000): Promise<number | undefined> {
  const at = await centre(tab);
  if (!at) return undefined;
  await tab.mouse.move(at.x, at.y);
  await startFrames(tab);
  await tab.mouse.down();
  const started = Date.now();
  for (let i = 0; Date.now() - started < ms; i++) await tab.mouse.move(at.x + Math.cos(i / 8) * 150, at.y + Math.sin(i / 8) * 100, { steps: 2 });
  await tab.mouse.up();
  const fps = await stopFrames(tab);
  await settled(tab);
  return fps;
}

/** Loads `origin + path` in a fresh context of `viewport` and measures its first frames, then zoom and pan. */
export async function graphSpeedRun(browser: Browser, origin: string, path: string, viewport = { width: 1280, height: 800 }): Promise<GraphSpeedRun> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(OBSERVER);
  const tab = await context.newPage();
  try {
    await tab.goto(origin + path, { waitUntil: 'load', timeout: 120_000 });
    const marks = await waitMarks(tab, 60_000);
    const run: GraphSpeedRun = { ...marks, phases: await readPhases(tab) };
    if (marks.firstFrame === undefined) return run;
    await settled(tab);
    run.zoomFps = await zoomFps(tab);
    run.panFps = await panFps(tab);
    return run;
  } finally {
    await context.close();
  }
}
