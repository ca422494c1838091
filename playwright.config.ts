/**
 * End-to-end tests against the built site, in Debian's Chromium (no browser downloads).
 *
 * Three projects (the sub-path one runs only the specs that depend on the base):
 * - `root`: the site built at `/` into dist/ (built before `playwright test` by `npm test`), served by `astro preview`;
 * - `subpath`: the site built under `/atlas/` into dist-atlas/ (by `npm run build:subpath`, which `npm test` runs
 *   before Playwright), as on GitHub Pages.
 *
 * Both previews run with --ignore-lock: Astro 7 otherwise allows one preview per project (a lock file in .astro/)
 * and, when it detects a coding agent, moves the server to the background, which a web server command must not do.
 *
 * - `hostile`: the site built from the synthetic hostile dataset into dist-hostile/ (by `npm run test:hostile-build`,
 *   which `npm test` runs before Playwright); only tests/e2e/hostile.spec.ts runs there.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_PORT, E2E_SUBPATH_PORT and E2E_HOSTILE_PORT
 * (default 4321, 4322 and 4323).
 */
import { defineConfig } from '@playwright/test';

const rootPort = Number(process.env.E2E_PORT || 4321);
const subPort = Number(process.env.E2E_SUBPATH_PORT || 4322);
const subBase = '/atlas/';
const subOutDir = 'dist-atlas';
const hostilePort = Number(process.env.E2E_HOSTILE_PORT || 4323);
const hostileOutDir = 'dist-hostile';
/** The hostile-data spec runs only against the hostile build, and the other specs never do. */
const hostileSpec = /hostile\.spec\.ts$/;
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
  timeout: 30_000,
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
      testIgnore: hostileSpec,
    },
    {
      name: 'subpath',
      use: { baseURL: `http://127.0.0.1:${subPort}${subBase}` },
      metadata: { base: subBase } satisfies AtlasProjectMetadata,
      // Under /atlas/ only what depends on the base path runs again: the base-path spec (every page type's links,
      // fetches and assets), the press tools and embeds, the as-of replays and the language switcher. Every link of
      // every page under /atlas/ is also checked by check-site on the sub-path build; the rest runs once, at /.
      testMatch: /(base-path|press|as-of|i18n)\.spec\.ts$/,
      testIgnore: hostileSpec,
    },
    {
      name: 'hostile',
      use: { baseURL: `http://127.0.0.1:${hostilePort}/` },
      metadata: { base: '/' } satisfies AtlasProjectMetadata,
      testMatch: hostileSpec,
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
      command: `test -f ${subOutDir}/index.html || { echo '${subOutDir}/ is not built: run npm run build:subpath first' >&2; exit 1; }; npx astro preview --ignore-lock --host 127.0.0.1 --port ${subPort}`,
      url: `http://127.0.0.1:${subPort}${subBase}`,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ATLAS_BASE: subBase, ATLAS_OUT_DIR: subOutDir },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `test -f ${hostileOutDir}/index.html || { echo '${hostileOutDir}/ is not built: run npm run test:hostile-build first' >&2; exit 1; }; npx astro preview --ignore-lock --host 127.0.0.1 --port ${hostilePort}`,
      url: `http://127.0.0.1:${hostilePort}/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1', ATLAS_OUT_DIR: hostileOutDir },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
