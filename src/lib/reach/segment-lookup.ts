/**
 * Looking up a community's state on a day in its precomputed state segments (see segments.ts). Imports nothing
 * (types only), so the browser bundle that replays the waves stays small: the browser never decides a state, it
 * only finds the segment that contains the day.
 */
import type { ReachState, StateCounts } from './state.ts';

/**
 * A community's states towards one domain over all time, as a flat list: the state on every day before the
 * first change, then pairs of (the first day of a new state, that state). `['unknown', '2025-01-19', 'suspends']`
 * is unknown up to 2025-01-18 and suspends from 2025-01-19 on. Days are "YYYY-MM-DD", strictly increasing, and
 * two neighbouring states always differ.
 */
export type StateSegments = readonly string[];

/** The state that `segments` give on `day` ("YYYY-MM-DD"): that of the last change on or before the day. */
export function stateOnDay(segments: StateSegments, day: string): ReachState {
  let state = segments[0] as ReachState;
  for (let i = 1; i + 1 < segments.length; i += 2) {
    if (segments[i]! > day) break;
    state = segments[i + 1] as ReachState;
  }
  return state;
}

/** The days on which `segments` change state, in order. */
export function changeDays(segments: StateSegments): string[] {
  const days: string[] = [];
  for (let i = 1; i < segments.length; i += 2) days.push(segments[i]!);
  return days;
}

/** How many of the given segment lists are in each state on `day`. */
export function countOnDay(all: Iterable<StateSegments>, day: string): StateCounts {
  const counts: StateCounts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  for (const segments of all) counts[stateOnDay(segments, day)]++;
  return counts;
}
