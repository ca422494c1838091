/**
 * Timelines for many domains at once: the same series as `domainTimeline`, for a build that draws one per
 * domain page. `domainTimeline` asks every community about the domain on every month's last day; most
 * communities have no decision covering a given domain, and their answer on a day is then the same for every
 * such domain (what their list's silence means that day). So that answer is asked once per day, of a domain no
 * decision covers, and only the communities with a decision covering the domain are asked about it. The counts
 * are the same as `domainTimeline`'s (a unit test compares them). Each of those communities is asked only on the days
 * its answer may change (its state segments, segments.ts), and its answer on each month's last day read from them.
 */
import { firstDay } from '../dates.ts';
import { uncoveredDomain } from './absence.ts';
import { actorsCovering, indexActors } from './actors.ts';
import { assertDay } from './day.ts';
import type { PreparedCommunity } from './prepare.ts';
import { decidePrepared } from './decide.ts';
import { EPOCH, stateSegments } from './segments.ts';
import { countStates, type ReachState, type StateCounts } from './state.ts';
import { earliestDecision, monthEnds, type DomainTimeline } from './timeline.ts';

/** A function giving any domain's timeline up to a fixed end day. */
export type TimelineMaker = (domain: string, options?: { from?: string }) => DomainTimeline;

/**
 * Prepares timelines of many domains up to `end` over communities prepared by `prepareAll`: the returned
 * function gives `domainTimeline(servers, domain, end, options)` for any domain, at a cost proportional to the
 * months times the communities acting on that domain, not all communities.
 */
export function timelineMaker(prepared: readonly PreparedCommunity[], end: string): TimelineMaker {
  assertDay(end);
  const index = indexActors(prepared);
  const silent = uncoveredDomain(prepared);
  const position = new Map(prepared.map((p, i) => [p, i]));
  const byDomain = new Map(prepared.map((p) => [p.community.domain, p]));
  /** Per day: every community's answer for a domain no decision covers, and their counts. */
  const baseline = new Map<string, { states: ReachState[]; counts: StateCounts }>();
  const baseOn = (day: string) => {
    let b = baseline.get(day);
    if (!b) {
      const states = prepared.map((p) => decidePrepared(p, silent, day).state);
      b = { states, counts: countStates(states) };
      baseline.set(day, b);
    }
    return b;
  };
  return (domain, options = {}) => {
    const actors = actorsCovering(index, domain);
    const self = byDomain.get(domain);
    // Only the actors (and the domain's own server) can hold a decision covering it: no need to ask every community.
    const from = options.from ?? earliestDecision(self ? [...actors, self] : actors, domain) ?? end;
    assertDay(firstDay(from));
    const days = monthEnds(firstDay(from), end);
    const points = days.map((day) => {
      const base = baseOn(day);
      const counts = { ...base.counts };
      if (self) counts[base.states[position.get(self)!]!]--;
      for (const p of actors) counts[base.states[position.get(p)!]!]--;
      return { day, counts };
    });
    // Each actor's answer changes only on a few days (its state segments): read month by month from them, in one
    // pass over the days, rather than asking the model again every month.
    for (const p of actors) {
      const segments = stateSegments(p, domain);
      let state = segments[0]! as ReachState;
      let next = 1;
      for (let k = 0; k < days.length; k++) {
        const day = days[k]!;
        if (day < EPOCH) {
          points[k]!.counts[decidePrepared(p, domain, day).state]++;
          continue;
        }
        while (next + 1 < segments.length && segments[next]! <= day) {
          state = segments[next + 1]! as ReachState;
          next += 2;
        }
        points[k]!.counts[state]++;
      }
    }
    return { domain, points };
  };
}
