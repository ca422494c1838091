/**
 * Which pages Astro renders and which the build writes after it (src/node/pages-after-build.ts), from the same
 * function of the atlas.
 *
 * Server pages are written from the same markup (src/components/rows/server-page-markup.ts) around one page Astro
 * rendered (src/lib/html/page-template.ts). Up to `SERVER_PAGES_BY_ASTRO_AT_MOST` servers Astro renders every one.
 * Beyond, it renders the first server's page in each language, the template, and the build writes the others: at
 * 30,000 servers Astro's work per page (its request and response, the page's bytes encoded and copied three times,
 * its log line) took longer than the page itself, and the copies, held outside the JavaScript heap, started most of
 * the build's full garbage collections.
 */
import { wholeNumberOr } from '../whole-number.ts';

/** The most servers whose pages Astro renders every one of. */
export const SERVER_PAGES_BY_ASTRO_AT_MOST = 2_000;

/** The pages Astro renders, and those written after it. */
export interface PageSplit<T> {
  /** Rendered by Astro: every one, or the first alone (for server pages, the template). */
  byAstro: readonly T[];
  /** Written after Astro's build (none when Astro renders every one). */
  afterBuild: readonly T[];
}

/** Splits `servers` (in page order) as above; `atMost` is the limit. */
export function splitServerPages<T>(servers: readonly T[], atMost: number = SERVER_PAGES_BY_ASTRO_AT_MOST): PageSplit<T> {
  if (servers.length <= Math.max(1, atMost)) return { byAstro: servers, afterBuild: [] };
  return { byAstro: servers.slice(0, 1), afterBuild: servers.slice(1) };
}

/**
 * The data files of every paged domain (its reach shard, its feed) split the same way, whatever the dataset's size:
 * Astro writes the first through its route (which `astro dev` serves for any domain), and the build writes the others
 * after it, each from the same function of the atlas as the route's: thousands of small files on the curated data
 * (4,313 shards and as many feeds), each of which Astro took through a request and a response.
 */
export function splitDataFiles<T>(items: readonly T[]): PageSplit<T> {
  return splitServerPages(items, 0);
}

/**
 * Reads `ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST` (a whole number of servers: the tests build the fixture site with 0, so
 * every page but the template is written after the build, and compare it with Astro's); anything else is the default.
 * Takes the value, not the environment: lib/ reads no process state.
 */
export function serverPagesByAstroLimit(value: string | undefined): number {
  return wholeNumberOr(value, SERVER_PAGES_BY_ASTRO_AT_MOST);
}
