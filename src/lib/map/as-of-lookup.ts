/**
 * An as-of replay's look-ups: each community's state towards a shard's domain on any day, and the counts, from
 * the shard's `history` and the site-wide silence segments (as-of-history.ts). Types only are imported, so this
 * bundles to the browser on its own; it finds segments, it never decides a state.
 */
import { answerOnDay, stateOnDay, type SegmentAnswer, type StateSegments } from '../reach/segment-lookup.ts';
import { outsidePeriod } from './period.ts';
import { addMonths } from './replay.ts';
import type { ReachState, StateCounts } from '../reach/state.ts';
import type { SilenceHistory } from './as-of-history.ts';
import type { ReachShard, ShardEntry } from './reach-shard.ts';

/** The segments of one community towards the shard's domain: its own history, else its silence's; undefined for an unknown community. */
export function segmentsOf(shard: Pick<ReachShard, 'servers'>, silence: Pick<SilenceHistory, 'communities'>, community: string): StateSegments | undefined {
  return shard.servers[community]?.history ?? silence.communities[community];
}

/** Each community's state towards the shard's domain on `day`, in the shard's order (the domain's own server is not in it). */
export function statesOnDay(shard: Pick<ReachShard, 'servers'>, silence: Pick<SilenceHistory, 'communities'>, day: string): Map<string, ReachState> {
  const out = new Map<string, ReachState>();
  for (const community of Object.keys(shard.servers)) {
    const segments = segmentsOf(shard, silence, community);
    out.set(community, segments ? stateOnDay(segments, day) : 'unknown');
  }
  return out;
}

/** Each community's answer towards the shard's domain on `day`: its state and the day a source last confirmed it. */
export function answersOnDay(shard: Pick<ReachShard, 'servers'>, silence: Pick<SilenceHistory, 'communities'>, day: string): Map<string, SegmentAnswer> {
  const out = new Map<string, SegmentAnswer>();
  for (const community of Object.keys(shard.servers)) out.set(community, answerOf(shard, silence, community, day));
  return out;
}

/** One community's answer towards the shard's domain on `day` (as `answersOnDay` gives it): unknown without segments. */
export function answerOf(shard: Pick<ReachShard, 'servers'>, silence: Pick<SilenceHistory, 'communities'>, community: string, day: string): SegmentAnswer {
  return answerIn(segmentsOf(shard, silence, community), day);
}

/** The answer that a community's segments (`segmentsOf`'s) give on `day`: unknown without segments. */
export function answerIn(segments: StateSegments | undefined, day: string): SegmentAnswer {
  return segments ? answerOnDay(segments, day) : { state: 'unknown' };
}

/** How long a confirmation stays fresh: an answer last confirmed more than this many months before the day is counted as old. */
export const STALE_AFTER_MONTHS = 12;

/**
 * How many known answers on `day` rest on a confirmation older than a year (`STALE_AFTER_MONTHS`) before that day:
 * the state is carried forward from a source that old.
 */
export function staleCount(answers: Iterable<SegmentAnswer>, day: string): number {
  const limit = addMonths(day, -STALE_AFTER_MONTHS);
  let n = 0;
  for (const a of answers) if (a.state !== 'unknown' && a.confirmed !== undefined && a.confirmed < limit) n++;
  return n;
}

/**
 * The answers a reader keeps when restricting a view to answers a source confirmed within `months` before `day`:
 * a known answer last confirmed before then becomes unknown (with `stale` set, so its words can say why); the rest
 * are unchanged. `months` undefined keeps every answer.
 */
export function confirmedWithin(answers: ReadonlyMap<string, SegmentAnswer>, day: string, months: number | undefined): Map<string, SegmentAnswer & { stale?: true }> {
  const out = new Map<string, SegmentAnswer & { stale?: true }>();
  for (const [community, a] of answers) out.set(community, outsidePeriod(a, day, months) ? { state: 'unknown', stale: true } : a);
  return out;
}

/**
 * A shard (as built, or `shardOnDay`'s) restricted to answers a source confirmed within `months` before its day, as
 * `confirmedWithin` restricts a domain page's: an entry left out becomes unknown with `stale` set (its words say
 * why), keeping its reason and `onDay`; the counts are those of the entries kept. `months` undefined gives the shard
 * unchanged.
 */
export function shardWithin(shard: ReachShard, months: number | undefined): ReachShard {
  if (months === undefined) return shard;
  const servers: Record<string, ShardEntry> = {};
  const counts: StateCounts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  for (const [community, entry] of Object.entries(shard.servers)) {
    const kept: ShardEntry = outsidePeriod(entry, shard.day, months) ? { state: 'unknown', reason: entry.reason, stale: true } : entry;
    if (kept !== entry && entry.onDay !== undefined) kept.onDay = entry.onDay;
    servers[community] = kept;
    counts[kept.state]++;
  }
  return { ...shard, counts, servers };
}

/** How many communities are in each state towards the shard's domain on `day`. */
export function countsOnDay(shard: Pick<ReachShard, 'servers'>, silence: Pick<SilenceHistory, 'communities'>, day: string): StateCounts {
  const counts: StateCounts = { suspends: 0, limits: 0, reaches: 0, unknown: 0 };
  for (const state of statesOnDay(shard, silence, day).values()) counts[state]++;
  return counts;
}

/** The communities with a history of their own towards the shard's domain (those acting on it at some time), sorted. */
export function actingCommunities(shard: Pick<ReachShard, 'servers'>): string[] {
  return Object.keys(shard.servers)
    .filter((c) => shard.servers[c]!.history !== undefined)
    .sort();
}

/** The first day any of the shard's own histories changes state; undefined when none has a history. */
export function firstChange(shard: Pick<ReachShard, 'servers'>): string | undefined {
  let first: string | undefined;
  for (const entry of Object.values(shard.servers)) {
    const day = entry.history?.[1];
    if (day !== undefined && (first === undefined || day < first)) first = day;
  }
  return first;
}

/**
 * The shard as it was on `day`: each community's state and the day a source last confirmed it looked up in the
 * segments, marked `onDay` (the words then say "on that day" rather than give today's decision or reason), with the
 * counts of that day. What the domain does back is left out: the replay covers one direction. The atlas's own day
 * gives the shard unchanged: the shard is the same model's answer on that day, so the two cannot differ.
 */
export function shardOnDay(shard: ReachShard, silence: Pick<SilenceHistory, 'communities'>, day: string): ReachShard {
  if (day === shard.day) return shard;
  const servers: Record<string, ShardEntry> = {};
  for (const community of Object.keys(shard.servers)) {
    const segments = segmentsOf(shard, silence, community);
    const answer = segments ? answerOnDay(segments, day) : { state: 'unknown' as const };
    const entry: ShardEntry = { state: answer.state, reason: shard.servers[community]!.reason, onDay: day };
    if (answer.confirmed !== undefined) entry.confirmed = answer.confirmed;
    servers[community] = entry;
  }
  const out: ReachShard = { domain: shard.domain, day, counts: countsOnDay(shard, silence, day), servers };
  if (shard.self !== undefined) out.self = shard.self;
  return out;
}
