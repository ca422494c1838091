/**
 * How much of the tray (the servers with no pin, beside the map: src/components/PlacelessTray.astro) the home page
 * lays out at load. The first `TRAY_IN_PAGE_AT_MOST` items are written in the list; any beyond are held in a
 * `<noscript>` after it, which shows them without script and which the map's script moves into the list once the
 * map is coloured (src/client/atlas-map.ts): thousands of items laid out at load kept a 30,000-server map waiting
 * for seconds.
 */

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

/** The tray's items split into those laid out at load and those held until the map is coloured. */
export function splitTray<T>(items: readonly T[], atMost: number = TRAY_IN_PAGE_AT_MOST): { first: T[]; held: T[] } {
  return { first: items.slice(0, atMost), held: items.slice(atMost) };
}
