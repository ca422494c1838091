/**
 * One browser tab for each test worker, which its tests take in turn (the `context` and `page` fixtures of
 * fixtures.ts), instead of a new context and tab for every test.
 *
 * Why: in Debian's Chromium, a new context and tab cost about 0.95 s of processor time on a 2-core machine before
 * the test's first page, and a page loaded in a tab that is already open about half what it costs in a new one (a
 * map page: 1,276 against 2,384 ms). Over some 170 browser tests that is minutes of the suite.
 *
 * The atlas keeps no state in the browser (no cookies, storage or service worker), so a test on the shared tab
 * starts as on a new one once what the last test changed is put back. `lend` gives the tab to one test and returns
 * what puts it back:
 * - the viewport and the reduced-motion setting are set from the test's own options before it starts;
 * - listeners, init scripts and exposed functions the test added to the tab are removed, its routes undone;
 * - tabs it opened in the context are closed, and permissions it granted (the clipboard) withdrawn;
 * - the tab goes to about:blank, ending the last page's scripts and requests, and the mouse back to the corner.
 * A test that needs what a tab cannot be switched to (touch, a mobile viewport, JavaScript off) gets a context of
 * its own (fixtures.ts). A failed test's worker is replaced by Playwright, and its tab with it.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Disposable, Page } from '@playwright/test';

/** A worker's tab and the context it lives in. */
export interface SharedTab {
  /** The context, made with the project's options. */
  context: BrowserContext;
  /** The tab its tests take in turn. */
  page: Page;
}

/** Opens the worker's tab. */
export async function openSharedTab(browser: Browser, options: BrowserContextOptions): Promise<SharedTab> {
  const context = await browser.newContext(options);
  return { context, page: await context.newPage() };
}

/** What a test asks of the tab: its viewport and motion setting (the project's unless the test sets its own). */
export interface TabSettings {
  /** The viewport size. */
  viewport: { width: number; height: number };
  /** Whether the page is told the reader prefers reduced motion. */
  reducedMotion: 'reduce' | 'no-preference';
}

type Listener = (...args: never[]) => unknown;
type ListenerMethod = (event: string, listener: Listener) => Page;

/**
 * Gives the tab to a test with `settings`, and returns the function that puts it back after the test (see above).
 * While lent, the tab's `on`, `once`, `addListener`, `addInitScript`, `exposeFunction` and `exposeBinding` keep
 * what they add, so that it can be removed.
 */
export async function lend(tab: SharedTab, settings: TabSettings): Promise<() => Promise<void>> {
  const { page, context } = tab;
  await page.setViewportSize(settings.viewport);
  await page.emulateMedia({ reducedMotion: settings.reducedMotion, media: null, colorScheme: null, forcedColors: null });

  const listeners: [string, Listener][] = [];
  const disposables: Disposable[] = [];
  const patched = page as unknown as Record<string, unknown>;
  const originals = new Map<string, unknown>();
  for (const name of ['on', 'once', 'addListener'] as const) {
    const original = page[name].bind(page) as unknown as ListenerMethod;
    originals.set(name, page[name]);
    patched[name] = (event: string, listener: Listener) => {
      listeners.push([event, listener]);
      return original(event, listener);
    };
  }
  for (const name of ['addInitScript', 'exposeFunction', 'exposeBinding'] as const) {
    const original = page[name].bind(page) as (...args: unknown[]) => Promise<Disposable>;
    originals.set(name, page[name]);
    patched[name] = async (...args: unknown[]) => {
      const added = await original(...args);
      disposables.push(added);
      return added;
    };
  }

  return async () => {
    for (const [name, original] of originals) patched[name] = original;
    for (const [event, listener] of listeners) page.off(event as 'load', listener as () => void);
    for (const added of disposables.reverse()) await added.dispose();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    for (const other of context.pages()) if (other !== page) await other.close();
    // A tab the test opened (an image viewer) may have taken the focus: a copy to the clipboard needs this one focused.
    await page.bringToFront();
    await context.clearPermissions();
    await page.goto('about:blank');
    await page.mouse.move(0, 0);
  };
}
