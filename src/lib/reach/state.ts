/** The four reach states, the reasons behind them, and the answer the reach model gives. */
import type { Decision } from '../schema/decision.ts';
import type { Server } from '../schema/server.ts';

/** The reach states in their fixed display order: the three known states, then `unknown`. */
export const REACH_STATES = ['suspends', 'limits', 'reaches', 'unknown'] as const;

/** What a community does to a domain on a day. Exactly one holds for every community, domain and day. */
export type ReachState = (typeof REACH_STATES)[number];

/** A state the model can assert: everything but `unknown`. */
export type KnownState = Exclude<ReachState, 'unknown'>;

/** The known states, in display order. */
export const KNOWN_STATES = ['suspends', 'limits', 'reaches'] as const satisfies readonly KnownState[];

/**
 * Why a state holds.
 * - `decision`: a decision covering the domain was surely in force that day (suspends or limits);
 * - `no-decision`: the community's published list was read in a window that includes the day, and nothing covers the domain (reaches);
 * - `uncertain-decision`: a covering decision may or may not have been in force that day (its dates are only
 *   known to the month or year, or it was only seen "on or before" a later day), and the outcomes differ;
 * - `list-unknown`: the community's list is not known;
 * - `list-partial`: only some of its decisions are known, and none covers the domain that day;
 * - `before-list-read`: its list is published, but the day is before the earliest reading of the list.
 *
 * After a list's latest reading, what it showed holds (`no-decision`, `decision`) until a later source shows
 * otherwise; the answer's `confirmed` day says when a source last showed it.
 */
export type ReachReason =
  | 'decision'
  | 'no-decision'
  | 'uncertain-decision'
  | 'list-unknown'
  | 'list-partial'
  | 'before-list-read';

/** The reach model's answer for one community, one domain and one day. */
export interface Reach {
  /** The one state that holds. `unknown` whenever more than one known state remains possible. */
  state: ReachState;
  /** Why. */
  reason: ReachReason;
  /**
   * The known states still possible given what the atlas knows, in display order: one element when the state is
   * known; two or three when it is `unknown` (e.g. `['limits', 'reaches']`: limited or not, depending on a date
   * known only to the month).
   */
  possible: readonly KnownState[];
  /**
   * The decision that decided it: for suspends/limits the decision in force; for an unknown caused by uncertain
   * dates, the most specific decision that may have been in force. Absent otherwise.
   */
  decision?: Decision;
  /**
   * For a known state: the last day a source showed it (a reading of the list, the decision's evidence, the day
   * it began or was last seen, the evidence of a lift), within the unbroken run of days the state holds. After
   * that day the state is carried forward, not seen: a reader weighs "suspends, last confirmed 23 October 2023".
   * Absent for `unknown`.
   */
  confirmed?: string;
}

/** What the reach model reads of a curated server: its domain, its list status and its decisions. */
export type Community = Pick<Server, 'domain' | 'blocklist' | 'blocks'>;

/** How many communities are in each state. */
export type StateCounts = Record<ReachState, number>;

/** Counts with every state at zero, keys in display order. */
export function emptyCounts(): StateCounts {
  return { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
}

/** Counts the states of a list of answers. */
export function countStates(states: Iterable<ReachState>): StateCounts {
  const counts = emptyCounts();
  for (const s of states) counts[s]++;
  return counts;
}

/** The state a severity gives: `suspend` suspends, `silence` limits. */
export function stateOfSeverity(severity: Decision['severity']): KnownState {
  return severity === 'suspend' ? 'suspends' : 'limits';
}
