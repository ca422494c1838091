/**
 * Reach shards: what every curated community does to one domain on the atlas's day, as the small JSON file
 * the map fetches when a visitor picks that domain (`/data/reach/<domain>.json`). Built from the reach model's
 * answer at build time; the browser only looks states up and words them, it never decides one.
 */
import type { Translate } from '../i18n/translate.ts';
import type { KnownState, Reach, ReachReason, ReachState, StateCounts, StateSegments } from '../reach/index.ts';

/** One community's state towards the shard's domain. */
export interface ShardEntry {
  /** What the community does to the domain. */
  state: ReachState;
  /** Why (the reach model's reason code). */
  reason: ReachReason;
  /** For `unknown`: the known states still possible, when fewer than all three. */
  possible?: KnownState[];
  /** The domain the deciding decision names, when it is a parent of the shard's domain (a block covers subdomains). */
  via?: string;
  /** When the deciding decision began: "2025-01-19", or the day it was first seen when `onOrBefore`. */
  since?: string;
  /** True when `since` is only an upper bound ("on or before"). */
  onOrBefore?: boolean;
  /** The day the deciding decision was lifted, when it was. */
  until?: string;
  /** For a known state: the day a source last confirmed it (the reach model's `confirmed`). */
  confirmed?: string;
  /**
   * For a known state, its evidence's URL: for suspends and limits the deciding decision's (else its list's), for
   * reaches the community's published list's. Absent for unknown, to keep the shard small.
   */
  evidence?: string;
  /** What the domain, itself a curated server, does to this community. */
  back?: ReachState;
  /**
   * The community's states towards the domain over all time, each known one with the day a source last confirmed
   * it (`confirmedSegments`, src/lib/reach/segments.ts), when they differ from those of its silence
   * (`/data/as-of.json`). An as-of replay looks the day up here, else in the silence's segments.
   */
  history?: StateSegments;
  /**
   * What the community's answers towards the domain rested on over time (reasons and deciding decisions), when
   * that differs from what its silence gives (src/lib/map/shard-past.ts): a download of a past day reads it.
   */
  past?: ShardPast;
  /**
   * Set when the entry is a replay of a past day (src/lib/map/as-of-lookup.ts `shardOnDay`): `state` and
   * `confirmed` hold for that day; `reason` is today's, and the words say "on <day>" instead.
   */
  onDay?: string;
  /**
   * Set in the browser when a reader restricts answers to a period (`?confirmed=`, as-of-lookup.ts `shardWithin`)
   * and no source confirmed this entry's known answer within it: `state` is then `unknown`, and the words say why.
   */
  stale?: true;
}

/** A decision as a shard carries it, for the rows of a past day (src/lib/map/shard-past.ts). */
export interface ShardDecision {
  /** When it began: "2025-01-19", "2024-05" or "2023" as the data gives it, or the day it was first seen when `onOrBefore`. */
  since: string;
  /** True when `since` is only an upper bound ("on or before"). */
  onOrBefore?: boolean;
  /** When it was lifted, when it was. */
  until?: string;
  /** The domain it names, when it is a parent of the shard's domain. */
  via?: string;
  /** Its evidence's URL (else its community's list's). */
  evidence?: string;
}

/**
 * A community's answers towards the shard's domain over time, beyond their states (`ShardEntry.history`): the
 * reason on every day, and the decision that decided a suspends or limits.
 */
export interface ShardPast {
  /**
   * Flat segments: the reason code on every day before the first change, then pairs of the first day of a new
   * answer and its token. The token is the reach model's reason, and for `decision` the index of the deciding
   * decision in `decisions`: `['before-list-read', '2023-07-01', 'no-decision', '2025-01-19', 'decision:0']`.
   */
  answers: string[];
  /** The decisions the tokens name, by index. */
  decisions?: ShardDecision[];
  /** The URL of the community's published list, when some day's answer rests on it (`no-decision`). */
  list?: string;
}

/** What a shard carries besides the answers of its day, by community domain. */
export interface ShardExtras {
  /** Each community's published list's URL, for the evidence of its known states. */
  lists?: ReadonlyMap<string, string>;
  /** What each acting community's answers rested on over time (src/lib/map/shard-past.ts `domainPasts`). */
  pasts?: ReadonlyMap<string, ShardPast>;
}

/** The reach model's answer for one domain, as `domainReach` gives it: every community's answer on the day. */
export interface DomainAnswer {
  domain: string;
  day: string;
  communities: readonly { community: string; reach: Reach; back?: Reach }[];
  counts: StateCounts;
}

/** The shard for one domain. */
export interface ReachShard {
  /** The domain. */
  domain: string;
  /** The day the states hold on ("YYYY-MM-DD"). */
  day: string;
  /** The curated server whose domain this is, if any: it has no state towards itself. */
  self?: string;
  /** How many communities are in each state. */
  counts: StateCounts;
  /** Each community's state, keyed by its domain, in domain order. */
  servers: Record<string, ShardEntry>;
}

function entryOf(domain: string, reach: Reach, back: Reach | undefined, listUrl: string | undefined): ShardEntry {
  const entry: ShardEntry = { state: reach.state, reason: reach.reason };
  if (reach.state === 'unknown' && reach.possible.length < 3) entry.possible = [...reach.possible];
  const d = reach.decision;
  if (d) {
    if (d.domain !== undefined && d.domain !== domain) entry.via = d.domain;
    // (not sinceDate from the schema module: this file is bundled for the browser, the schema's zod is not)
    entry.since = typeof d.since === 'string' ? d.since : d.since.on_or_before;
    if (typeof d.since !== 'string') entry.onOrBefore = true;
    if (d.until !== undefined) entry.until = d.until;
  }
  if (reach.confirmed !== undefined) entry.confirmed = reach.confirmed;
  const evidence = reach.state === 'reaches' ? listUrl : reach.state === 'unknown' ? undefined : (d?.evidence?.url ?? listUrl);
  if (evidence !== undefined) entry.evidence = evidence;
  if (back) entry.back = back.state;
  return entry;
}

/**
 * The shard for the reach model's answer about one domain (`domainReach` on the atlas's day).
 * `curatedDomains` are the curated servers' domains, to name `self`; `histories`, each community's state
 * segments where they differ from its silence's (src/lib/map/as-of-history.ts), for an as-of replay; `extras`, the
 * lists' URLs (for the evidence of known states) and what acting communities' answers rested on over time.
 */
export function toReachShard(answer: DomainAnswer, curatedDomains: readonly string[], histories?: ReadonlyMap<string, StateSegments>, extras: ShardExtras = {}): ReachShard {
  const shard: ReachShard = { domain: answer.domain, day: answer.day, counts: { ...answer.counts }, servers: {} };
  if (curatedDomains.includes(answer.domain)) shard.self = answer.domain;
  for (const c of answer.communities) shard.servers[c.community] = shardEntry(answer.domain, c, histories, extras);
  return shard;
}

/** One community's entry in the shard of `domain`, as `toReachShard` makes it (and `encodeAnswer` writes it). */
export function shardEntry(domain: string, c: DomainAnswer['communities'][number], histories?: ReadonlyMap<string, StateSegments>, extras: ShardExtras = {}): ShardEntry {
  const entry = entryOf(domain, c.reach, c.back, extras.lists?.get(c.community));
  const history = histories?.get(c.community);
  if (history) entry.history = [...history];
  const past = extras.pasts?.get(c.community);
  if (past) entry.past = past;
  return entry;
}

/** A state as the map and list show it: a verb, a glyph and a short label. `self` is the domain's own server. */
export type ShownState = ReachState | 'self';

/** Each shown state's glyph: a shape besides colour and pattern. */
export const STATE_GLYPHS: Readonly<Record<ShownState, string>> = { suspends: '✕', limits: '−', reaches: '✓', unknown: '?', self: '◎' };

/** How each state is shown in an interface language (label, glyph and legend line). */
export function stateWords(t: Translate): Record<ShownState, { label: string; glyph: string; legend: string }> {
  const one = (s: ShownState) => ({ label: t(`labels.state.${s}`), glyph: STATE_GLYPHS[s], legend: t(`labels.state.${s}.legend`) });
  return { suspends: one('suspends'), limits: one('limits'), reaches: one('reaches'), unknown: one('unknown'), self: one('self') };
}

/** The reason behind an answer in an interface language. */
export function reasonText(reason: ReachReason, t: Translate): string {
  return t(`labels.reason.${reason}`);
}

/** The shown states in legend order. */
export const SHOWN_STATES: readonly ShownState[] = ['suspends', 'limits', 'reaches', 'unknown', 'self'];


/**
 * An entry in a sentence for the list and the popups, in the interface language of `t`: "Suspends threads.net
 * since 2025-01-19 (last confirmed 2026-04-12)", "Unknown: its block list has not been read", "Reaches
 * threads.net: its published list has no entry for it (last confirmed 2026-04-12)". `undefined` entry means the server is the domain itself. Days stay ISO (the map's status and the
 * date field show the same form).
 */
export function reachSentence(domain: string, entry: ShardEntry | undefined, t: Translate): string {
  if (entry === undefined) return t('reach.sentence.self', { domain });
  if (entry.stale) return entry.onDay === undefined ? t('reach.sentence.not-confirmed') : t('reach.sentence.not-confirmed-on-day', { day: entry.onDay });
  const confirmed = entry.confirmed !== undefined ? t('reach.sentence.confirmed', { date: entry.confirmed }) : '';
  if (entry.onDay !== undefined) {
    if (entry.state === 'unknown') return t('reach.sentence.unknown-on-day', { day: entry.onDay });
    if (entry.state === 'reaches') return t('reach.sentence.reaches-on-day', { domain, day: entry.onDay }) + confirmed;
    return t('reach.sentence.state-on-day', { state: t(`labels.state.${entry.state}`), domain, day: entry.onDay }) + confirmed;
  }
  const via = entry.via ? t('reach.sentence.via', { domain: entry.via }) : '';
  const since = entry.since ? t(entry.onOrBefore ? 'reach.sentence.since-on-or-before' : 'reach.sentence.since', { date: entry.since }) : '';
  const until = entry.until ? t('reach.sentence.until', { date: entry.until }) : '';
  switch (entry.state) {
    case 'suspends':
    case 'limits':
      return t(`reach.sentence.${entry.state}`, { domain, via, since, until }) + confirmed;
    case 'reaches':
      return t('reach.sentence.reaches', { domain, reason: reasonText(entry.reason, t) }) + confirmed;
    case 'unknown': {
      const open = entry.possible ? t('reach.sentence.possible', { states: entry.possible.map((s) => t(`labels.state.${s}`).toLowerCase()).join(t('reach.sentence.or')) }) : '';
      return t('reach.sentence.unknown', { open, reason: reasonText(entry.reason, t) });
    }
  }
}

/** What the domain does back, in words, when it is a curated server: "threads.net towards it: suspends". */
export function backSentence(domain: string, entry: ShardEntry | undefined, t: Translate): string | undefined {
  if (entry?.back === undefined) return undefined;
  return t('reach.sentence.back', { domain, state: t(`labels.state.${entry.back}`).toLowerCase() });
}

/** The state to show for a server: its entry's state, or `self` when the server is the domain. */
export function shownState(shard: ReachShard, serverDomain: string): ShownState | undefined {
  if (shard.self === serverDomain) return 'self';
  return shard.servers[serverDomain]?.state;
}

/** The URL path of a domain's shard under the site's root: `data/reach/threads.net.json`. */
export function shardPath(domain: string): string {
  return `data/reach/${domain}.json`;
}
