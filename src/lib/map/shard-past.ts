/**
 * What a domain's shard needs, beyond the states over time (`history`), to say what each answer of a past day
 * rested on: the reach model's reason on every day, and for a suspends or limits the deciding decision's dates and
 * evidence. Asked at build time for the communities acting on the domain (those with a covering decision), and
 * written into the shard only where it differs from what their silence gives (src/lib/press/shard-rows.ts reads
 * it; the browser never decides anything, it looks the day up).
 */
import { uncoveredDomain } from '../reach/absence.ts';
import { decidePrepared } from '../reach/decide.ts';
import type { PreparedCommunity } from '../reach/prepare.ts';
import { changeCandidates, EPOCH } from '../reach/segments.ts';
import type { Decision } from '../schema/decision.ts';
import type { ShardDecision, ShardPast } from './reach-shard.ts';

/** The token of a day's answer: the reason code, and for `decision` the index of the deciding decision (`decision:0`). */
function token(reason: string, index: number | undefined): string {
  return index === undefined ? reason : `${reason}:${index}`;
}

/** A decision as the shard writes it: its dates as the data gives them, the parent domain it names, its evidence's URL. */
export function shardDecision(decision: Decision, domain: string, listUrl: string | undefined): ShardDecision {
  const out: ShardDecision = { since: typeof decision.since === 'string' ? decision.since : decision.since.on_or_before };
  if (typeof decision.since !== 'string') out.onOrBefore = true;
  if (decision.until !== undefined) out.until = decision.until;
  if (decision.domain !== undefined && decision.domain !== domain) out.via = decision.domain;
  const evidence = decision.evidence?.url ?? listUrl;
  if (evidence !== undefined) out.evidence = evidence;
  return out;
}

/**
 * The reasons over time of a prepared community's answers about `domain`, as flat segments (the reason on every
 * day before the first change, then pairs of first day and reason; a `decision` reason names its decision by index
 * into `decisions`), asked on `EPOCH` and on every day the answer may change, exactly as the state segments are.
 */
function answerSegments(prepared: PreparedCommunity, domain: string): { answers: string[]; decisions: Decision[] } {
  const decisions: Decision[] = [];
  const answers: string[] = [];
  for (const day of [EPOCH, ...changeCandidates(prepared, domain)]) {
    const answer = decidePrepared(prepared, domain, day);
    let index: number | undefined;
    if (answer.reason === 'decision' && answer.decision) {
      index = decisions.indexOf(answer.decision);
      if (index < 0) index = decisions.push(answer.decision) - 1;
    }
    const t = token(answer.reason, index);
    if (answers.length === 0) answers.push(t);
    else if (t !== answers[answers.length - 1]) answers.push(day, t);
  }
  return { answers, decisions };
}

/** Whether two flat segment lists are the same. */
function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * What a community's answers about `domain` rested on over time, when that differs from its silence's (which the
 * browser can tell from today's reason alone); undefined otherwise. `list`, the URL of its published list, is
 * written when some day's answer rests on the list (`no-decision`), for those rows' evidence.
 */
export function shardPast(prepared: PreparedCommunity, domain: string): ShardPast | undefined {
  const own = answerSegments(prepared, domain);
  const quiet = answerSegments(prepared, uncoveredDomain([prepared]));
  if (same(own.answers, quiet.answers)) return undefined;
  const listUrl = prepared.community.blocklist.evidence?.url;
  const past: ShardPast = { answers: own.answers };
  if (own.decisions.length > 0) past.decisions = own.decisions.map((d) => shardDecision(d, domain, listUrl));
  if (listUrl !== undefined && own.answers.includes('no-decision')) past.list = listUrl;
  return past;
}

/**
 * `shardPast` of each community in `actors` (those with a decision covering `domain`) for which it is defined,
 * keyed by community domain. The domain's own server is never among them.
 */
export function domainPasts(actors: readonly PreparedCommunity[], domain: string): Map<string, ShardPast> {
  const out = new Map<string, ShardPast>();
  for (const p of actors) {
    if (p.community.domain === domain) continue;
    const past = shardPast(p, domain);
    if (past) out.set(p.community.domain, past);
  }
  return out;
}
