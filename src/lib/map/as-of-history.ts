/**
 * What the browser needs to replay any day ("as of") without deciding a state itself: each community's state
 * segments (src/lib/reach/segments.ts), computed at build time.
 *
 * Most communities act on a given domain not at all, and then their states towards it are those of their silence
 * (what their list status and reading days mean), the same for every such domain. So the silence's segments are
 * written once for the whole site (`/data/as-of.json`, `SilenceHistory`), and each domain's shard carries
 * `history` only for the communities whose segments towards that domain differ from their silence's.
 */
import { changeCandidates, confirmedSegments } from '../reach/segments.ts';
import { uncoveredDomain } from '../reach/absence.ts';
import type { PreparedCommunity } from '../reach/prepare.ts';
import type { StateSegments } from '../reach/segment-lookup.ts';

/** Every community's state segments towards a domain none of them acts on, and the days a replay can choose. */
export interface SilenceHistory {
  /** The atlas's day, the last day a replay shows ("YYYY-MM-DD"). */
  day: string;
  /** The first day worth replaying: the first day any decision or list reading in the data can change a state. */
  from: string;
  /** Each community's segments of silence, keyed by domain, in domain order. */
  communities: Record<string, StateSegments>;
}

/** The silence history of prepared communities (sorted by domain, as `prepareAll` gives them), up to `day`. */
export function silenceHistory(prepared: readonly PreparedCommunity[], day: string, from: string): SilenceHistory {
  const silent = uncoveredDomain(prepared);
  const communities: Record<string, StateSegments> = {};
  for (const p of prepared) communities[p.community.domain] = confirmedSegments(p, silent);
  return { day, from, communities };
}

/** Whether two segment lists are the same. */
export function sameSegments(a: StateSegments, b: StateSegments): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The segments towards `domain` of the communities in `actors` (those with a decision covering it) that differ
 * from their silence's, keyed by community domain. The domain's own server is never among them.
 */
export function domainHistories(actors: readonly PreparedCommunity[], domain: string, silence: SilenceHistory): Map<string, StateSegments> {
  const out = new Map<string, StateSegments>();
  for (const p of actors) {
    if (p.community.domain === domain) continue;
    const segments = confirmedSegments(p, domain);
    const quiet = silence.communities[p.community.domain];
    if (!quiet || !sameSegments(segments, quiet)) out.set(p.community.domain, segments);
  }
  return out;
}

/**
 * The first day worth replaying: the earliest day on which any community's answer about any domain its decisions
 * name may change (a decision's window or a list's reading begins); `day` itself when nothing changes before it.
 */
export function replayStart(prepared: readonly PreparedCommunity[], day: string): string {
  let first = day;
  for (const p of prepared) {
    for (const target of p.byDomain.keys()) {
      const days = changeCandidates(p, target);
      if (days.length > 0 && days[0]! < first) first = days[0]!;
    }
    for (const d of changeCandidates(p, 'absent.invalid')) if (d < first) first = d;
  }
  return first;
}
