/**
 * Where the home page's list (the map's list view: every curated server, one row each) is written. While the atlas
 * has at most `LIST_IN_PAGE_AT_MOST` servers, in the page itself, held in a `<noscript>` (src/components/ServerTable.astro)
 * that the map's script unfolds once the map is drawn (src/client/deferred-table.ts). Beyond, on a page of its own
 * (`/list/`): the home page links to it, and the map's script fetches it once the map is drawn and unfolds the
 * same markup from it. The browser reads a whole page before its scripts run: at 30,000 servers the list was 31 MB of
 * the home page's 36.6 MB, and the map was coloured 3.1 s after the page was asked for (1.7 s at 10,000 servers,
 * 12.5 MB, where the body alone took about 1.2 s to arrive and be read).
 */

import { cutRegion } from '../html/cut-region.ts';
import { wholeNumberOr } from '../whole-number.ts';

/** The most servers whose list the home page holds itself. */
export const LIST_IN_PAGE_AT_MOST = 2_000;

/** Whether the home page holds the list of `servers` servers itself (else it is on `/list/`); `atMost` as above. */
export function listInPage(servers: number, atMost: number = LIST_IN_PAGE_AT_MOST): boolean {
  return servers <= atMost;
}

/**
 * Reads `ATLAS_LIST_IN_PAGE_AT_MOST` (a whole number of servers, for a build that wants the list on its own page at
 * a small size, as the tests' sub-path build does); anything else is the default. Takes the value, not the
 * environment: lib/ reads no process state.
 */
export function listInPageLimit(value: string | undefined): number {
  return wholeNumberOr(value, LIST_IN_PAGE_AT_MOST);
}

/** How the list's markup begins (src/components/ServerTable.astro): its scrolling region, holding the table. */
const REGION_START = '<div class="table-scroll"';

/**
 * The list's markup in the text of the page that holds it (`/list/`, as the build wrote it): from its scrolling
 * region's start to the end of that region, after the table; undefined when the text holds no such list. The text
 * is the site's own page; the caller parses the cut in an inert template, as the `<noscript>`'s text is parsed.
 */
export function listRegion(html: string): string | undefined {
  return cutRegion(html, REGION_START, ['</table>', '</div>']);
}
