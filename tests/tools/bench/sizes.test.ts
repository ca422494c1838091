/** The bench's size options: counts written short, and the list of dataset sizes. */
import { describe, expect, it } from 'vitest';
import { formatCount, parseCount, parseSizes } from '../../../tools/bench/sizes.ts';

describe('parseCount and formatCount', () => {
  it('reads k and m', () => {
    expect(parseCount('267')).toBe(267);
    expect(parseCount('10k')).toBe(10_000);
    expect(parseCount('2.5K')).toBe(2_500);
    expect(parseCount('1m')).toBe(1_000_000);
    expect(() => parseCount('ten')).toThrow(RangeError);
    expect(() => parseCount('-1')).toThrow(RangeError);
  });
  it('writes them back', () => {
    expect([1000, 30_000, 1_000_000, 267, 33_333].map(formatCount)).toEqual(['1k', '30k', '1m', '267', '33333']);
  });
});

describe('parseSizes', () => {
  it('curated, servers with the default million per 30,000, explicit decisions and runs', () => {
    expect(parseSizes('curated,1k,30k:300k@1')).toEqual([
      { label: 'curated', curated: true, servers: 0, decisions: 0 },
      { label: '1k', curated: false, servers: 1000, decisions: 33_333 },
      { label: '30k/300k', curated: false, servers: 30_000, decisions: 300_000, runs: 1 },
    ]);
    expect(parseSizes('30k')[0]!.decisions).toBe(1_000_000);
    expect(parseSizes('30k@1~600')[0]).toEqual({ label: '30k', curated: false, servers: 30_000, decisions: 1_000_000, runs: 1, timeout: 600 });
  });
  it('rejects what it cannot read', () => {
    expect(() => parseSizes('huge')).toThrow(RangeError);
    expect(() => parseSizes('1k@0')).toThrow(RangeError);
    expect(() => parseSizes('curated:5k')).toThrow(RangeError);
  });
});
