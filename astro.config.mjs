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
 *
 * Telemetry is switched off with ASTRO_TELEMETRY_DISABLED=1 in the npm scripts (it is not a config key).
 */
import { defineConfig } from 'astro/config';
import { normaliseBase } from './src/lib/url.ts';

const env = process.env;

export default defineConfig({
  output: 'static',
  site: env.ATLAS_SITE || 'http://localhost:4321',
  base: normaliseBase(env.ATLAS_BASE || '/'),
  outDir: env.ATLAS_OUT_DIR || './dist',
  build: { format: 'directory' },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
