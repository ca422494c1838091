/**
 * Reach "now": the question a reader asks ("who cuts threads.net off today?"), answered honestly.
 *
 * A published list speaks for the days it was read (see list-window.ts). Asked about a later day, the strict
 * model says `unknown` (the community may have added a block since). For the current view that would hide
 * every published list the day after it was read, so `reachNow` answers: a decision surely in force today
 * decides (suspends, limits); otherwise, if the community's list, at its latest reading, had nothing covering
 * the domain, the answer is `reaches` **as of that reading**, and `asOf` says which day, so every view shows
 * "reaches (list read 2026-04-12)" rather than a bare claim about today. Anything else stays `unknown`.
 */
import { reachPrepared } from './reach.ts';
import { prepareCommunity, type PreparedCommunity } from './prepare.ts';
import type { Community, Reach } from './state.ts';

/** A reach answer with the day it speaks for. */
export interface ReachNow extends Reach {
  /** The day the answer is about: `today`, or the latest reading of the list for `reaches` after it. */
  asOf: string;
}

/** What a prepared community does to `domain` as of `today`, falling back to its latest list reading for `reaches`. */
export function reachNowPrepared(prepared: PreparedCommunity, domain: string, today: string): ReachNow {
  const strict = reachPrepared(prepared, domain, today);
  const list = prepared.list;
  if (strict.reason === 'after-list-read' && list !== undefined) {
    const atReading = reachPrepared(prepared, domain, list.to);
    if (atReading.state === 'reaches') return { ...atReading, asOf: list.to };
  }
  return { ...strict, asOf: today };
}

/** What `community` does to `domain` as of `today` (see reachNowPrepared). */
export function reachNow(community: Community, domain: string, today: string): ReachNow {
  return reachNowPrepared(prepareCommunity(community), domain, today);
}
