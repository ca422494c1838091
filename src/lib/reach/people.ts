/**
 * People cut off: the share of accounts on curated communities that cannot see a domain (their community suspends
 * it) or see it limited, counting only communities whose size is known (their `users` field, src/lib/schema/users.ts).
 * Sizes are registered accounts (`users.total`) as their sources give them, each on its own day: the shares are of
 * those counts, and the answer says how many communities were left out for want of a size.
 *
 * Whether the shares may be shown as a headline figure is decided by one rule (`peopleDisplay`, stated there and in
 * the methodology page's "People cut off" section); otherwise they are shown only inside a caveated note that says
 * on how many communities, from which sources and from which days they rest.
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

/**
 * Why the shares are only a caveated note: `no-sizes` (no community's size is known), `few-sizes` (the communities
 * of known size are fewer than `PEOPLE_HEADLINE_MIN_COVERAGE` of those asked about), `old-sizes` (a size was counted
 * more than `PEOPLE_HEADLINE_MAX_AGE_DAYS` days from the day).
 */
export type PeopleNoteReason = 'no-sizes' | 'few-sizes' | 'old-sizes';

/** How the shares may be shown: as a `headline` figure, or only inside a caveated `note`. */
export type PeopleShow = 'headline' | 'note';

/** The answer for one domain. */
export interface PeopleCutOff {
  /** Accounts on every community of known size, summed. */
  accounts: number;
  /** The communities of known size, largest first (then by domain). */
  sized: SizedCommunity[];
  /** How many communities were left out because their size is unknown. */
  unknownSize: number;
  /** How many communities' state was asked about (M): those of known size (`sized.length`, N) and `unknownSize`. */
  communities: number;
  /** Per state: communities of known size, their accounts and their share of all accounts counted. */
  byState: Record<ReachState, StateShare>;
  /** The earliest and latest days the counts are for; undefined when none is known. */
  countedFrom?: string;
  /** See `countedFrom`. */
  countedTo?: string;
  /** Where the sizes were read: the distinct hostnames of their sources' URLs, sorted. */
  sources: string[];
  /** The day the states are for, against which the sizes' age is measured. */
  day: string;
  /** Whether the shares may be a headline figure (`peopleDisplay`). */
  show: PeopleShow;
  /** Why they are only a note, in this order: `no-sizes`, `few-sizes`, `old-sizes`; empty for a headline. */
  why: PeopleNoteReason[];
}

/** The least share of the communities asked about whose size must be known for a headline: 80 %. */
export const PEOPLE_HEADLINE_MIN_COVERAGE = 0.8;

/** The most days between the day shown and any size's counting day (before or after it) for a headline: 365. */
export const PEOPLE_HEADLINE_MAX_AGE_DAYS = 365;

/** What the headline rule reads. */
export interface PeopleCoverage {
  /** Communities of known size (N). */
  known: number;
  /** Communities whose state is asked about (M). */
  communities: number;
  /** The earliest day a size was counted, if any. */
  countedFrom?: string | undefined;
  /** The latest day a size was counted, if any. */
  countedTo?: string | undefined;
}

const DAY_MS = 86_400_000;

/** Whole days from day `a` to day `b` ("YYYY-MM-DD", read as UTC), negative when `b` is earlier. */
function daysFrom(a: string, b: string): number {
  const from = Date.parse(`${a}T00:00:00Z`);
  const to = Date.parse(`${b}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError(`expected days as "YYYY-MM-DD", got ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
  return Math.round((to - from) / DAY_MS);
}

/**
 * The headline rule. The shares of accounts may be shown as a headline figure on `day` only when
 *
 * 1. the communities of known size (N) make up at least 80 % of the communities whose state is asked about (M),
 *    that is N ≥ 0.8 × M (computed in whole numbers: 5N ≥ 4M), with N ≥ 1; and
 * 2. every size was counted within 365 days of `day`, before or after it (the earliest and the latest counting day
 *    are each at most 365 days from `day`).
 *
 * Otherwise they are a caveated note, and `why` says which condition failed.
 */
export function peopleDisplay(coverage: PeopleCoverage, day: string): { show: PeopleShow; why: PeopleNoteReason[] } {
  const why: PeopleNoteReason[] = [];
  if (coverage.known === 0) why.push('no-sizes');
  else {
    if (coverage.known * 5 < coverage.communities * 4) why.push('few-sizes');
    const ends = [coverage.countedFrom, coverage.countedTo].filter((d): d is string => d !== undefined);
    if (ends.some((d) => Math.abs(daysFrom(d, day)) > PEOPLE_HEADLINE_MAX_AGE_DAYS)) why.push('old-sizes');
  }
  return { show: why.length === 0 ? 'headline' : 'note', why };
}

/** The distinct hostnames of the sizes' source URLs, sorted (a URL that does not parse is given as it is). */
export function sizeSources(sized: readonly Pick<CommunitySize, 'url'>[]): string[] {
  const hosts = new Set<string>();
  for (const s of sized) {
    let host: string;
    try {
      host = new URL(s.url).hostname;
    } catch {
      host = s.url;
    }
    hosts.add(host);
  }
  return [...hosts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The share of accounts in each state towards a domain on `day`, from every community's state (`states`: each
 * community once with its state, a Map or any pairs; the domain's own server left out by the caller) and the sizes
 * known (`sizes`, by community domain), with whether the shares may be a headline (`peopleDisplay`).
 */
export function peopleCutOff(states: Iterable<readonly [string, ReachState]>, sizes: ReadonlyMap<string, CommunitySize>, day: string): PeopleCutOff {
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
  const countedFrom = days[0];
  const countedTo = days[days.length - 1];
  const communities = sized.length + unknownSize;
  const { show, why } = peopleDisplay({ known: sized.length, communities, countedFrom, countedTo }, day);
  const out: PeopleCutOff = { accounts, sized, unknownSize, communities, byState, sources: sizeSources(sized), day, show, why };
  if (countedFrom !== undefined && countedTo !== undefined) {
    out.countedFrom = countedFrom;
    out.countedTo = countedTo;
  }
  return out;
}
