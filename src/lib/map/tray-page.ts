/**
 * How much of the tray (the servers with no pin, beside the map: src/components/PlacelessTray.astro) the home page
 * holds. The first `TRAY_IN_PAGE_AT_MOST` items are written in the page; when there are more, every item is on a
 * page of their own (`/tray/`), which the home page links to and which the map's script fetches once the map is
 * coloured, moving the others into the tray (src/client/atlas-map.ts). Thousands of items laid out at load kept a
 * 30,000-server map waiting for seconds; held in the home page as the text of a `<noscript>` (3.1 MB of its 6.6 MB
 * at 30,000 servers), they still had to arrive and be read before the map's script could run.
 */

import { cutRegion } from '../html/cut-region.ts';
import { wholeNumberOr } from '../whole-number.ts';

/** The most tray items the home page lays out at load. */
export const TRAY_IN_PAGE_AT_MOST = 150;

/**
 * Reads `ATLAS_TRAY_IN_PAGE_AT_MOST` (a whole number of items, for a build that wants the tray held at a small size,
 * as the tests' sub-path build does); anything else is the default. Takes the value, not the environment: lib/ reads
 * no process state.
 */
export function trayInPageLimit(value: string | undefined): number {
  return wholeNumberOr(value, TRAY_IN_PAGE_AT_MOST);
}

/** The tray's items split into those the home page holds and those only on the tray's own page. */
export function splitTray<T>(items: readonly T[], atMost: number = TRAY_IN_PAGE_AT_MOST): { first: T[]; held: T[] } {
  return { first: items.slice(0, atMost), held: items.slice(atMost) };
}

/** Whether the tray of `items` servers is also on a page of its own (`/tray/`): when the home page holds only some. */
export function trayOnOwnPage(items: number, atMost: number = TRAY_IN_PAGE_AT_MOST): boolean {
  return items > atMost;
}

/** How the tray's list begins in the build's markup (src/components/TrayList.astro). */
const LIST_START = '<ul class="tray"';

/**
 * The tray's list in the text of the page that holds it (`/tray/`, as the build wrote it): from its `<ul>` to the end
 * of that list; undefined when the text holds no such list. The text is the site's own page; the caller parses the
 * cut in an inert template (src/client/deferred-table.ts). A tray item holds no list of its own, so the first
 * `</ul>` after the start ends it.
 */
export function trayRegion(html: string): string | undefined {
  return cutRegion(html, LIST_START, ['</ul>']);
}

/**
 * A row link of an item read from another page, made to point at the row in this page: `href` beginning with
 * `elsewhere` followed by `#` (`/list/#server-toot.wales`, or `/#server-toot.wales` when the list is on the home page)
 * becomes the fragment alone (`#server-toot.wales`); any other link is returned as it is.
 */
export function rowLinkHere(href: string, elsewhere: string): string {
  return href.startsWith(`${elsewhere}#`) ? href.slice(elsewhere.length) : href;
}
