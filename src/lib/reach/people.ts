/**
 * People cut off: the share of accounts on curated communities that cannot see a domain (their community suspends
 * it) or see it limited, counting only communities whose size is known (their `users` field, src/lib/schema/users.ts).
 * Sizes are registered accounts (`users.total`) as their sources give them, each on its own day: the shares are of
 * those counts, and the answer says how many communities were left out for want of a size.
 */
import type { ReachState } from './state.ts';

/** A community's size as the data gives it. */
export interface CommunitySize {
  /** Registered accounts. */
  total: number;
  /** The day the count is for. */
  counted: string;
  /** Where it was read. */
  url: string;
}

/** One community of known size, its state towards the domain and its accounts. */
export interface SizedCommunity extends CommunitySize {
  /** Its domain. */
  community: string;
  /** What it does to the domain. */
  state: ReachState;
}

/** Accounts and communities in one state. */
export interface StateShare {
  /** How many communities of known size are in the state. */
  communities: number;
  /** Their accounts, summed. */
  accounts: number;
  /** `accounts` over all accounts counted, 0 to 1 (0 when none are counted). */
  share: number;
}

/** The answer for one domain. */
export interface PeopleCutOff {
  /** Accounts on every community of known size, summed. */
  accounts: number;
  /** The communities of known size, largest first (then by domain). */
  sized: SizedCommunity[];
  /** How many communities were left out because their size is unknown. */
  unknownSize: number;
  /** Per state: communities of known size, their accounts and their share of all accounts counted. */
  byState: Record<ReachState, StateShare>;
  /** The earliest and latest days the counts are for; undefined when none is known. */
  countedFrom?: string;
  /** See `countedFrom`. */
  countedTo?: string;
}

/**
 * The share of accounts in each state towards a domain, from every community's state (`states`, the domain's own
 * server left out by the caller) and the sizes known (`sizes`, by community domain).
 */
export function peopleCutOff(states: ReadonlyMap<string, ReachState>, sizes: ReadonlyMap<string, CommunitySize>): PeopleCutOff {
  const sized: SizedCommunity[] = [];
  let unknownSize = 0;
  for (const [community, state] of states) {
    const size = sizes.get(community);
    if (size) sized.push({ community, state, ...size });
    else unknownSize++;
  }
  sized.sort((a, b) => b.total - a.total || (a.community < b.community ? -1 : a.community > b.community ? 1 : 0));
  const accounts = sized.reduce((sum, s) => sum + s.total, 0);
  const byState = {} as Record<ReachState, StateShare>;
  for (const state of ['suspends', 'limits', 'reaches', 'unknown'] as const) {
    const these = sized.filter((s) => s.state === state);
    const sum = these.reduce((n, s) => n + s.total, 0);
    byState[state] = { communities: these.length, accounts: sum, share: accounts === 0 ? 0 : sum / accounts };
  }
  const days = sized.map((s) => s.counted).sort();
  const out: PeopleCutOff = { accounts, sized, unknownSize, byState };
  if (days.length > 0) {
    out.countedFrom = days[0]!;
    out.countedTo = days[days.length - 1]!;
  }
  return out;
}
