/**
 * The domain look-up's answer for a domain no curated community acts on, from the build-time summary of what each
 * community's silence means (absence.ts). Imports nothing (types only), so it bundles to the browser on its own.
 */
import type { ReachReason } from './state.ts';

/** One community's answer for a domain it has no decision on. */
export interface AbsenceEntry {
  /** The community's domain. */
  community: string;
  /** `reaches` (its published list has nothing on the domain) or `unknown`. */
  state: 'reaches' | 'unknown';
  /** The day the answer speaks for: the latest reading of its list for `reaches`, else the day asked about. */
  asOf: string;
  /** Why (the reach model's reason). */
  reason: ReachReason;
}

/** Every community's answer for a domain none of them acts on, as of a day. */
export interface AbsenceSummary {
  /** The day asked about ("today"). */
  day: string;
  /** One entry per curated community, in the order given (sorted by domain when prepared by `prepareAll`). */
  communities: AbsenceEntry[];
}

/** How the look-up answers a domain no curated community acts on. */
export interface UnactedAnswer {
  /** The domain asked about. */
  domain: string;
  /** The communities whose published list has nothing on it: they reach it, as of their readings. */
  reaches: string[];
  /** The communities whose answer is unknown (their list is unknown or partial, or not read for the day). */
  unknown: string[];
  /** The earliest and latest day the `reaches` answers speak for; absent when none reaches it. */
  asOf?: { from: string; to: string };
}

/**
 * The answer for `domain`, which no curated community acts on (neither on it nor on a parent domain: the caller
 * checks): every community of the summary but the domain's own server, split into those that reach it and those
 * whose answer is unknown, with the days the `reaches` answers speak for. Pure and small: it runs in the browser.
 */
export function unactedAnswer(summary: AbsenceSummary, domain: string): UnactedAnswer {
  const answer: UnactedAnswer = { domain, reaches: [], unknown: [] };
  let from: string | undefined;
  let to: string | undefined;
  for (const entry of summary.communities) {
    if (entry.community === domain) continue;
    if (entry.state === 'reaches') {
      answer.reaches.push(entry.community);
      if (from === undefined || entry.asOf < from) from = entry.asOf;
      if (to === undefined || entry.asOf > to) to = entry.asOf;
    } else {
      answer.unknown.push(entry.community);
    }
  }
  if (from !== undefined && to !== undefined) answer.asOf = { from, to };
  return answer;
}
