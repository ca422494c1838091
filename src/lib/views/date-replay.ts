/**
 * What a domain page's replay section (components/DateReplay.astro) shows on the atlas's day, language-free: each
 * community's answer, the counts, how many answers rest on an old confirmation, and the communities that ever acted
 * on the domain. Computed once per domain (src/atlas.ts) and worded by the page in each language.
 */
import { actingCommunities, answersOnDay, countsOnDay, staleCount } from '../map/as-of-lookup.ts';
import type { SilenceHistory } from '../map/as-of-history.ts';
import type { ReachShard } from '../map/reach-shard.ts';
import type { SegmentAnswer } from '../reach/segment-lookup.ts';
import type { StateCounts } from '../reach/state.ts';

/** The replay section's content on the day `silence.day`. */
export interface DateReplayModel {
  /** The domain's shard, with each acting community's history. */
  shard: ReachShard;
  /** Each community's answer on the day. */
  answers: ReadonlyMap<string, SegmentAnswer>;
  /** How many communities are in each state on the day. */
  counts: StateCounts;
  /** How many known answers rest on a confirmation older than a year (`staleCount`). */
  stale: number;
  /** The communities with a history of their own towards the domain, sorted. */
  acting: string[];
}

/** The replay section of `shard`'s domain on the atlas's day, from the site-wide `silence` segments. */
export function dateReplayModel(shard: ReachShard, silence: Pick<SilenceHistory, 'communities' | 'day'>): DateReplayModel {
  const day = silence.day;
  const answers = answersOnDay(shard, silence, day);
  return { shard, answers, counts: countsOnDay(shard, silence, day), stale: staleCount(answers.values(), day), acting: actingCommunities(shard) };
}
