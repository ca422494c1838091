/**
 * The communities that are unknown towards every domain they have no decision on, because of their list status
 * alone (the reach model's reasons `list-unknown` and `list-partial`, src/lib/reach/reach.ts `absenceMeans`).
 * A domain page does not list them row by row (they are the same on every page): it counts them and links to
 * one page that lists them (`/servers/unpublished/`), with their language-free file (`/data/unknown-everywhere.json`).
 * A domain page's download has a row for each, built from the domain's shard (src/lib/press/shard-rows.ts).
 */
import type { AbsenceSummary } from '../reach/absence-answer.ts';
import type { ReachReason } from '../reach/state.ts';

/** The reasons that make a community unknown towards any domain it has no decision on, whatever the domain. */
export const UNKNOWN_EVERYWHERE_REASONS = ['list-unknown', 'list-partial'] as const;

/** One of {@link UNKNOWN_EVERYWHERE_REASONS}. */
export type UnknownEverywhereReason = (typeof UNKNOWN_EVERYWHERE_REASONS)[number];

/** True when `reason` is the same for every domain the community has no decision on (its list status's). */
export function isUnknownEverywhere(reason: ReachReason | string): reason is UnknownEverywhereReason {
  return (UNKNOWN_EVERYWHERE_REASONS as readonly string[]).includes(reason);
}

/** One entry of `/data/unknown-everywhere.json`. */
export interface UnknownEverywhereEntry {
  /** The community's domain. */
  community: string;
  /** Its name, as curated. */
  name: string;
  /** Why it is unknown towards a domain it has no decision on. */
  reason: UnknownEverywhereReason;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The communities whose silence is unknown for a domain-independent reason, from the reach model's answer for a
 * domain nobody acts on (`absenceSummary`), with their names, sorted by domain (code-point order).
 */
export function unknownEverywhere(absence: Pick<AbsenceSummary, 'communities'>, nameOf: (community: string) => string | undefined): UnknownEverywhereEntry[] {
  const out: UnknownEverywhereEntry[] = [];
  for (const e of absence.communities) {
    if (e.state !== 'unknown' || !isUnknownEverywhere(e.reason)) continue;
    out.push({ community: e.community, name: nameOf(e.community) ?? e.community, reason: e.reason });
  }
  return out.sort((a, b) => byCodePoint(a.community, b.community));
}
