/** A whole number read from a build's environment. */
import { describe, expect, it } from 'vitest';
import { wholeNumberOr } from '../../src/lib/whole-number.ts';

describe('wholeNumberOr', () => {
  it('reads digits, with spaces around them, and gives the fallback for anything else', () => {
    expect(wholeNumberOr('0', 7)).toBe(0);
    expect(wholeNumberOr(' 12 ', 7)).toBe(12);
    for (const odd of [undefined, '', ' ', '-1', '2.5', '1e3', 'ten', '0x10']) expect(wholeNumberOr(odd, 7)).toBe(7);
  });
});
