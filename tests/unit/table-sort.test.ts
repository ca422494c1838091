/** Sorting a table's rows by one column. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, nextDirection, sortKindOf, sortPermutation } from '../../src/lib/table-sort.ts';

describe('compareKeys', () => {
  it('text ignores case first, then breaks ties by code point', () => {
    expect(compareKeys('b.example', 'A.example', 'text')).toBeGreaterThan(0);
    expect(compareKeys('a', 'A', 'text')).toBeGreaterThan(0);
    expect(compareKeys('same', 'same', 'text')).toBe(0);
  });
  it('numbers compare by value, not as text', () => {
    expect(compareKeys('10', '9', 'number')).toBeGreaterThan(0);
    expect(compareKeys('2.5', '2.50', 'number')).toBe(0);
  });
  it('dates compare as ISO text', () => {
    expect(compareKeys('2023-06', '2023-06-18', 'date')).toBeLessThan(0);
    expect(compareKeys('2025-01-19', '2024-12-31', 'date')).toBeGreaterThan(0);
  });
});

describe('sortPermutation', () => {
  it('sorts ascending and descending, empty keys last both ways, ties in page order', () => {
    const keys = ['2025-01-19', '', '2023-06-18', '2025-01-19', '2024-01'];
    expect(sortPermutation(keys, 'date', 'ascending')).toEqual([2, 4, 0, 3, 1]);
    expect(sortPermutation(keys, 'date', 'descending')).toEqual([0, 3, 4, 2, 1]);
  });
  it('numbers that do not parse sort as empty', () => {
    expect(sortPermutation(['3', 'n/a', '10', '1'], 'number', 'ascending')).toEqual([3, 0, 2, 1]);
  });
  it('property: a permutation, ordered, stable', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('', 'a', 'B', 'c', '10', '9', '2024-01-01')), fc.constantFrom('text' as const, 'number' as const, 'date' as const), fc.constantFrom('ascending' as const, 'descending' as const), (keys, kind, dir) => {
        const order = sortPermutation(keys, kind, dir);
        expect([...order].sort((a, b) => a - b)).toEqual(keys.map((_, i) => i));
        for (let i = 1; i < order.length; i++) {
          const a = keys[order[i - 1]!]!;
          const b = keys[order[i]!]!;
          const empty = (k: string) => (kind === 'number' ? k === '' || Number.isNaN(Number(k)) : k === '');
          if (empty(a)) expect(empty(b)).toBe(true);
          else if (!empty(b)) {
            const c = compareKeys(a, b, kind) * (dir === 'ascending' ? 1 : -1);
            expect(c).toBeLessThanOrEqual(0);
            if (c === 0) expect(order[i - 1]!).toBeLessThan(order[i]!);
          }
        }
      }),
    );
  });
});

describe('nextDirection and sortKindOf', () => {
  it('starts ascending, then flips', () => {
    expect(nextDirection(null)).toBe('ascending');
    expect(nextDirection('none')).toBe('ascending');
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
  });
  it('reads a kind, text by default', () => {
    expect(sortKindOf('number')).toBe('number');
    expect(sortKindOf('date')).toBe('date');
    expect(sortKindOf('weird')).toBe('text');
    expect(sortKindOf(undefined)).toBe('text');
  });
});
