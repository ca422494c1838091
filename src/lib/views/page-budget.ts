/**
 * Which acted-on domains get a page of their own (`/domains/<domain>/`) and a reach shard
 * (`/data/reach/<domain>.json`). Each of those lists every curated community, so their total size grows as
 * domains × communities: with hundreds of communities every acted-on domain gets one, but with tens of thousands
 * of communities and a hundred thousand acted-on domains that product would not fit on any disk. The budget caps
 * the product: when the acted-on domains are more than the budget allows, only those acted on by at least K
 * communities get a page, K the smallest number that keeps them within it. The rest are still answered by the
 * domain look-up and listed on the acting servers' pages.
 */
import type { ActedOn } from '../reach/acted-on.ts';

/** Community rows the per-domain pages may hold in all (pages × communities). */
export const DOMAIN_ROWS_BUDGET = 1_500_000;

/** However many communities there are, at least this many domains get a page. */
export const MIN_DOMAIN_PAGES = 500;

/** Which domains get a page. */
export interface DomainPages {
  /** How many communities must act on a domain (on the day) for it to get a page; 0 when every acted-on domain gets one. */
  minActing: number;
  /** The domains with a page, in the order of `actedOn` (most acted on first). */
  paged: ActedOn[];
}

/**
 * The domains that get a page, for `communities` curated communities and the acted-on domains `actedOn`
 * (most acted on first, as `actedOnPrepared` sorts them). Every one of them while
 * `actedOn.length × communities` fits the budget (or `actedOn.length` is at most `minPages`); else those acted on
 * by at least K communities, K ≥ 1 the smallest that leaves at most max(minPages, budget ÷ communities) of them.
 */
export function domainPages(actedOn: readonly ActedOn[], communities: number, budget: number = DOMAIN_ROWS_BUDGET, minPages: number = MIN_DOMAIN_PAGES): DomainPages {
  const maxPages = Math.max(minPages, Math.floor(budget / Math.max(1, communities)));
  if (actedOn.length <= maxPages) return { minActing: 0, paged: [...actedOn] };
  const byActing = [...actedOn].sort((a, b) => b.acting - a.acting);
  const minActing = Math.max(1, byActing[maxPages]!.acting + 1);
  return { minActing, paged: actedOn.filter((a) => a.acting >= minActing) };
}
