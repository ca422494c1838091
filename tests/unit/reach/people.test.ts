/** People cut off: shares of accounts by state, only over communities of known size (synthetic sizes). */
import { describe, expect, it } from 'vitest';
import { peopleCutOff } from '../../../src/lib/reach/people.ts';

const size = (total: number, counted = '2026-01-02') => ({ total, counted, url: 'https://stats.example/' });

describe('peopleCutOff', () => {
  it('counts accounts by state over the communities whose size is known, and how many are left out', () => {
    const states = new Map([
      ['a.example', 'suspends'],
      ['b.example', 'limits'],
      ['c.example', 'reaches'],
      ['d.example', 'suspends'],
      ['e.example', 'unknown'],
    ] as const);
    const sizes = new Map([
      ['a.example', size(600, '2022-12-16')],
      ['b.example', size(300)],
      ['c.example', size(100)],
    ]);
    const r = peopleCutOff(states, sizes);
    expect(r.accounts).toBe(1000);
    expect(r.unknownSize).toBe(2);
    expect(r.byState.suspends).toEqual({ communities: 1, accounts: 600, share: 0.6 });
    expect(r.byState.limits).toEqual({ communities: 1, accounts: 300, share: 0.3 });
    expect(r.byState.reaches.share).toBe(0.1);
    expect(r.byState.unknown).toEqual({ communities: 0, accounts: 0, share: 0 });
    expect(r.sized.map((s) => s.community)).toEqual(['a.example', 'b.example', 'c.example']);
    expect([r.countedFrom, r.countedTo]).toEqual(['2022-12-16', '2026-01-02']);
  });

  it('with no size known, every share is 0 and every community is left out', () => {
    const r = peopleCutOff(new Map([['a.example', 'suspends']]), new Map());
    expect(r).toMatchObject({ accounts: 0, unknownSize: 1, sized: [] });
    expect(r.byState.suspends.share).toBe(0);
    expect(r.countedFrom).toBeUndefined();
  });
});
