/**
 * The rows of a domain page's download (CSV and JSON), built from the domain's shard (`/data/reach/<domain>.json`)
 * and the site-wide silence segments (`/data/as-of.json`) for the day the page shows, so that what is downloaded is
 * what is shown, on any day. One row per curated community (the domain's own server has none), sorted by community.
 *
 * The state and the day a source last confirmed it are looked up in the segments (as the replay does); what the
 * answer rested on (the reason, the deciding decision's dates and evidence) comes from the shard's entry on its own
 * day, and on another day from the entry's `past` (src/lib/map/shard-past.ts), or, for a community whose answers are
 * those of its silence, from what its list status means. Nothing is decided here: every value was written at build
 * time by the reach model. Imports types and look-ups only, so it bundles to the browser on its own.
 */
import { outsidePeriod } from '../map/period.ts';
import { answerOnDay } from '../reach/segment-lookup.ts';
import type { ReachReason, ReachState } from '../reach/state.ts';
import type { SilenceHistory } from '../map/as-of-history.ts';
import { segmentsOf } from '../map/as-of-lookup.ts';
import type { ReachShard, ShardDecision, ShardEntry } from '../map/reach-shard.ts';

/** The columns of a domain's download, in order. Dates are ISO (or the month or year alone, when that is all the data knows). */
export const SHARD_ROW_COLUMNS = ['community', 'name', 'state', 'confirmed', 'since', 'since_qualifier', 'until', 'via', 'evidence', 'why', 'back'] as const;

/** One column of {@link SHARD_ROW_COLUMNS}. */
export type ShardRowColumn = (typeof SHARD_ROW_COLUMNS)[number];

/** One community's row: every column, `undefined` where it has no value. */
export type ShardRow = Record<ShardRowColumn, string | undefined>;

/** What the rows need besides the shard, the silence and the day. */
export interface ShardRowOptions {
  /** Each community's name, by domain (`/data/names.json`); a community missing from it has no name in its row. */
  names?: Readonly<Record<string, string>>;
  /** Each reason in the page's language, for the `why` column of unknown rows; a reason missing from it is given as its code. */
  why?: Readonly<Partial<Record<ReachReason, string>>>;
  /**
   * Restrict the rows to answers a source confirmed within this many months before the day (the view's
   * `?confirmed=`): an older known answer becomes unknown, its `why` the words of `notConfirmed`.
   */
  confirmedWithin?: number;
  /** The `why` of an answer left out for want of a recent confirmation (default `not-confirmed-within-period`). */
  notConfirmed?: string;
}

/** Every reason code, once (a record, so that the type checker notices a reason added to the model). */
const REASONS: Readonly<Record<ReachReason, true>> = { decision: true, 'no-decision': true, 'uncertain-decision': true, 'list-unknown': true, 'list-partial': true, 'before-list-read': true };

/** The reach model's reason codes, for the `why` words a page hands its download. */
export const REASON_CODES = Object.keys(REASONS) as ReachReason[];

/** The value `since_qualifier` takes for a start known only as "on or before" a day. */
export const ON_OR_BEFORE = 'on-or-before';

/** The token of flat segments (a first token, then pairs of first day and token) that holds on `day`. */
function tokenOn(segments: readonly string[], day: string): string | undefined {
  let token = segments[0];
  for (let i = 1; i + 1 < segments.length; i += 2) {
    if (segments[i]! > day) break;
    token = segments[i + 1];
  }
  return token;
}

/** What an answer rested on: its reason, the deciding decision, and the evidence of a reaches. */
interface Basis {
  reason: string;
  decision?: ShardDecision;
  listUrl?: string;
}

/** The entry's own answer, on the shard's day. */
function basisToday(entry: ShardEntry): Basis {
  const basis: Basis = { reason: entry.reason };
  if (entry.state === 'reaches') basis.listUrl = entry.evidence;
  if ((entry.state === 'suspends' || entry.state === 'limits') && entry.since !== undefined) {
    const decision: ShardDecision = { since: entry.since };
    if (entry.onOrBefore) decision.onOrBefore = true;
    if (entry.until !== undefined) decision.until = entry.until;
    if (entry.via !== undefined) decision.via = entry.via;
    if (entry.evidence !== undefined) decision.evidence = entry.evidence;
    basis.decision = decision;
  }
  return basis;
}

/** What the answer on another `day` rested on, given its state then. */
function basisOn(entry: ShardEntry, state: ReachState, day: string): Basis {
  const past = entry.past;
  if (past) {
    const token = tokenOn(past.answers, day) ?? entry.reason;
    const colon = token.indexOf(':');
    const reason = colon < 0 ? token : token.slice(0, colon);
    const basis: Basis = { reason };
    if (colon >= 0) {
      const decision = past.decisions?.[Number(token.slice(colon + 1))];
      if (decision) basis.decision = decision;
    }
    const listUrl = past.list ?? (entry.state === 'reaches' ? entry.evidence : undefined);
    if (listUrl !== undefined) basis.listUrl = listUrl;
    return basis;
  }
  // Its answers are those of its silence: what its list status means, the same reason every day (an unread or partial
  // list), or for a published list "not read yet" before its earliest reading and "no entry" from then on.
  if (state === 'reaches') return entry.state === 'reaches' && entry.evidence !== undefined ? { reason: 'no-decision', listUrl: entry.evidence } : { reason: 'no-decision' };
  if (state === 'unknown') return { reason: entry.reason === 'list-unknown' || entry.reason === 'list-partial' ? entry.reason : 'before-list-read' };
  return { reason: entry.reason };
}

/**
 * The download's rows for `day` ("YYYY-MM-DD", the day the page shows): one per community of the shard, sorted by
 * domain (code-point order). `since` is the day (or month, or year) the deciding decision began, with
 * `since_qualifier` `on-or-before` when that is only the day it was first seen; `since`, `until`, `via` and
 * `evidence` are given for a suspends or limits, `evidence` for a reaches too (its list); `why` only for an unknown;
 * `back`, what a curated domain does to the community, only on the shard's own day (the replay covers one direction).
 */
export function shardRows(shard: ReachShard, silence: Pick<SilenceHistory, 'communities'>, day: string, options: ShardRowOptions = {}): ShardRow[] {
  const today = day === shard.day;
  const communities = Object.keys(shard.servers).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return communities.map((community): ShardRow => {
    const entry = shard.servers[community]!;
    let state: ReachState;
    let confirmed: string | undefined;
    if (today) {
      state = entry.state;
      confirmed = entry.confirmed;
    } else {
      const segments = segmentsOf(shard, silence, community);
      const answer = segments ? answerOnDay(segments, day) : { state: 'unknown' as const };
      state = answer.state;
      confirmed = answer.confirmed;
    }
    if (outsidePeriod({ state, confirmed }, day, options.confirmedWithin)) {
      return { community, name: options.names?.[community], state: 'unknown', confirmed: undefined, since: undefined, since_qualifier: undefined, until: undefined, via: undefined, evidence: undefined, why: options.notConfirmed ?? 'not-confirmed-within-period', back: today ? entry.back : undefined };
    }
    const basis = today ? basisToday(entry) : basisOn(entry, state, day);
    const acting = state === 'suspends' || state === 'limits';
    const d = acting ? basis.decision : undefined;
    return {
      community,
      name: options.names?.[community],
      state,
      confirmed: state === 'unknown' ? undefined : confirmed,
      since: d?.since,
      since_qualifier: d?.onOrBefore ? ON_OR_BEFORE : undefined,
      until: d?.until,
      via: d?.via,
      evidence: acting ? d?.evidence : state === 'reaches' ? basis.listUrl : undefined,
      why: state === 'unknown' ? (options.why?.[basis.reason as ReachReason] ?? basis.reason) : undefined,
      back: today ? entry.back : undefined,
    };
  });
}

/** Each curated community's name by domain, sorted by domain: `/data/names.json`, which the download fetches. */
export function communityNames(servers: readonly { domain: string; name: string }[]): Record<string, string> {
  const sorted = [...servers].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
  return Object.fromEntries(sorted.map((s) => [s.domain, s.name]));
}

/**
 * Reads the fetched names file (untrusted): an object of strings. Throws an Error naming the first bad place, so a
 * download never silently lacks its names.
 */
export function parseNames(json: unknown): Record<string, string> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('names: expected an object');
  const out: Record<string, string> = {};
  for (const [domain, name] of Object.entries(json)) {
    if (typeof name !== 'string') throw new Error(`names[${JSON.stringify(domain)}]: expected text`);
    out[domain] = name;
  }
  return out;
}
