/**
 * When a decision is in force, given dates that may be known only to the month or year, or only as
 * "on or before" a day. Days are "YYYY-MM-DD" text, compared as text (which is date order).
 */
import { firstDay, lastDay, nextDay } from '../dates.ts';
import type { Decision } from '../schema/decision.ts';

/** The days a decision surely and possibly counts. Every bound is a day; an absent bound is open. */
export interface DecisionWindow {
  /** First day it is surely in force: the last day its `since` can mean ("2023" → "2023-12-31"). */
  surelyFrom: string;
  /** First day it is no longer surely in force: the first day its `until` can mean ("2024-05" → "2024-05-01"). */
  surelyUntil?: string;
  /** First day it may be in force: the first day its `since` can mean; absent for "on or before" (it may be older). */
  possiblyFrom?: string;
  /** First day it is surely no longer in force: the last day its `until` can mean ("2024-05" → "2024-05-31"). */
  possiblyUntil?: string;
}

/** Whether a decision is in force on a day: surely (`in`), surely not (`out`), or either (`maybe`). */
export type InForce = 'in' | 'maybe' | 'out';

/**
 * The window of a decision. A decision is in force from the day it began (inclusive) to the day it was lifted
 * (exclusive), and `since`/`until` name those days at day, month or year precision.
 */
export function decisionWindow(decision: Pick<Decision, 'since' | 'until' | 'last_seen'>): DecisionWindow {
  const { since, until } = decision;
  const span: DecisionWindow =
    typeof since === 'string'
      ? { surelyFrom: lastDay(since), possiblyFrom: firstDay(since) }
      : { surelyFrom: lastDay(since.on_or_before) };
  if (until !== undefined) {
    // With last_seen, the lift happened on an unknown day after it: surely in force through last_seen.
    span.surelyUntil = decision.last_seen !== undefined ? nextDay(decision.last_seen) : firstDay(until);
    span.possiblyUntil = lastDay(until);
  }
  return span;
}

/** Whether the decision is in force on `day` ("YYYY-MM-DD"). */
export function inForceOn(span: DecisionWindow, day: string): InForce {
  const started = span.surelyFrom <= day;
  const notEnded = span.surelyUntil === undefined || day < span.surelyUntil;
  if (started && notEnded) return 'in';
  const mayHaveStarted = span.possiblyFrom === undefined || span.possiblyFrom <= day;
  const mayNotHaveEnded = span.possiblyUntil === undefined || day < span.possiblyUntil;
  return mayHaveStarted && mayNotHaveEnded ? 'maybe' : 'out';
}

/** Whether the decision is in force on `day`: a shorthand for `inForceOn(decisionWindow(decision), day)`. */
export function decisionInForce(decision: Pick<Decision, 'since' | 'until' | 'last_seen'>, day: string): InForce {
  return inForceOn(decisionWindow(decision), day);
}
