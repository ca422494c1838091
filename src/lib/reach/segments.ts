/**
 * A community's state towards a domain over all time, as segments: the reach model's answer is the same on every
 * day between two of the days where a decision's window or the list's window begins or ends, so asking the model
 * on each such day (and once before all of them) gives the whole history exactly. Precomputed at build time, the
 * segments let a page replay any day ("as of") by look-up alone (segment-lookup.ts).
 */
import { nextDay } from '../dates.ts';
import { coveringDecisions, type PreparedCommunity } from './prepare.ts';
import { reachPrepared } from './reach.ts';
import type { StateSegments } from './segment-lookup.ts';

/** The earliest day the atlas replays: before it, no decision in the data can matter. */
export const EPOCH = '2000-01-01';

/**
 * The days on which a prepared community's answer about `domain` may change: where a covering decision's sure or
 * possible window begins or ends, and where its published list's window begins and the day after it ends. Sorted,
 * without repeats, none before `EPOCH`.
 */
export function changeCandidates(prepared: PreparedCommunity, domain: string): string[] {
  const days = new Set<string>();
  for (const level of coveringDecisions(prepared, domain)) {
    for (const { window } of level) {
      days.add(window.surelyFrom);
      if (window.surelyUntil !== undefined) days.add(window.surelyUntil);
      if (window.possiblyFrom !== undefined) days.add(window.possiblyFrom);
      if (window.possiblyUntil !== undefined) days.add(window.possiblyUntil);
    }
  }
  if (prepared.list) {
    days.add(prepared.list.from);
    days.add(nextDay(prepared.list.to));
  }
  return [...days].filter((d) => d > EPOCH).sort();
}

/**
 * The state segments of a prepared community towards `domain`: the reach model asked on `EPOCH` and on each day
 * its answer may change, neighbouring equal states merged. `stateOnDay(segments, day)` equals
 * `reachPrepared(prepared, domain, day).state` for every day from `EPOCH` on (a unit test checks it).
 */
export function stateSegments(prepared: PreparedCommunity, domain: string): StateSegments {
  const segments: string[] = [reachPrepared(prepared, domain, EPOCH).state];
  for (const day of changeCandidates(prepared, domain)) {
    const state = reachPrepared(prepared, domain, day).state;
    if (state !== segments[segments.length - 1]) segments.push(day, state);
  }
  return segments;
}
