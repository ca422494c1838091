/** The edge spans in the graph's JSON: day numbers, encoding, decoding of untrusted input, the day's edges. */
import { describe, expect, it } from 'vitest';
import type { EdgeSpan } from '../../../src/lib/graph/edge-spans-lookup.ts';
import { confirmedSince, dayNumber, dayOfNumber, decodeSpans, drawActingOn, drawEdgesOn, drawSpanOn, encodeSpans, sameEdgeSet } from '../../../src/lib/views/graph-spans.ts';

const spans: EdgeSpan[] = [
  { source: 'a.example', target: 'threads.net', state: 'suspends', from: '2025-01-19', confirmed: '2026-04-12' },
  { source: 'b.example', target: 'threads.net', state: 'limits', from: '2023-07-05', until: '2024-01-01' },
  { source: 'b.example', target: 'gone.example', state: 'suspends', from: '2023-01-01' },
];

describe('graph spans', () => {
  it('day numbers count from 1970-01-01 and round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2025-01-19')).toBe(20107);
    expect(dayOfNumber(20107)).toBe('2025-01-19');
  });

  it('encodes the spans between the nodes given (0: open; the confirmation in days after the first, -1: none), and decodes them back', () => {
    const nodes = ['a.example', 'b.example', 'threads.net'];
    const encoded = encodeSpans(spans, nodes);
    expect(encoded).toEqual({
      sources: [0, 1, 1, 1],
      targets: [2, 2],
      states: '01',
      from: [20107, dayNumber('2023-07-05')],
      until: [0, dayNumber('2024-01-01')],
      // 2025-01-19 to 2026-04-12: 365 days to 2026-01-19, 31 + 28 + 31 to 2026-04-19, less 7: 448
      confirmed: [448, -1],
    });
    const decoded = decodeSpans(JSON.parse(JSON.stringify(encoded)), nodes.length);
    expect(decoded).toEqual([
      { source: 0, target: 2, state: 'suspends', from: 20107, until: Infinity, confirmed: 20107 + 448 },
      { source: 1, target: 2, state: 'limits', from: dayNumber('2023-07-05'), until: dayNumber('2024-01-01'), confirmed: -Infinity },
    ]);
    expect(dayOfNumber(decoded[0]!.confirmed)).toBe('2026-04-12');
    // from inclusive, until exclusive
    expect(drawEdgesOn(decoded, dayNumber('2025-01-18'))).toEqual([]);
    expect(drawEdgesOn(decoded, dayNumber('2023-12-31'))).toEqual([{ source: 1, target: 2, state: 'limits' }]);
    expect(drawEdgesOn(decoded, dayNumber('2024-01-01'))).toEqual([]);
    expect(drawEdgesOn(decoded, dayNumber('2025-01-19'))).toEqual([{ source: 0, target: 2, state: 'suspends' }]);
    expect(drawActingOn(decoded, 3, dayNumber('2025-01-19'))).toEqual([0, 0, 1]);
  });

  it('drops anything malformed or out of range', () => {
    expect(decodeSpans(null, 3)).toEqual([]);
    expect(decodeSpans({}, 3)).toEqual([]);
    expect(decodeSpans([[0, 1, 1, 5, 0, 3]], 3)).toEqual([]);
    // From source 0: a target out of range, a state that is not suspends or limits, a missing day, a day that is not
    // an integer, then one good span (target 1, as the three before it); from source "0" (not a number): dropped.
    const columns = { sources: [0, 5, '0', 1], targets: [9, -8, 0, 0, 0, 0], states: '020011', from: [1, 1, 1, 1.5, 5, 1], until: [0, 0, 0, 0, 0, 0], confirmed: [0, 0, undefined, 0, 3, 0] };
    expect(decodeSpans(columns, 3)).toEqual([{ source: 0, target: 1, state: 'limits', from: 5, until: Infinity, confirmed: 8 }]);
  });

  it('with a period, a span that holds counts only when confirmed on or after the period\'s first day; otherwise it is stale', () => {
    const decoded = decodeSpans(encodeSpans(spans, ['a.example', 'b.example', 'threads.net']), 3);
    const day = '2027-04-12';
    // a.example's suspension was last confirmed on 2026-04-12: exactly a year before, so it counts within a year
    expect(confirmedSince(day, 12)).toBe(dayNumber('2026-04-12'));
    expect(confirmedSince(day, undefined)).toBe(-Infinity);
    expect(drawEdgesOn(decoded, dayNumber(day), confirmedSince(day, 12))).toEqual([{ source: 0, target: 2, state: 'suspends' }]);
    const later = '2027-04-13';
    expect(drawEdgesOn(decoded, dayNumber(later), confirmedSince(later, 12))).toEqual([]);
    expect(drawActingOn(decoded, 3, dayNumber(later), confirmedSince(later, 12))).toEqual([0, 0, 0]);
    expect(drawSpanOn(decoded[0]!, dayNumber(later), confirmedSince(later, 12))).toBe('stale');
    expect(drawSpanOn(decoded[0]!, dayNumber(later), confirmedSince(later, 24))).toBe('suspends');
    expect(drawSpanOn(decoded[0]!, dayNumber(later))).toBe('suspends');
    // a span with no confirmation is stale under any period, and not drawn outside its days
    expect(drawSpanOn(decoded[1]!, dayNumber('2023-12-31'), confirmedSince('2023-12-31', 60))).toBe('stale');
    expect(drawSpanOn(decoded[1]!, dayNumber('2024-01-01'))).toBeUndefined();
  });
});

describe('sameEdgeSet', () => {
  const e = (source: number, target: number, state: 'suspends' | 'limits') => ({ source, target, state });
  it('is true for the same edges in another order, with or without their dates and evidence', () => {
    const withEvidence = { ...e(0, 1, 'suspends'), evidence: 'https://x.example/' };
    expect(sameEdgeSet([e(0, 1, 'suspends'), e(2, 1, 'limits')], [e(2, 1, 'limits'), withEvidence])).toBe(true);
    expect(sameEdgeSet([], [])).toBe(true);
  });
  it('is false when an edge changes its state, its ends, or the count of a repeated edge differs', () => {
    expect(sameEdgeSet([e(0, 1, 'suspends')], [e(0, 1, 'limits')])).toBe(false);
    expect(sameEdgeSet([e(0, 1, 'suspends')], [e(1, 0, 'suspends')])).toBe(false);
    expect(sameEdgeSet([e(0, 1, 'suspends'), e(0, 1, 'suspends')], [e(0, 1, 'suspends'), e(2, 1, 'suspends')])).toBe(false);
    expect(sameEdgeSet([e(0, 1, 'suspends')], [])).toBe(false);
  });
});
