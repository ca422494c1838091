/** Shared by the duplicate and contradiction rules: each decision's target and the interval it is in force. */
import { firstDay, isRealDate, lastDay } from '../dates.ts';
import { decisionStart, decisionTarget } from '../order.ts';
import { asString, rawDecisions } from './rule.ts';

/** A decision reduced to what overlap checks need. */
export interface Interval {
  index: number;
  target: string;
  severity: string;
  since: string;
  until?: string;
  /** First day in force. */
  start: string;
  /** First day no longer in force ("9999-12-31" while in force). */
  end: string;
}

/** The decisions of a raw server value with readable dates, as intervals. */
export function intervals(value: unknown): Interval[] {
  return rawDecisions(value).flatMap(({ index, decision }) => {
    const since = decisionStart(decision);
    const until = asString(decision.until);
    const target = decisionTarget(decision);
    if (!target || !isRealDate(since) || (until !== undefined && !isRealDate(until))) return [];
    return [{ index, target, severity: asString(decision.severity) ?? '', since, until, start: firstDay(since), end: until ? lastDay(until) : '9999-12-31' }];
  });
}

/** True when two intervals share a day. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}
