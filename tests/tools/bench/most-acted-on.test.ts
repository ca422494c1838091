/** Which domains the bench loads the map with. */
import { describe, expect, it } from 'vitest';
import { mostActedOn } from '../../../tools/bench/most-acted-on.ts';

describe('mostActedOn', () => {
  it('ranks by suspends plus limits, ties in the file\'s order, whatever the file puts first', () => {
    const list = { domains: [['threads.net', 40, 2], ['a.example', 10, 35], ['b.example', 44, 0], ['c.example', 1, 0]] };
    expect(mostActedOn(list)).toEqual(['a.example', 'b.example']);
    expect(mostActedOn(list, 4)).toEqual(['a.example', 'b.example', 'threads.net', 'c.example']);
  });
  it('gives nothing for a file it cannot read', () => {
    expect(mostActedOn(undefined)).toEqual([]);
    expect(mostActedOn({ domains: 'x' })).toEqual([]);
    expect(mostActedOn({ domains: [[1, 2, 3]] })).toEqual([]);
  });
});
