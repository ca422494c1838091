/**
 * The full graph over time: each edge's spans, the days on which a community suspends or limits a domain. They are
 * read off the reach model's state segments (src/lib/reach/segments.ts), never re-derived here: a decision counts
 * from its `since` (inclusive) to its `until` (exclusive), an "on or before" since and a since or until known only
 * to the month or year leave the days in doubt `unknown` (no edge), exactly as `reachPrepared` answers on each day.
 * Computed at build time, the spans let the /graph/ page recolour any day by look-up alone (edge-spans-lookup.ts).
 */
import { compareText } from '../order.ts';
import { actorsCovering, type ActorIndex } from '../reach/actors.ts';
import { confirmedSegments, EPOCH } from '../reach/segments.ts';
import { readToken, type StateSegments } from '../reach/segment-lookup.ts';
import type { EdgeSpan } from './edge-spans-lookup.ts';

/**
 * The spans in which `segments` are `suspends` or `limits`, in order: the first segment starts on `EPOCH`; a span
 * ends (exclusive) where the next segment begins, and the last one is open. A segment's confirmation
 * (`suspends@2026-04-12`) becomes the span's `confirmed`.
 */
export function spansOfSegments(segments: StateSegments): Omit<EdgeSpan, 'source' | 'target'>[] {
  const out: Omit<EdgeSpan, 'source' | 'target'>[] = [];
  for (let i = 0; i < segments.length; i += 2) {
    // [state0, day1, state1, day2, state2, …]: a state at index i begins on the day at i − 1 and ends on the one at i + 1
    const { state, confirmed } = readToken(segments[i]!);
    const from = i === 0 ? EPOCH : segments[i - 1]!;
    if (state !== 'suspends' && state !== 'limits') continue;
    const until = segments[i + 1];
    const span: Omit<EdgeSpan, 'source' | 'target'> = until === undefined ? { state, from } : { state, from, until };
    if (confirmed !== undefined) span.confirmed = confirmed;
    out.push(span);
  }
  return out;
}

/**
 * Every span of every edge into `targets` (`index` is `indexActors(prepared)`): for each target, each community
 * with a decision covering it (its own server left out), the spans in which the model says it suspends or limits
 * the target, each with the day a source last confirmed it. Sorted by source, target, then first day.
 */
export function edgeSpans(index: ActorIndex, targets: Iterable<string>): EdgeSpan[] {
  const out: EdgeSpan[] = [];
  for (const target of targets) {
    for (const p of actorsCovering(index, target)) {
      for (const span of spansOfSegments(confirmedSegments(p, target))) out.push({ source: p.community.domain, target, ...span });
    }
  }
  return out.sort((a, b) => compareText(a.source, b.source) || compareText(a.target, b.target) || compareText(a.from, b.from));
}
