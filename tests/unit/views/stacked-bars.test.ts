import { describe, expect, it } from 'vitest';
import { stackedBars } from '../../../src/lib/views/stacked-bars.ts';

describe('stackedBars', () => {
  const size = { width: 300, labelWidth: 100, barHeight: 10, gap: 5 };

  it('splits each bar\'s width by share of its total, segments side by side in state order, empty states left out', () => {
    const chart = stackedBars([{ label: 'x.example', counts: { suspends: 1, limits: 0, reaches: 1, unknown: 2 } }], size);
    // plot 200 wide: 1/4 → 50, 1/4 → 50, 2/4 → 100
    expect(chart.bars[0]!.segments).toEqual([
      { state: 'suspends', count: 1, x: 100, width: 50 },
      { state: 'reaches', count: 1, x: 150, width: 50 },
      { state: 'unknown', count: 2, x: 200, width: 100 },
    ]);
    expect(chart.height).toBe(10);
  });

  it('stacks bars downwards, and draws nothing for a row with no count', () => {
    const chart = stackedBars(
      [
        { label: 'a', counts: { suspends: 0, limits: 0, reaches: 0, unknown: 0 } },
        { label: 'b', counts: { suspends: 0, limits: 3, reaches: 0, unknown: 0 } },
      ],
      size,
    );
    expect(chart.bars.map((b) => b.y)).toEqual([0, 15]);
    expect(chart.bars[0]!.segments).toEqual([]);
    expect(chart.bars[1]!.segments).toEqual([{ state: 'limits', count: 3, x: 100, width: 200 }]);
    expect(chart.height).toBe(25);
    expect(stackedBars([], size).height).toBe(0);
  });
});
