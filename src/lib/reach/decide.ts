/**
 * The reach model's decision: which state a curated community is in towards a domain on a day, and why. See
 * README.md in this folder. `reachPrepared` (reach.ts) adds the day a source last confirmed it.
 *
 * The answer is computed as the set of known states (suspends, limits, reaches) that remain possible given what
 * the atlas knows. One possible state is that state; more than one is `unknown`. So `reaches` is only ever said
 * when nothing the atlas knows leaves room for a block.
 */
import type { Decision } from '../schema/decision.ts';
import { inForceOn } from './decision-window.ts';
import { assertDay } from './day.ts';
import { coveringDecisions, type PreparedCommunity } from './prepare.ts';
import { KNOWN_STATES, stateOfSeverity, type KnownState, type Reach, type ReachReason } from './state.ts';

/** What the absence of a covering decision means on a day: which states stay possible, and why. */
export function absenceMeans(prepared: PreparedCommunity, day: string): { possible: readonly KnownState[]; reason: ReachReason } {
  const open = KNOWN_STATES;
  const status = prepared.community.blocklist.status;
  if (status === 'partial') return { possible: open, reason: 'list-partial' };
  const list = prepared.list;
  if (status !== 'published' || list === undefined) return { possible: open, reason: 'list-unknown' };
  if (day < list.from) return { possible: open, reason: 'before-list-read' };
  // After the latest reading, what the list showed holds until a later source shows otherwise: the same rule as
  // for a decision still listed. The answer's `confirmed` day says how old that reading is.
  return { possible: ['reaches'], reason: 'no-decision' };
}

/**
 * What a prepared community does to `domain` on `day`, without the day a source last confirmed it (that is
 * `reachPrepared`'s, which asks this on the days around). Bulk counts that need the state alone ask this.
 *
 * Walks the covering decisions from the most specific target to the least (a decision on `a.example` beats one
 * on `example`, as Mastodon's longest-match rule does). A target with a decision surely in force that day decides,
 * and the walk stops. A decision that may or may not be in force adds its state to the possible ones and the walk
 * goes on (for the case where it was not in force). When the walk runs out, the absence of a decision adds what
 * the list status allows: `reaches` within the window a published list speaks for, anything otherwise.
 */
export function decidePrepared(prepared: PreparedCommunity, domain: string, day: string): Reach {
  assertDay(day);
  const possible = new Set<KnownState>();
  let decided: Decision | undefined;
  let uncertain: Decision | undefined;
  let absence: ReachReason | undefined;
  for (const level of coveringDecisions(prepared, domain)) {
    const surely = level.find((d) => inForceOn(d.window, day) === 'in');
    if (surely) {
      decided = surely.decision;
      possible.add(stateOfSeverity(decided.severity));
      break;
    }
    for (const d of level) {
      if (inForceOn(d.window, day) !== 'maybe') continue;
      possible.add(stateOfSeverity(d.decision.severity));
      uncertain ??= d.decision;
    }
  }
  if (decided === undefined) {
    const none = absenceMeans(prepared, day);
    for (const s of none.possible) possible.add(s);
    absence = none.reason;
  }
  const states = KNOWN_STATES.filter((s) => possible.has(s));
  if (states.length === 1) {
    const state = states[0]!;
    return decided ? { state, reason: 'decision', possible: states, decision: decided } : { state, reason: absence!, possible: states };
  }
  const reason: ReachReason = uncertain ? 'uncertain-decision' : absence!;
  return uncertain ? { state: 'unknown', reason, possible: states, decision: uncertain } : { state: 'unknown', reason, possible: states };
}
