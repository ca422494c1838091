/**
 * Which pages Astro renders and which the build writes after it (src/node/pages-after-build.ts), from the same
 * function of the atlas.
 *
 * Server and domain pages are written from the same markup (src/components/rows/server-page-markup.ts,
 * domain-page-markup.ts) around one page Astro rendered (src/lib/html/page-template.ts). Up to
 * `SERVER_PAGES_BY_ASTRO_AT_MOST` servers (`DOMAIN_PAGES_BY_ASTRO_AT_MOST` paged domains) Astro renders every one.
 * Beyond, it renders the first one's page in each language, the template, and the build writes the others: at
 * 30,000 servers Astro's work per page (its request and response, the page's bytes encoded and copied three times,
 * its log line) took longer than the page itself, and the copies, held outside the JavaScript heap, started most of
 * the build's full garbage collections. The curated data's 4,313 paged domains spent about 19 s of a 29 s build in
 * Astro's pipeline, two pages each.
 */
import { wholeNumberOr } from '../whole-number.ts';

/** The most servers whose pages Astro renders every one of. */
export const SERVER_PAGES_BY_ASTRO_AT_MOST = 2_000;

/**
 * The most paged domains whose pages Astro renders every one of: the fixture site's 115 stay Astro's (so its default
 * build keeps every domain page Astro's, for the comparison with a build that writes them); the curated data's 4,313
 * and the 499 of 30,000 synthetic servers are written after the build. At 30,000 servers the 499 domains' pages took
 * 86 s through Astro, their shards with them, against 68 s written (a build of 262 s against 282 s, one each).
 */
export const DOMAIN_PAGES_BY_ASTRO_AT_MOST = 200;

/** The pages Astro renders, and those written after it. */
export interface PageSplit<T> {
  /** Rendered by Astro: every one, or the first alone (for server pages, the template). */
  byAstro: readonly T[];
  /** Written after Astro's build (none when Astro renders every one). */
  afterBuild: readonly T[];
}

/** Splits `items` (in page order) as above; `atMost` is the kind's limit (`Infinity` in `astro dev`: Astro renders every one). */
export function splitPages<T>(items: readonly T[], atMost: number): PageSplit<T> {
  if (items.length <= Math.max(1, atMost)) return { byAstro: items, afterBuild: [] };
  return { byAstro: items.slice(0, 1), afterBuild: items.slice(1) };
}

/**
 * The data files of every paged domain (its reach shard, its feed) are split the same way, whatever the dataset's
 * size: Astro writes the first through its route (which `astro dev` serves for any domain), and the build writes the
 * others after it, each from the same function of the atlas as the route's: thousands of small files on the curated
 * data (4,313 shards and as many feeds), each of which Astro took through a request and a response.
 */
export const DATA_FILES_BY_ASTRO_AT_MOST = 0;

/**
 * Reads `ATLAS_SERVER_PAGES_BY_ASTRO_AT_MOST` (a whole number of servers: the tests build the fixture site with 0, so
 * every page but the template is written after the build, and compare it with Astro's); anything else is the default.
 * Takes the value, not the environment: lib/ reads no process state.
 */
export function serverPagesByAstroLimit(value: string | undefined): number {
  return wholeNumberOr(value, SERVER_PAGES_BY_ASTRO_AT_MOST);
}

/** Reads `ATLAS_DOMAIN_PAGES_BY_ASTRO_AT_MOST` (a whole number of paged domains) as above. */
export function domainPagesByAstroLimit(value: string | undefined): number {
  return wholeNumberOr(value, DOMAIN_PAGES_BY_ASTRO_AT_MOST);
}
