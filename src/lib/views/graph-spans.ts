/**
 * The full graph's edge spans in their JSON (`data/graph/spans/min-<n>.json`, key `spans`; node indices in the order of
 * `data/graph/min-<n>.json`), compactly, one column per field (PayloadSpans): runs of spans from one source, each
 * span's target as a step from the one before in its run, its state code as a digit, its first day and first day
 * after (0 for a span that lasts), days counted from 1970-01-01, and `confirmed`, the day a source last confirmed the
 * span's state as days after its first day (-1: none did). Encoded at build time, decoded in the browser, which then recolours the graph for any
 * day, and for a reader's period (`?confirmed=`, src/lib/map/period.ts), by look-up (the layout stays the build's).
 * Both directions live here so they never disagree.
 */
import { edgeColumnWriter, readEdgeColumns } from './edge-columns.ts';
import type { EdgeSpan, SpanState } from '../graph/edge-spans-lookup.ts';
import { periodStart } from '../map/period.ts';
import { addDays, daysBetween } from '../map/replay.ts';
import { EDGE_STATES, type DrawEdge } from './graph-data.ts';

/** The day numbered 0. */
export const DAY_ZERO = '1970-01-01';

/**
 * The spans, one column per field, in order: `sources` runs `[source index, how many spans, …]`; per span, its
 * target index less the one before it in its run (the first: less 0), its state code (EDGE_STATES) as one digit of
 * `states`, its first day, the first day after it (0: open), and the day a source last confirmed it, in days after
 * the first day (-1: none did).
 */
export interface PayloadSpans {
  sources: number[];
  targets: number[];
  states: string;
  from: number[];
  until: number[];
  confirmed: number[];
}

/** A span decoded for drawing: node indices and day numbers (`until` is Infinity while it lasts). */
export interface DrawSpan {
  source: number;
  target: number;
  state: SpanState;
  from: number;
  until: number;
  /** The day number a source last confirmed the state (-Infinity when none did). */
  confirmed: number;
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
export function encodeSpans(spans: readonly EdgeSpan[], nodeIds: readonly string[]): PayloadSpans {
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const out: PayloadSpans = { sources: [], targets: [], states: '', from: [], until: [], confirmed: [] };
  const states: number[] = [];
  const write = edgeColumnWriter(out);
  for (const s of spans) {
    const source = index.get(s.source);
    const target = index.get(s.target);
    if (source === undefined || target === undefined) continue;
    write(source, target);
    const from = dayNumber(s.from);
    states.push(EDGE_STATES.indexOf(s.state));
    out.from.push(from);
    out.until.push(s.until === undefined ? 0 : dayNumber(s.until));
    out.confirmed.push(s.confirmed === undefined ? -1 : dayNumber(s.confirmed) - from);
  }
  out.states = states.join('');
  return out;
}

/** Decodes the payload's spans (untrusted in shape): anything malformed or out of range is dropped. */
export function decodeSpans(value: unknown, nodeCount: number): DrawSpan[] {
  const v = value as Partial<PayloadSpans> | null;
  if (!v || typeof v !== 'object' || !Array.isArray(v.sources) || !Array.isArray(v.targets) || typeof v.states !== 'string') return [];
  const column = (c: unknown) => (Array.isArray(c) ? (c as unknown[]) : []);
  const [runs, targets, states, froms, untils, confirmeds] = [v.sources, v.targets, v.states, column(v.from), column(v.until), column(v.confirmed)];
  const out: DrawSpan[] = [];
  readEdgeColumns(runs, targets, (k, source, target) => {
    const [from, until, confirmed] = [froms[k], untils[k], confirmeds[k]];
    if (![source, target, from, until, confirmed].every((x) => Number.isInteger(x))) return;
    const state = EDGE_STATES[Number(states[k])];
    if ((state !== 'suspends' && state !== 'limits') || source < 0 || source >= nodeCount || target < 0 || target >= nodeCount) return;
    const f = from as number;
    out.push({ source, target, state, from: f, until: until === 0 ? Infinity : (until as number), confirmed: (confirmed as number) < 0 ? -Infinity : f + (confirmed as number) });
  });
  return out;
}

/**
 * The first day number a span's confirmation must reach to count on `day` when a reader restricts answers to
 * `months` (`periodStart`); -Infinity without a period (every span counts).
 */
export function confirmedSince(day: string, months: number | undefined): number {
  return months === undefined ? -Infinity : dayNumber(periodStart(day, months));
}

/** Whether a span counts on the day numbered `day`: it holds then (from inclusive, until exclusive) and was confirmed on or after `since`. */
function counts(s: DrawSpan, day: number, since: number): boolean {
  const shown = drawSpanOn(s, day, since);
  return shown !== undefined && shown !== 'stale';
}

/**
 * The edges to draw on the day numbered `day`: the spans that hold then (from inclusive, until exclusive) and, with a
 * period (`since`, from `confirmedSince`), were confirmed within it.
 */
export function drawEdgesOn(spans: readonly DrawSpan[], day: number, since = -Infinity): DrawEdge[] {
  const out: DrawEdge[] = [];
  for (const s of spans) if (counts(s, day, since)) out.push({ source: s.source, target: s.target, state: s.state });
  return out;
}

/** How many communities suspend or limit each node on the day numbered `day` (within the period from `since`), by node index. */
export function drawActingOn(spans: readonly DrawSpan[], nodeCount: number, day: number, since = -Infinity): number[] {
  const out = new Array<number>(nodeCount).fill(0);
  for (const s of spans) if (counts(s, day, since)) out[s.target]!++;
  return out;
}

/**
 * What a span says of its source towards its target on the day numbered `day`: its state when it counts, `stale` when
 * it holds but was not confirmed within the period (its answer is then unknown), undefined when it does not hold.
 */
export function drawSpanOn(s: DrawSpan, day: number, since = -Infinity): SpanState | 'stale' | undefined {
  if (!(s.from <= day && day < s.until)) return undefined;
  return s.confirmed >= since ? s.state : 'stale';
}

/**
 * Whether two lists hold the same edges (the same ends in the same state), in any order: a replayed day whose edges
 * are those already drawn needs no redraw (the full graph's first day is the day its file was built for).
 */
export function sameEdgeSet(a: readonly Pick<DrawEdge, 'source' | 'target' | 'state'>[], b: readonly Pick<DrawEdge, 'source' | 'target' | 'state'>[]): boolean {
  if (a.length !== b.length) return false;
  const key = (e: Pick<DrawEdge, 'source' | 'target' | 'state'>) => `${e.source}>${e.target}:${e.state}`;
  const seen = new Map<string, number>();
  for (const e of a) seen.set(key(e), (seen.get(key(e)) ?? 0) + 1);
  for (const e of b) {
    const n = seen.get(key(e));
    if (!n) return false;
    seen.set(key(e), n - 1);
  }
  return true;
}
