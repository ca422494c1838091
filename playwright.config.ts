/**
 * End-to-end tests against built sites, in Debian's Chromium (no browser downloads). `npm test` builds every site
 * before `playwright test`; each project needs only its own.
 *
 * - `fixture`: the behaviour of every page, on the small synthetic fixture site (tests/fixtures/site/, built into
 *   dist-fixture/), so a curator's correction to data/ never breaks a behaviour test;
 * - `fixture-subpath`: the same site built under `/atlas/` (dist-fixture-atlas/), as on GitHub Pages: only the specs
 *   that depend on the base path;
 * - `hostile`: the site built from the synthetic hostile dataset (dist-hostile/, tests/hostile/): only hostile.spec;
 * - `smoke`: the real site built from data/ (dist/): only smoke.spec, whose expectations are computed from data/.
 *
 * One small static server (tools/serve-sites.ts) serves all four from one process; a folder not built answers 503.
 *
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), E2E_PORT (the first of four ports, default 4321),
 * E2E_OUTPUT_DIR (traces and failure reports, default test-results/).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './tools/chromium-flags.ts';

const port = Number(process.env.E2E_PORT || 4321);
const ports = { fixture: port, subpath: port + 1, hostile: port + 2, smoke: port + 3 };
const subBase = '/atlas/';
/** Specs that run on one site only. */
const hostileSpec = /hostile\.spec\.ts$/;
const smokeSpec = /smoke\.spec\.ts$/;
/**
 * Specs that run under `/atlas/` only: whatever depends on the base path (links and assets, what the replay, reach,
 * graph and matrix scripts fetch), the press tools and embeds (frames, resize script, snippets, downloads) and the
 * language switcher. Every address they build is base-aware, so under `/atlas/` they check the behaviour and the base
 * at once; at `/` they would only repeat it. The root build's links are checked page by page by check-site, and every
 * page type at `/` by pages.spec (no console errors, nothing off the origin, links under the base).
 */
const subpathSpecs = /(base-path|press|language-switch)\.spec\.ts$/;
const ci = Boolean(process.env.CI);

/** What each project's tests need to know about the site under test. */
export interface AtlasProjectMetadata {
  /** The base path the site was built with, starting and ending with "/". */
  base: string;
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Separate folders when two runs overlap (npm test runs the smoke test beside the others): each run empties its own.
  outputDir: process.env.E2E_OUTPUT_DIR || 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: ci,
  retries: 0,
  // Limits for a hung test and a wait that never ends, not speed checks (speed is the bench's). The suite shares two
  // cores with the builds, and machines differ: on one 2-core machine the same suite, the same code, took 425 s, on
  // another 960 s and 1,031 s, where tests that take 6 to 16 s alone ran past 30 s and waits past 10 s beside the
  // builds. So a test gets 90 s and a wait (a map becoming ready, a file arriving) 30 s.
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: ci ? [['github'], ['list']] : [['list']],
  use: {
    browserName: 'chromium',
    // Without the address bar's pop-ups, which Chromium builds for every page and no test uses (tools/chromium-flags.ts).
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: [...CHROMIUM_ARGS] },
    viewport: { width: 1280, height: 800 },
    // Readers who ask for less motion get no map or scroll animations (src/client/atlas-map.ts): the tests ask too,
    // which spares the browser drawing them on two shared cores. map.spec.ts keeps the animated map.
    reducedMotion: 'reduce',
    // No trace by default: recording one for every test, to keep it only when the test fails, cost 17% of the pages and
    // i18n specs' processor time on a 2-core machine (268 s against 223 s), and CI keeps no files. A failure still
    // leaves its screenshot and page snapshot in the output folder; `npx playwright test --trace on` records traces.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'fixture',
      use: { baseURL: `http://127.0.0.1:${ports.fixture}/` },
      metadata: { base: '/' } satisfies AtlasProjectMetadata,
      testIgnore: [hostileSpec, smokeSpec, subpathSpecs],
    },
    {
      name: 'fixture-subpath',
      use: { baseURL: `http://127.0.0.1:${ports.subpath}${subBase}` },
      metadata: { base: subBase } satisfies AtlasProjectMetadata,
      // Only the specs that depend on the base path, and only here (see subpathSpecs). Every link of every page under
      // /atlas/ is also checked by check-site on the sub-path build.
      testMatch: subpathSpecs,
    },
    {
      name: 'hostile',
      use: { baseURL: `http://127.0.0.1:${ports.hostile}/` },
      metadata: { base: '/' } satisfies AtlasProjectMetadata,
      testMatch: hostileSpec,
    },
    {
      name: 'smoke',
      use: { baseURL: `http://127.0.0.1:${ports.smoke}/` },
      metadata: { base: '/' } satisfies AtlasProjectMetadata,
      testMatch: smokeSpec,
    },
  ],
  webServer: {
    command: `node tools/serve-sites.ts ${ports.fixture}=dist-fixture ${ports.subpath}=dist-fixture-atlas@${subBase} ${ports.hostile}=dist-hostile ${ports.smoke}=dist`,
    port: ports.fixture,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
