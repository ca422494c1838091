/**
 * The full graph's edge spans in its JSON (`data/graph/min-<n>.json`, key `spans`), compactly: one array per span,
 * `[source index, target index, state code, first day, first day after | 0]`, days counted from 1970-01-01 and 0
 * for a span that lasts. Encoded at build time, decoded in the browser, which then recolours the graph for any day
 * by look-up (the layout stays the build's). Both directions live here so they never disagree.
 */
import type { EdgeSpan, SpanState } from '../graph/edge-spans-lookup.ts';
import { addDays, daysBetween } from '../map/replay.ts';
import { EDGE_STATES, type DrawEdge } from './graph-data.ts';

/** The day numbered 0. */
export const DAY_ZERO = '1970-01-01';

/** One span: source and target node indices, state code (EDGE_STATES), first day, first day after it (0: open). */
export type PayloadSpan = [source: number, target: number, state: number, from: number, until: number];

/** A span decoded for drawing: node indices and day numbers (`until` is Infinity while it lasts). */
export interface DrawSpan {
  source: number;
  target: number;
  state: SpanState;
  from: number;
  until: number;
}

/** A day's number: whole days since 1970-01-01. */
export function dayNumber(day: string): number {
  return daysBetween(DAY_ZERO, day);
}

/** The day of a number. */
export function dayOfNumber(n: number): string {
  return addDays(DAY_ZERO, n);
}

/**
 * The spans between the nodes given (by id, in the payload's node order), encoded; spans with an end outside them
 * are left out (a smaller variant keeps fewer domains). The order of `spans` is kept.
 */
export function encodeSpans(spans: readonly EdgeSpan[], nodeIds: readonly string[]): PayloadSpan[] {
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const out: PayloadSpan[] = [];
  for (const s of spans) {
    const source = index.get(s.source);
    const target = index.get(s.target);
    if (source === undefined || target === undefined) continue;
    out.push([source, target, EDGE_STATES.indexOf(s.state), dayNumber(s.from), s.until === undefined ? 0 : dayNumber(s.until)]);
  }
  return out;
}

/** Decodes the payload's spans (untrusted in shape): anything malformed or out of range is dropped. */
export function decodeSpans(value: unknown, nodeCount: number): DrawSpan[] {
  if (!Array.isArray(value)) return [];
  const out: DrawSpan[] = [];
  for (const item of value) {
    if (!Array.isArray(item) || item.length !== 5 || !item.every((x) => Number.isInteger(x))) continue;
    const [source, target, code, from, until] = item as number[];
    const state = EDGE_STATES[code!];
    if ((state !== 'suspends' && state !== 'limits') || source! < 0 || source! >= nodeCount || target! < 0 || target! >= nodeCount) continue;
    out.push({ source: source!, target: target!, state, from: from!, until: until === 0 ? Infinity : until! });
  }
  return out;
}

/** The edges to draw on the day numbered `day`: the spans that hold then (from inclusive, until exclusive). */
export function drawEdgesOn(spans: readonly DrawSpan[], day: number): DrawEdge[] {
  const out: DrawEdge[] = [];
  for (const s of spans) if (s.from <= day && day < s.until) out.push({ source: s.source, target: s.target, state: s.state });
  return out;
}

/** How many communities suspend or limit each node on the day numbered `day`, by node index. */
export function drawActingOn(spans: readonly DrawSpan[], nodeCount: number, day: number): number[] {
  const out = new Array<number>(nodeCount).fill(0);
  for (const s of spans) if (s.from <= day && day < s.until) out[s.target]!++;
  return out;
}
