// Synthetic shard and silence segments, written by hand for these tests.
import { describe, expect, it } from 'vitest';
import { shardTimeline } from '../../../src/lib/map/shard-timeline.ts';
import type { ReachShard } from '../../../src/lib/map/reach-shard.ts';

const shard: Pick<ReachShard, 'domain' | 'servers'> = {
  domain: 'example.social',
  servers: {
    // suspends from 10 February 2024, lifted on 20 April 2024
    'a.test': { state: 'reaches', reason: 'no-decision', history: ['reaches@2024-01-01', '2024-02-10', 'suspends@2024-02-10', '2024-04-20', 'reaches@2024-04-20'] },
    // limits from 3 March 2024 on
    'b.test': { state: 'limits', reason: 'decision', history: ['unknown', '2024-03-03', 'limits@2024-05-01'] },
    // no history of its own: its silence says
    'c.test': { state: 'unknown', reason: 'list-unknown' },
  },
};
const silence = { communities: { 'c.test': ['unknown', '2024-03-15', 'reaches@2024-03-15'] } };

describe('shardTimeline', () => {
  it('counts each month end, from the month of the first change to the end day, as the segments say', () => {
    const timeline = shardTimeline(shard, silence, '2024-05-10');
    expect(timeline.domain).toBe('example.social');
    expect(timeline.points.map((p) => p.day)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30', '2024-05-10']);
    // 29 Feb: a suspends, b unknown, c unknown (its silence before 15 March)
    expect(timeline.points[0]!.counts).toEqual({ suspends: 1, limits: 0, reaches: 0, unknown: 2 });
    // 31 Mar: a suspends, b limits, c reaches
    expect(timeline.points[1]!.counts).toEqual({ suspends: 1, limits: 1, reaches: 1, unknown: 0 });
    // 30 Apr: a reaches again, b limits, c reaches
    expect(timeline.points[2]!.counts).toEqual({ suspends: 0, limits: 1, reaches: 2, unknown: 0 });
    expect(timeline.points[3]!.counts).toEqual({ suspends: 0, limits: 1, reaches: 2, unknown: 0 });
  });

  it('gives a single point on the end day when nothing changed, or the first change is later', () => {
    const quiet = { domain: 'q.example', servers: { 'c.test': { state: 'unknown' as const, reason: 'list-unknown' as const } } };
    expect(shardTimeline(quiet, silence, '2024-05-10').points).toEqual([{ day: '2024-05-10', counts: { suspends: 0, limits: 0, reaches: 1, unknown: 0 } }]);
    expect(shardTimeline(shard, silence, '2024-01-15').points.map((p) => p.day)).toEqual(['2024-01-15']);
  });
});
