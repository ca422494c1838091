/**
 * Looking up the full graph on a day in its edges' spans (edge-spans.ts). Imports nothing, so it bundles to the
 * browser on its own: the browser never decides a state, it only finds the spans that contain the day.
 */

/** The states an edge is drawn in. */
export type SpanState = 'suspends' | 'limits';

/** One edge's state over a stretch of days. */
export interface EdgeSpan {
  /** The community's domain. */
  source: string;
  /** The domain it acts on. */
  target: string;
  /** What it does over the span. */
  state: SpanState;
  /** The first day of the span ("YYYY-MM-DD", inclusive). */
  from: string;
  /** The first day after it (exclusive); absent while it lasts. */
  until?: string;
  /** The day a source last confirmed the state over the span (the segment's, `confirmedSegments`); absent when none did. */
  confirmed?: string;
}

/** Whether a span holds on `day`: from its first day (inclusive) up to, not including, `until`. */
export function spanHolds(span: Pick<EdgeSpan, 'from' | 'until'>, day: string): boolean {
  return span.from <= day && (span.until === undefined || day < span.until);
}

/** The spans that hold on `day`: the graph's edges that day (at most one per pair, as the segments never overlap). */
export function edgesOnDay<S extends Pick<EdgeSpan, 'from' | 'until'>>(spans: readonly S[], day: string): S[] {
  return spans.filter((s) => spanHolds(s, day));
}

/** How many communities suspend or limit each target on `day`, by target. */
export function actingOnDay(spans: readonly EdgeSpan[], day: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of spans) if (spanHolds(s, day)) out.set(s.target, (out.get(s.target) ?? 0) + 1);
  return out;
}

/** How many edges are in each state on `day`. */
export function edgeCountsOnDay(spans: readonly Pick<EdgeSpan, 'state' | 'from' | 'until'>[], day: string): Record<SpanState, number> {
  const counts = { suspends: 0, limits: 0 };
  for (const s of spans) if (spanHolds(s, day)) counts[s.state]++;
  return counts;
}

/** The days on which some edge begins or ends, sorted, without repeats (a replay's play button stops on each). */
export function spanChangeDays(spans: readonly Pick<EdgeSpan, 'from' | 'until'>[]): string[] {
  const days = new Set<string>();
  for (const s of spans) {
    days.add(s.from);
    if (s.until !== undefined) days.add(s.until);
  }
  return [...days].sort();
}
