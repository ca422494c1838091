/**
 * How many pages Astro renders at once (`build.concurrency` in astro.config.mjs), from the size of the dataset.
 * Rendering several at a time keeps both cores of a small machine busy: a page's file is written on Node's worker
 * threads while the next pages render. The cost is
 * memory: every page in flight is held whole. The curated data's largest page is a few MB; at 30,000 servers the home
 * and map pages are tens of MB each, so a large dataset renders fewer at once.
 */
import { readdirSync } from 'node:fs';

/** Above this many server files, a dataset renders `LARGE_DATASET_PAGES` pages at once; up to it, `SMALL_DATASET_PAGES`. */
export const PAGE_BATCH_SERVERS = 2000;
/** Pages rendered at once for a dataset of at most `PAGE_BATCH_SERVERS` servers. */
export const SMALL_DATASET_PAGES = 16;
/** Pages rendered at once for a larger dataset. */
export const LARGE_DATASET_PAGES = 4;

/** The number of pages to render at once for a dataset of `servers` server files. */
export function pagesAtOnce(servers: number): number {
  return servers > PAGE_BATCH_SERVERS ? LARGE_DATASET_PAGES : SMALL_DATASET_PAGES;
}

/** How many server files (`.yaml`) the folder `dir` holds: 0 when it does not exist. */
export function countServerFiles(dir: string): number {
  try {
    return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml')).length;
  } catch {
    return 0;
  }
}
