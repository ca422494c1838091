/** A monthly time series of the reach counts for one domain. */
import { firstDay } from '../dates.ts';
import { sinceDate } from '../schema/decision.ts';
import { assertDay } from './day.ts';
import { domainReachPrepared, prepareAll } from './domain-reach.ts';
import { monthEnds } from './month-ends.ts';
import { coveringDecisions, type PreparedCommunity } from './prepare.ts';
import type { Community, StateCounts } from './state.ts';

export { monthEnds } from './month-ends.ts';

/** The counts on one day of the series. */
export interface TimelinePoint {
  /** The day counted: the last day of a month, or the series' end day. */
  day: string;
  /** How many communities are in each state that day. */
  counts: StateCounts;
}

/** A domain's series. */
export interface DomainTimeline {
  /** The domain. */
  domain: string;
  /** The points, in date order, one a month, the last on the end day. */
  points: TimelinePoint[];
}

/** The first day any community's decision covering `domain` can have begun; undefined when none covers it. */
export function earliestDecision(prepared: readonly PreparedCommunity[], domain: string): string | undefined {
  let earliest: string | undefined;
  for (const p of prepared) {
    for (const level of coveringDecisions(p, domain)) {
      for (const { decision } of level) {
        const day = firstDay(sinceDate(decision.since));
        if (earliest === undefined || day < earliest) earliest = day;
      }
    }
  }
  return earliest;
}

/**
 * The counts of every state towards `domain`, once a month (on the month's last day), from the month of the
 * earliest decision covering it (or of `options.from`) to `end`, whose own counts are the last point. A domain no
 * decision covers gets a single point, on `end`. An "on or before" decision starts the series at the month of its
 * date: earlier months would show nothing the data can say.
 */
export function domainTimeline(servers: readonly Community[], domain: string, end: string, options: { from?: string } = {}): DomainTimeline {
  assertDay(end);
  const prepared = prepareAll(servers);
  const from = options.from ?? earliestDecision(prepared, domain) ?? end;
  assertDay(firstDay(from));
  const points = monthEnds(firstDay(from), end).map((day) => ({ day, counts: domainReachPrepared(prepared, domain, day).counts }));
  return { domain, points };
}
