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
  /** For `reaches`: the day a source last confirmed it (the latest reading of its list). */
  confirmed?: string;
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
  /** The communities whose published list has nothing on it: they reach it (last confirmed by their readings). */
  reaches: string[];
  /** The communities whose answer is unknown (their list is unknown or partial, or first read after the day). */
  unknown: string[];
  /** The earliest and latest day a source confirmed the `reaches` answers; absent when none reaches it. */
  confirmed?: { from: string; to: string };
}

/**
 * The answer for `domain`, which no curated community acts on (neither on it nor on a parent domain: the caller
 * checks): every community of the summary but the domain's own server, split into those that reach it and those
 * whose answer is unknown, with the days a source last confirmed the `reaches` answers. Pure and small: it runs in the browser.
 */
export function unactedAnswer(summary: AbsenceSummary, domain: string): UnactedAnswer {
  const answer: UnactedAnswer = { domain, reaches: [], unknown: [] };
  let from: string | undefined;
  let to: string | undefined;
  for (const entry of summary.communities) {
    if (entry.community === domain) continue;
    if (entry.state === 'reaches') {
      answer.reaches.push(entry.community);
      const day = entry.confirmed;
      if (day !== undefined && (from === undefined || day < from)) from = day;
      if (day !== undefined && (to === undefined || day > to)) to = day;
    } else {
      answer.unknown.push(entry.community);
    }
  }
  if (from !== undefined && to !== undefined) answer.confirmed = { from, to };
  return answer;
}
