// @ts-check
/**
 * Astro configuration for Federation Atlas: a fully static site.
 *
 * Environment (all optional):
 * - ATLAS_SITE     the site's origin, for canonical and absolute URLs (default http://localhost:4321)
 * - ATLAS_BASE     the path the site is served under, e.g. /atlas/ on GitHub Pages (default /)
 * - ATLAS_OUT_DIR  where the build goes (default dist), so a sub-path build can sit beside the root one
 * - ATLAS_DATA_DIR the folder of server files (default data/servers; read in src/content.config.ts), e.g. a
 *                  synthetic dataset for the bench
 * - ATLAS_LIST_IN_PAGE_AT_MOST  the most servers the home page lists itself (default 2,000; read in src/atlas.ts);
 *                  beyond, the list is on /list/ and the map fetches it (src/lib/map/list-page.ts)
 * - ATLAS_TRAY_IN_PAGE_AT_MOST  the most servers with no pin the home page's tray holds (default 150; read in
 *                  src/atlas.ts); beyond, every one is on /tray/, which the map fetches once it is coloured
 *                  (src/lib/map/tray-page.ts)
 * - ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST  the most servers whose pages Astro renders every one of (default 2,000; read
 *                  in src/atlas.ts); beyond, Astro renders the first server's and the build writes the others from it
 *                  (src/lib/views/written-pages.ts)
 * - ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST  the most paged domains whose pages Astro renders every one of (default 200;
 *                  read in src/atlas.ts); beyond, Astro renders the first domain's and the build writes the others
 *                  from it (src/lib/views/written-pages.ts)
 *
 * Every page carries a Content-Security-Policy (src/lib/html/content-security-policy.ts, a <meta> element the
 * layouts write first in the head): scripts and styles only from the site itself, no hash, never 'unsafe-inline', and
 * nothing at all from another origin. So no page has an inline script or style: scripts stay files (below), every
 * stylesheet is a file (`build.inlineStylesheets: 'never'`), markup uses classes, not style attributes, and scripts are
 * Astro-processed modules, never inline event handlers. (Astro's own `security.csp` hashed every page's scripts and
 * styles as it rendered it, hundreds of thousands of digests in a large build, for a policy that needs none.)
 *
 * The `out-dir-aside` integration moves the previous build out of the output folder when a build starts and deletes
 * it alongside the build (src/node/out-dir.ts), instead of Astro deleting it file by file before rendering.
 *
 * The `og-cache-log` integration clears the Open Graph cache's log when a build starts and prints (and saves in
 * node_modules/.cache/atlas-og/stats.json) how many cards the build drew and how many it reused (src/node/og-cache.ts).
 *
 * The `pages-after-build` integration writes, once Astro is done, the files a page module left to it: every paged
 * domain's reach shard and feed but the first, beyond 200 paged domains every domain page but the first, and beyond
 * 2,000 servers every server page but the first, from the one Astro rendered and the same markup
 * (src/node/pages-after-build.ts).
 *
 * The `module-preload` integration tells src/middleware.ts where the build writes the browser's bundles, so that
 * each page's head announces, as it is rendered, every module its scripts import (<link rel="modulepreload">):
 * they are fetched at once instead of one level of imports after the other (src/node/module-preload.ts).
 *
 * Interface languages come from src/locales/config.ts (one line each); every page is built once per language,
 * the default at the root and the others under their code (src/i18n.ts).
 *
 * Telemetry is switched off with ASTRO_TELEMETRY_DISABLED=1 in the npm scripts (it is not a config key).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { normaliseBase } from './src/lib/url.ts';
import { resetOgLog, saveOgStats } from './src/node/og-log.ts';
import { LOCALES } from './src/locales/config.ts';
import { clearOutDirAside } from './src/node/out-dir.ts';
import { countServerFiles, pagesAtOnce } from './src/node/pages-at-once.ts';
import { runPagesAfterBuild } from './src/node/pages-after-build.ts';
import { sharedModule, SHARED_MODULE_MAX_BYTES } from './src/node/shared-chunk.ts';

const env = process.env;
/** The build's output folder, as Astro resolved it (set when its config is done). */
let outDirUrl = new URL('./dist/', import.meta.url);

export default defineConfig({
  output: 'static',
  site: env.ATLAS_SITE || 'http://localhost:4321',
  base: normaliseBase(env.ATLAS_BASE || '/'),
  outDir: env.ATLAS_OUT_DIR || './dist',
  // One cache per output folder (the content store lives here), so builds into different folders, which npm test
  // runs side by side, never share it.
  cacheDir: `./node_modules/.astro/${(env.ATLAS_OUT_DIR || 'dist').replace(/[^A-Za-z0-9._-]+/g, '_')}`,
  // Pages rendered several at a time: while one page's file is written, or its inline styles hashed for the CSP (both
  // on Node's worker threads), the next is rendered. Sixteen at a time for a dataset of at most PAGE_BATCH_SERVERS
  // servers; four above it, where the home and map pages are tens of MB each and sixteen of them at once would cost
  // memory. The output is byte-identical whatever the number. Measured on the curated data, alone on a 2-core machine:
  // page generation took 47.0 and 47.1 s one at a time, 36.8 and 35.8 s four at a time; measured again later, four
  // and sixteen alternating, three builds each, 40.7, 41.8 and 44.6 s four at a time, 33.0, 33.3 and 44.6 s sixteen.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: pagesAtOnce(countServerFiles(env.ATLAS_DATA_DIR || 'data/servers')) },
  // The interface's languages (src/locales/config.ts): the first at the root, the others under /<code>/.
  i18n: {
    locales: LOCALES.map((l) => l.code),
    defaultLocale: LOCALES[0]?.code ?? 'en',
    routing: { prefixDefaultLocale: false },
  },
  // A page's scripts are always files, never inlined into the page (Astro inlines a small script without imports):
  // an inline script is hashed for the page's CSP on every page that carries it, thousands of times a build, while a
  // script file is hashed once. Other assets keep Vite's 4 KB rule.
  // The browser's small shared modules in one chunk (src/node/shared-chunk.ts): a page asks for a few files of
  // script instead of dozens.
  vite: {
    build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: 'common', test: (id) => sharedModule(id), minShareCount: 2, maxModuleSize: SHARED_MODULE_MAX_BYTES }] } },
          },
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
  integrations: [
    (() => {
      /** The old build's deletion, started when the build starts (src/node/out-dir.ts). */
      let clearing = Promise.resolve();
      let outDir = '';
      return {
        name: 'out-dir-aside',
        hooks: {
          'astro:config:done': ({ config }) => {
            outDir = fileURLToPath(config.outDir);
          },
          'astro:build:start': () => {
            clearing = clearOutDirAside(outDir);
          },
          'astro:build:done': () => clearing,
        },
      };
    })(),
    {
      name: 'og-cache-log',
      hooks: {
        'astro:build:start': () => resetOgLog(undefined, env.ATLAS_OUT_DIR || 'dist'),
        'astro:build:done': ({ logger }) => {
          const { drawn, reused } = saveOgStats(undefined, env.ATLAS_OUT_DIR || 'dist');
          logger.info(`Open Graph images: ${drawn} drawn, ${reused} reused from the cache`);
        },
      },
    },
    {
      // Files a page module left to the build (src/node/pages-after-build.ts, src/lib/views/written-pages.ts): every
      // paged domain's reach shard and feed but the first, and beyond a size most domain and server pages, from the same
      // functions as their routes, instead of one by one through Astro.
      name: 'pages-after-build',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          for (const { name, pages, ms } of await runPagesAfterBuild(fileURLToPath(dir))) logger.info(`${name}: ${pages} written after the build in ${(ms / 1000).toFixed(1)} s`);
        },
      },
    },
    {
      name: 'module-preload',
      hooks: {
        // The browser's bundles are written before pages are rendered: src/middleware.ts reads their imports there.
        'astro:config:done': ({ config }) => {
          outDirUrl = config.outDir;
        },
        'astro:build:start': () => {
          env.ATLAS_PRELOAD_FROM = fileURLToPath(outDirUrl);
        },
      },
    },
  ],
});
