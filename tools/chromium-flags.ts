/**
 * The switches the end-to-end tests (playwright.config.ts) and the bench (tools/bench/browser.ts) add to
 * Playwright's own when they start Debian's Chromium.
 *
 * Chromium 156 is a full browser even when headless: for every new window (each test's page is one) it builds the
 * address bar's WebUI pop-ups, `chrome://omnibox-popup.top-chrome/` and its AI-mode page, each in a renderer of its
 * own. No test uses the address bar, and a reader's browser has its window before it loads a page: the bench
 * measured /graph/min-1/'s first frame at 890 ms with the pop-ups built beside the page in each new window and
 * 486 ms without them (518 ms with them built in an about:blank tab first, then the page loaded). On a 2-core machine, opening a context and a page and loading a one-line
 * page cost 1,650 ms of processor time with them and 1,040 ms without; the pages and i18n specs (55 tests) 461 s
 * of processor time and 326 s.
 *
 * Chromium reads only the last `--disable-features` switch, and Playwright passes one of its own, so ours repeats
 * Playwright's list before adding to it. tests/e2e/browser-flags.spec.ts starts the browser as the tests do and fails when
 * Playwright's list has grown beyond this copy, or when the pop-ups are built all the same.
 */

/** The features Playwright 1.65 disables in Chromium (its `--disable-features`), in its order. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/** Browser UI no test uses, which Chromium builds for every window: the address bar's WebUI pop-ups. */
export const UNUSED_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'] as const;

/** The switches to pass as `launchOptions.args`: one `--disable-features` with Playwright's features and ours. */
export const CHROMIUM_ARGS: readonly string[] = [`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI].join(',')}`];
