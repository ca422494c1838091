/**
 * Horizontal stacked bars as numbers (the matrix embed's chart: one bar per domain, one segment per state), so the
 * browser only turns them into SVG elements and a unit test can check them. Each bar is the full width of the plot
 * (its segments are shares of the bar's total); coordinates are rounded to 0.1.
 */
import { round1 } from '../graph/round.ts';
import { REACH_STATES, type ReachState, type StateCounts } from '../reach/state.ts';

/** How to lay the bars out, in SVG user units. */
export interface BarsSize {
  /** The chart's width. */
  width: number;
  /** The room on the left for each bar's label. */
  labelWidth: number;
  /** Each bar's height, and the gap below it. */
  barHeight: number;
  gap: number;
}

/** A default size, a phone's width: a label column and bars 16 units high. */
export const DEFAULT_BARS_SIZE: BarsSize = { width: 560, labelWidth: 150, barHeight: 16, gap: 6 };

/** One segment of a bar. */
export interface BarSegment {
  state: ReachState;
  count: number;
  x: number;
  width: number;
}

/** One bar. */
export interface Bar {
  /** What the bar is of (a domain). */
  label: string;
  /** Its top. */
  y: number;
  /** Its segments, in state order, those with a count only. */
  segments: BarSegment[];
}

/** The bars for `rows` (a label and its counts each), top to bottom, and the chart's height. */
export function stackedBars(rows: readonly { label: string; counts: StateCounts }[], size: BarsSize = DEFAULT_BARS_SIZE): { width: number; height: number; bars: Bar[] } {
  const plot = size.width - size.labelWidth;
  const bars = rows.map(({ label, counts }, i): Bar => {
    const total = REACH_STATES.reduce((n, s) => n + counts[s], 0);
    let x = size.labelWidth;
    const segments: BarSegment[] = [];
    for (const state of REACH_STATES) {
      const count = counts[state];
      if (count === 0 || total === 0) continue;
      const width = (plot * count) / total;
      segments.push({ state, count, x: round1(x), width: round1(width) });
      x += width;
    }
    return { label, y: i * (size.barHeight + size.gap), segments };
  });
  const height = rows.length === 0 ? 0 : rows.length * (size.barHeight + size.gap) - size.gap;
  return { width: size.width, height, bars };
}
