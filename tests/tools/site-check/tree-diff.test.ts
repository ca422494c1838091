import { describe, expect, it } from 'vitest';
import { treeDiff } from '../../../tools/site-check/tree-diff.ts';

describe('treeDiff', () => {
  it('finds nothing between identical builds', () => {
    const a = new Map([['index.html', 'aa'], ['x/index.html', 'bb']]);
    expect(treeDiff(a, new Map(a))).toEqual({ onlyInFirst: [], onlyInSecond: [], changed: [] });
  });

  it('names files missing from either build and files whose bytes changed, sorted', () => {
    const a = new Map([['b.html', '1'], ['a.html', '1'], ['gone.json', '1']]);
    const b = new Map([['a.html', '2'], ['b.html', '1'], ['new.json', '1']]);
    expect(treeDiff(a, b)).toEqual({ onlyInFirst: ['gone.json'], onlyInSecond: ['new.json'], changed: ['a.html'] });
  });
});
