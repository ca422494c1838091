/**
 * The reach, timeline and map embeds' day for one domain: the domain's shard and the silence segments, the day the
 * address asks for (`?date=`, clamped as the domain page clamps it) and the period (`?confirmed=`), and each
 * community's answer that day looked up exactly as the domain page looks it up (src/client/as-of-replay.ts:
 * `answersOnDay`, then `confirmedWithin`, then `countStates`), so an embed and the page cannot differ.
 */
import { answersOnDay, confirmedWithin } from '../../lib/map/as-of-lookup.ts';
import type { SilenceHistory } from '../../lib/map/as-of-history.ts';
import { shardPath, type ReachShard } from '../../lib/map/reach-shard.ts';
import type { SegmentAnswer } from '../../lib/reach/segment-lookup.ts';
import { countStates, type StateCounts } from '../../lib/reach/state.ts';
import { NAMES_DATA_PATH } from '../../lib/views/paths.ts';
import { confirmedFromUrl, dateFromUrl } from '../date-url.ts';
import { fetchRequired } from './data.ts';
import { fetchShard } from '../shard-fetch.ts';
import { withBase } from '../../lib/url.ts';
import { embedBase } from './view-url.ts';

/** One domain on the day an embed shows. */
export interface DomainDay {
  shard: ReachShard;
  silence: SilenceHistory;
  /** Curated communities' names by domain. */
  names: Record<string, string>;
  /** The day shown, and the atlas's own day. */
  day: string;
  today: string;
  /** Each community's answer that day, within the period asked for. */
  answers: Map<string, SegmentAnswer & { stale?: true }>;
  /** How many communities are in each state. */
  counts: StateCounts;
}

/** The domain on the day the address asks for; undefined when the atlas has no shard for it. */
export async function loadDomainDay(domain: string): Promise<DomainDay | undefined> {
  const [shard, silence, names] = await Promise.all([
    fetchShard(withBase(embedBase, shardPath(domain)), 'undefined'),
    fetchRequired<SilenceHistory>('data/as-of.json'),
    fetchRequired<Record<string, string>>(NAMES_DATA_PATH),
  ]);
  if (!shard) return undefined;
  const day = dateFromUrl(silence.from, silence.day);
  const answers = confirmedWithin(answersOnDay(shard, silence, day), day, confirmedFromUrl());
  const counts = countStates([...answers.values()].map((a) => a.state));
  return { shard, silence, names, day, today: silence.day, answers, counts };
}
