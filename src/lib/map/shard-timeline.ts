/**
 * A domain's timeline (how many communities suspend and limit it at the end of each month) built from its shard
 * and the site-wide silence segments, for the timeline embed: each point is the count of the answers the segments
 * give that day (`countsOnDay`, the domain page's own look-up for a day), so it decides no state. The series runs
 * from the month of the first change in any acting community's history to `end`.
 */
import { firstDay } from '../dates.ts';
import { monthEnds } from '../reach/month-ends.ts';
import type { DomainTimeline } from '../reach/timeline.ts';
import type { SilenceHistory } from './as-of-history.ts';
import { countsOnDay, firstChange } from './as-of-lookup.ts';
import type { ReachShard } from './reach-shard.ts';

/** The monthly series of `shard`'s domain up to `end` ("YYYY-MM-DD"); a single point on `end` when nothing ever changed. */
export function shardTimeline(shard: Pick<ReachShard, 'domain' | 'servers'>, silence: Pick<SilenceHistory, 'communities'>, end: string): DomainTimeline {
  const first = firstChange(shard);
  const from = first !== undefined && first < end ? first : end;
  return { domain: shard.domain, points: monthEnds(firstDay(from), end).map((day) => ({ day, counts: countsOnDay(shard, silence, day) })) };
}
