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
 * two neighbouring states always differ. A known state may carry the day a source last confirmed it
 * (`'suspends@2026-04-12'`, see `confirmedSegments` in segments.ts); `stateOnDay` reads the state alone.
 */
export type StateSegments = readonly string[];

/** A state and the day a source last confirmed it, as one segment token: `suspends@2026-04-12`. */
export function segmentToken(state: string, confirmed: string | undefined): string {
  return confirmed === undefined ? state : `${state}@${confirmed}`;
}

/** The answer a segment gives: the state, and for a known state the day a source last confirmed it when known. */
export interface SegmentAnswer {
  /** The state. */
  state: ReachState;
  /** The last day a source showed it (absent for `unknown`, and in segments written without confirmations). */
  confirmed?: string;
}

/** Reads a segment token (`suspends` or `suspends@2026-04-12`). */
export function readToken(token: string): SegmentAnswer {
  const at = token.indexOf('@');
  return at < 0 ? { state: token as ReachState } : { state: token.slice(0, at) as ReachState, confirmed: token.slice(at + 1) };
}

/** The token of the segment that contains `day`: that of the last change on or before the day. */
function tokenOnDay(segments: StateSegments, day: string): string {
  let token = segments[0]!;
  for (let i = 1; i + 1 < segments.length; i += 2) {
    if (segments[i]! > day) break;
    token = segments[i + 1]!;
  }
  return token;
}

/** The state that `segments` give on `day` ("YYYY-MM-DD"): that of the last change on or before the day. */
export function stateOnDay(segments: StateSegments, day: string): ReachState {
  return readToken(tokenOnDay(segments, day)).state;
}

/** The state on `day` and the day a source last confirmed it. */
export function answerOnDay(segments: StateSegments, day: string): SegmentAnswer {
  return readToken(tokenOnDay(segments, day));
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
