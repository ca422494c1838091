/** The domain page's timeline chart, as numbers and path data. */
import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../../src/lib/reach/state.ts';
import { domainTimeline } from '../../../src/lib/reach/timeline.ts';
import { integerTicks, stepPath, timelineChart, timeTicks, xOf, yOf } from '../../../src/lib/views/timeline-chart.ts';
import { loadFixtures } from '../reach/helpers.ts';

const plot = { x0: 0, x1: 100, y0: 0, y1: 50 };
const point = (day: string, suspends: number, limits = 0) => ({ day, counts: { ...emptyCounts(), suspends, limits } });

describe('scales and ticks', () => {
  it('x spreads points across the plot; one point sits in the middle', () => {
    expect([0, 1, 2].map((i) => xOf(i, 3, 0, 100))).toEqual([0, 50, 100]);
    expect(xOf(0, 1, 0, 100)).toBe(50);
  });
  it('y runs from the bottom (0) to the top (yMax)', () => {
    expect(yOf(0, 4, 0, 50)).toBe(50);
    expect(yOf(4, 4, 0, 50)).toBe(0);
    expect(yOf(1, 0, 0, 50)).toBe(0);
  });
  it('integer ticks on a 1-2-5 step, covering the maximum', () => {
    expect(integerTicks(0)).toEqual([0, 1]);
    expect(integerTicks(3)).toEqual([0, 1, 2, 3]);
    expect(integerTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(integerTicks(17)).toEqual([0, 5, 10, 15, 20]);
    expect(integerTicks(230)).toEqual([0, 100, 200, 300]);
  });
  it('months for a short series, years for a long one', () => {
    expect(timeTicks(['2024-11-30', '2024-12-31', '2025-01-31'], plot).map((t) => t.label)).toEqual(['Nov 2024', 'Dec', 'Jan 2025']);
    const long = Array.from({ length: 40 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-28`);
    expect(timeTicks(long, plot).map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023']);
  });
});

describe('stepPath', () => {
  it('holds each count flat until the next point, then steps', () => {
    expect(stepPath([0, 0, 2, 1], 2, plot)).toBe('M0,50H33.3H66.7V0H100V25');
  });
  it('a single point is a short flat mark', () => {
    expect(stepPath([1], 1, plot)).toBe('M44,0H56');
    expect(stepPath([], 1, plot)).toBe('');
  });
});

describe('timelineChart', () => {
  it('snapshot of a small series: one line per state asked, peaks and last values', () => {
    const chart = timelineChart([point('2025-01-31', 1), point('2025-02-28', 2, 1), point('2025-03-15', 1, 1)], ['suspends', 'limits']);
    expect(chart.yMax).toBe(2);
    expect(chart.series.map((s) => [s.state, s.last, s.peak])).toEqual([
      ['suspends', 1, { count: 2, day: '2025-02-28' }],
      ['limits', 1, { count: 1, day: '2025-02-28' }],
    ]);
    expect(chart.series[0]!.d).toBe('M36,82H290V12H544V82');
    expect(chart.span).toEqual({ from: '2025-01-31', to: '2025-03-15' });
    expect(chart.xTicks.map((t) => t.label)).toEqual(['Jan 2025', 'Feb', 'Mar']);
    const welsh = ['Ion', 'Chwef', 'Maw'];
    const cy = timelineChart([point('2025-01-31', 1), point('2025-02-28', 2, 1), point('2025-03-15', 1, 1)], ['suspends'], undefined, (m) => welsh[m - 1]!);
    expect(cy.xTicks.map((t) => t.label)).toEqual(['Ion 2025', 'Chwef', 'Maw']);
  });
  it('draws the fixtures\' threads.net series with every coordinate inside the plot', () => {
    const servers = [...loadFixtures().values()];
    const chart = timelineChart(domainTimeline(servers, 'threads.net', '2026-03-04').points, ['suspends', 'limits', 'reaches']);
    for (const s of chart.series) {
      const numbers = s.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (const n of numbers) expect(n).toBeGreaterThanOrEqual(0);
      expect(numbers.every((n) => n <= chart.width)).toBe(true);
    }
    expect(chart.series[0]!.last).toBe(2);
  });
});
