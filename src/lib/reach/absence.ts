/**
 * What each curated community's silence means: the answer for a domain that no decision of any community
 * covers. The domain look-up uses it to answer, in the browser, for a domain nobody acts on, without running the
 * reach model there: the model is asked here, at build time, about a domain no decision covers, and for every
 * such domain the answer is the same (a published list's absence is `reaches`, last confirmed by its latest
 * reading; anything else is `unknown`).
 *
 * The types and the browser-side `unactedAnswer` live in absence-answer.ts, which imports nothing, so the
 * browser bundle stays small.
 */
import type { AbsenceEntry, AbsenceSummary } from './absence-answer.ts';
import { coveringDecisions, type PreparedCommunity } from './prepare.ts';
import { reachPrepared } from './reach.ts';

/**
 * A domain no decision of the communities covers: `absent.invalid` (`.invalid` is reserved, RFC 2606), or, if
 * some decision happens to cover that, the first of `absent.invalid2`, `absent.invalid3`, … that none covers.
 * Each candidate is under a different top-level label, so a decision covers at most one of them, and the search
 * ends within one more step than there are decisions.
 */
export function uncoveredDomain(prepared: readonly PreparedCommunity[]): string {
  for (let i = 1; ; i++) {
    const domain = i === 1 ? 'absent.invalid' : `absent.invalid${i}`;
    if (prepared.every((p) => coveringDecisions(p, domain).length === 0)) return domain;
  }
}

/**
 * Asks the reach model (as of `today`) what every community does to a domain none of them has a
 * decision on. The answer holds for every such domain, except that a domain's own server is left out of it
 * (see `unactedAnswer`).
 */
export function absenceSummary(prepared: readonly PreparedCommunity[], today: string): AbsenceSummary {
  const domain = uncoveredDomain(prepared);
  const communities = prepared.map((p): AbsenceEntry => {
    const answer = reachPrepared(p, domain, today);
    if (answer.state !== 'reaches' && answer.state !== 'unknown') throw new Error(`${p.community.domain} acts on ${domain}, which no decision should cover`);
    const entry: AbsenceEntry = { community: p.community.domain, state: answer.state, reason: answer.reason };
    if (answer.confirmed !== undefined) entry.confirmed = answer.confirmed;
    return entry;
  });
  return { day: today, communities };
}

export { unactedAnswer, type AbsenceEntry, type AbsenceSummary, type UnactedAnswer } from './absence-answer.ts';
