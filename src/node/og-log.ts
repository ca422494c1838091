/**
 * The Open Graph cache's folder and its log of what a build drew or reused (written by src/node/og-cache.ts):
 * cleared when a build starts, counted when it ends (astro.config.mjs), so "0 drawn" on a rebuild is checkable.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The default cache folder, outside dist/ (kept between builds, like other build caches). */
export const OG_CACHE_DIR = join('node_modules', '.cache', 'atlas-og');

/** The output folder of the build running in this process (ATLAS_OUT_DIR, as astro.config.mjs reads it). */
export function currentOut(): string {
  return process.env.ATLAS_OUT_DIR || 'dist';
}

/**
 * The log folder of the builds into `out`: one per output folder, so builds that npm test runs side by side
 * (into dist-repro and dist-atlas) count only their own images.
 */
export function ogLogDir(dir: string = OG_CACHE_DIR, out: string = currentOut()): string {
  return join(dir, `log-${basename(out)}`);
}

/** Clears the log of the builds into `out` (at the start of a build). */
export function resetOgLog(dir: string = OG_CACHE_DIR, out: string = currentOut()): void {
  rmSync(ogLogDir(dir, out), { recursive: true, force: true });
}

/** How many images were drawn and reused since the log was last cleared. */
export function ogStats(dir: string = OG_CACHE_DIR, out: string = currentOut()): { drawn: number; reused: number } {
  let names: string[] = [];
  try {
    names = readdirSync(ogLogDir(dir, out));
  } catch {
    return { drawn: 0, reused: 0 };
  }
  return { drawn: names.filter((n) => n.startsWith('drawn-')).length, reused: names.filter((n) => n.startsWith('reused-')).length };
}

/**
 * Writes the counts to `stats.json` in the cache folder (the last build's) and to `stats-<out>.json` (the last build
 * into that output folder, e.g. `stats-dist-atlas.json`: `npm test` runs several builds one after another, on
 * different data), and returns them.
 */
export function saveOgStats(dir: string = OG_CACHE_DIR, out: string = currentOut()): { drawn: number; reused: number } {
  const stats = ogStats(dir, out);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'stats.json'), `${JSON.stringify(stats)}\n`);
  writeFileSync(join(dir, `stats-${basename(out)}.json`), `${JSON.stringify(stats)}\n`);
  return stats;
}
