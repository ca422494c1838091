/**
 * What a domain page's replay section (src/components/rows/date-replay-markup.ts) shows on the atlas's day, language-free: each
 * community's answer, the counts, how many answers rest on an old confirmation, and the communities that ever acted
 * on the domain. Computed once per domain (src/atlas.ts) and worded by the page in each language.
 */
import { answerIn, staleCount } from '../map/as-of-lookup.ts';
import type { SegmentAnswer, StateSegments } from '../reach/segment-lookup.ts';
import type { SilenceHistory } from '../map/as-of-history.ts';
import type { ReachShard } from '../map/reach-shard.ts';
import type { ReachState, StateCounts } from '../reach/state.ts';

/** The replay section's content on the day `silence.day`. */
export interface DateReplayModel {
  /** The shard's domain. */
  domain: string;
  /** How many communities are in each state on the day. */
  counts: StateCounts;
  /** How many known answers rest on a confirmation older than a year (`staleCount`). */
  stale: number;
  /** The communities with a history of their own towards the domain, sorted, each with its state on the day. */
  acting: { community: string; state: ReachState }[];
}

/**
 * The replay section of `shard`'s domain on the atlas's day, from the site-wide `silence` segments. It keeps nothing
 * of the shard: the build computes it when it writes the shard and keeps it for the page, small.
 */
export function dateReplayModel(shard: ReachShard, silence: Pick<SilenceHistory, 'communities' | 'day'>): DateReplayModel {
  return replayModel(shard.domain, Object.keys(shard.servers), (community) => shard.servers[community]!.history, silence);
}

/**
 * `dateReplayModel` from the shard's parts, as the build has them when it writes the shard straight from the answers
 * (src/lib/map/build-shard.ts `writeShard`): the communities in the shard's order and each acting one's history.
 */
export function replayModel(domain: string, communities: Iterable<string>, historyOf: (community: string) => StateSegments | undefined, silence: Pick<SilenceHistory, 'communities' | 'day'>): DateReplayModel {
  const day = silence.day;
  // One pass over the shard's communities, each answered as `answersOnDay` answers it (`answerIn` its history, else
  // its silence's segments), with no map of them all: a shard of 30,000 communities is built for every acted-on
  // domain, and that map and a second pass to find the acting communities were 9 of the 92 s its shards took.
  const counts: StateCounts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  const answers: SegmentAnswer[] = [];
  const acting: { community: string; state: ReachState }[] = [];
  for (const community of communities) {
    const history = historyOf(community);
    const answer = answerIn(history ?? silence.communities[community], day);
    counts[answer.state]++;
    answers.push(answer);
    if (history !== undefined) acting.push({ community, state: answer.state });
  }
  acting.sort((a, b) => (a.community < b.community ? -1 : a.community > b.community ? 1 : 0));
  return { domain, counts, stale: staleCount(answers, day), acting };
}
