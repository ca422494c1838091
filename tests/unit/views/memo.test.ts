/** The small caches behind the pages' derivations. */
import { describe, expect, it } from 'vitest';
import { memoLast, once } from '../../../src/lib/views/memo.ts';

describe('memo', () => {
  it('memoLast keeps the most recently used answers only', () => {
    let calls = 0;
    const f = memoLast((k: string) => `${k}${++calls}`, 2);
    expect([f('a'), f('a'), f('b'), f('a'), f('c'), f('a'), f('b')]).toEqual(['a1', 'a1', 'b2', 'a1', 'c3', 'a1', 'b4']);
  });
  it('once computes on the first call only', () => {
    let calls = 0;
    const f = once(() => ++calls);
    expect([f(), f(), calls]).toEqual([1, 1, 1]);
  });
});
