/** The edge spans in the graph's JSON: day numbers, encoding, decoding of untrusted input, the day's edges. */
import { describe, expect, it } from 'vitest';
import type { EdgeSpan } from '../../../src/lib/graph/edge-spans-lookup.ts';
import { dayNumber, dayOfNumber, decodeSpans, drawActingOn, drawEdgesOn, encodeSpans } from '../../../src/lib/views/graph-spans.ts';

const spans: EdgeSpan[] = [
  { source: 'a.example', target: 'threads.net', state: 'suspends', from: '2025-01-19' },
  { source: 'b.example', target: 'threads.net', state: 'limits', from: '2023-07-05', until: '2024-01-01' },
  { source: 'b.example', target: 'gone.example', state: 'suspends', from: '2023-01-01' },
];

describe('graph spans', () => {
  it('day numbers count from 1970-01-01 and round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2025-01-19')).toBe(20107);
    expect(dayOfNumber(20107)).toBe('2025-01-19');
  });

  it('encodes the spans between the nodes given (0: open), and decodes them back', () => {
    const nodes = ['a.example', 'b.example', 'threads.net'];
    const encoded = encodeSpans(spans, nodes);
    expect(encoded).toEqual([
      [0, 2, 0, 20107, 0],
      [1, 2, 1, dayNumber('2023-07-05'), dayNumber('2024-01-01')],
    ]);
    const decoded = decodeSpans(JSON.parse(JSON.stringify(encoded)), nodes.length);
    expect(decoded).toEqual([
      { source: 0, target: 2, state: 'suspends', from: 20107, until: Infinity },
      { source: 1, target: 2, state: 'limits', from: dayNumber('2023-07-05'), until: dayNumber('2024-01-01') },
    ]);
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
    expect(decodeSpans([[0, 9, 0, 1, 0], [0, 1, 2, 1, 0], [0, 1, 0, 1], ['0', 1, 0, 1, 0], [0, 1, 1.5, 1, 0], [0, 1, 1, 5, 0]], 3)).toEqual([
      { source: 0, target: 1, state: 'limits', from: 5, until: Infinity },
    ]);
  });
});
