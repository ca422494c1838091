/**
 * The reach model's one question: what a curated community does to a domain on a day, what that rests on, and the
 * day a source last confirmed it. See README.md in this folder. Every view, download and embed gets its answer
 * from here (in the browser, from the segments the build wrote with this function's answers).
 */
import { decidePrepared } from './decide.ts';
import { answerOnDay } from './segment-lookup.ts';
import { confirmedSegments } from './segments.ts';
import { prepareCommunity, type PreparedCommunity } from './prepare.ts';
import type { Community, Reach } from './state.ts';

/**
 * What a prepared community does to `domain` on `day`: the state, its reason, the decision behind it, and for a
 * known state the day a source last confirmed it (`confirmed`). For the state alone over many questions,
 * `decidePrepared` (decide.ts) gives the same state without looking for the confirmation.
 */
export function reachPrepared(prepared: PreparedCommunity, domain: string, day: string): Reach {
  const answer = decidePrepared(prepared, domain, day);
  if (answer.state === 'unknown') return answer;
  const confirmed = answerOnDay(confirmedSegments(prepared, domain), day).confirmed;
  return confirmed === undefined ? answer : { ...answer, confirmed };
}

/**
 * What community C does to domain D on day t ("YYYY-MM-DD"): exactly one of suspends, limits, reaches, unknown,
 * with the decision that decided it and the day a source last confirmed it. `domain` is compared in its normal
 * form (lower case, punycode), as stored. For many questions about one community, prepare it once with
 * `prepareCommunity` and use `reachPrepared`.
 */
export function reach(community: Community, domain: string, day: string): Reach {
  return reachPrepared(prepareCommunity(community), domain, day);
}
