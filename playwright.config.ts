/**
 * End-to-end tests against the built site, in Debian's Chromium (no browser downloads).
 *
 * Two projects, same tests:
 * - `root`: the site built at `/` into dist/ (built before `playwright test` by `npm test`), served by `astro preview`;
 * - `subpath`: the site built under `/atlas/` into dist-atlas/ by the web server command itself, as on GitHub Pages.
 *
 * Both previews run with --ignore-lock: Astro 7 otherwise allows one preview per project (a lock file in .astro/)
 * and, when it detects a coding agent, moves the server to the background, which a web server command must not do.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_PORT and E2E_SUBPATH_PORT (default 4321 and 4322).
 */
import { defineConfig } from '@playwright/test';

const rootPort = Number(process.env.E2E_PORT || 4321);
const subPort = Number(process.env.E2E_SUBPATH_PORT || 4322);
const subBase = '/atlas/';
const subOutDir = 'dist-atlas';
const ci = Boolean(process.env.CI);

/** What each project's tests need to know about the site under test. */
export interface AtlasProjectMetadata {
  /** The base path the site was built with, starting and ending with "/". */
  base: string;
}

/** Two projects (root and /atlas/), two preview servers, Debian's Chromium, at most 2 workers. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: ci,
  retries: 0,
  timeout: 15_000,
  reporter: ci ? [['github'], ['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'root',
      use: { baseURL: `http://127.0.0.1:${rootPort}/` },
      metadata: { base: '/' } satisfies AtlasProjectMetadata,
    },
    {
      name: 'subpath',
      use: { baseURL: `http://127.0.0.1:${subPort}${subBase}` },
      metadata: { base: subBase } satisfies AtlasProjectMetadata,
    },
  ],
  webServer: [
    {
      // dist/ is built before the tests run (`npm test` runs `astro build` first).
      // Fail at once, rather than time out on 404s, when it is missing.
      command: `test -f dist/index.html || { echo 'dist/ is not built: run npx astro build first' >&2; exit 1; }; npx astro preview --ignore-lock --host 127.0.0.1 --port ${rootPort}`,
      url: `http://127.0.0.1:${rootPort}/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx astro build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${subPort}`,
      url: `http://127.0.0.1:${subPort}${subBase}`,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ATLAS_BASE: subBase, ATLAS_OUT_DIR: subOutDir },
      reuseExistingServer: false,
      // A full build (≈4,700 pages, 4,300 feeds, Open Graph cards from the cache) takes 1.5 min alone on 2 cores and
      // more when the machine is shared: allow 5 min before giving up.
      timeout: 300_000,
    },
  ],
});
