/**
 * The small timeline chart of a domain page, as numbers and SVG path data: a function of the prepared series and
 * a size, in the manner of Observable Plot, so the page draws it at build time and a unit test can check it.
 * One step line per state (the count holds for the month up to each point), integer ticks on the y axis, and
 * year (or month) labels on the x axis. Coordinates are rounded to 0.1.
 */
import { round1 } from '../graph/round.ts';
import type { ReachState } from '../reach/state.ts';
import type { TimelinePoint } from '../reach/timeline.ts';

/** The chart's size and margins, in SVG user units. */
export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** A default size: about as wide as a phone screen, scaling with the page. */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 560, height: 180, margin: { top: 12, right: 16, bottom: 28, left: 36 } };

/** One state's line. */
export interface ChartSeries {
  /** The state counted. */
  state: ReachState;
  /** SVG path data of its step line. */
  d: string;
  /** Its count at the last point. */
  last: number;
  /** Its highest count, and the first day it was reached. */
  peak: { count: number; day: string };
}

/** A tick on an axis. */
export interface ChartTick {
  /** Where, along the axis, in user units. */
  at: number;
  /** What it says. */
  label: string;
}

/** The chart, ready to draw. */
export interface TimelineChart {
  width: number;
  height: number;
  /** The plotting area. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  /** One line per state asked for, in the order asked. */
  series: ChartSeries[];
  /** Integer counts on the y axis, from 0 to the top of the scale. */
  yTicks: ChartTick[];
  /** Year labels (or month labels, for a series under two years) on the x axis, at most `maxXTicks`. */
  xTicks: ChartTick[];
  /** The top of the y scale (at least 1). */
  yMax: number;
  /** The first and last day of the series. */
  span: { from: string; to: string };
}

/** x of point `i` of `n` across the plot (a single point sits in the middle). */
export function xOf(i: number, n: number, x0: number, x1: number): number {
  return n <= 1 ? round1((x0 + x1) / 2) : round1(x0 + ((x1 - x0) * i) / (n - 1));
}

/** y of a count on a scale from 0 (bottom, `y1`) to `yMax` (top, `y0`). */
export function yOf(count: number, yMax: number, y0: number, y1: number): number {
  return round1(y1 - ((y1 - y0) * count) / Math.max(1, yMax));
}

/** Integer ticks from 0 to `max`, at most about `count` of them, on a step of 1, 2, 5, 10, 20, 50 … */
export function integerTicks(max: number, count = 4): number[] {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let k = 0; top / step > count; k++) step = [1, 2, 5][(k + 1) % 3]! * 10 ** Math.floor((k + 1) / 3);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  if (ticks.at(-1)! < top) ticks.push(ticks.at(-1)! + step);
  return ticks;
}

/** A step line through the counts: flat along each month, vertical at each change. */
export function stepPath(counts: readonly number[], yMax: number, plot: TimelineChart['plot']): string {
  const n = counts.length;
  if (n === 0) return '';
  const y = (c: number) => yOf(c, yMax, plot.y0, plot.y1);
  if (n === 1) {
    const x = xOf(0, 1, plot.x0, plot.x1);
    return `M${round1(x - 6)},${y(counts[0]!)}H${round1(x + 6)}`;
  }
  let d = `M${xOf(0, n, plot.x0, plot.x1)},${y(counts[0]!)}`;
  for (let i = 1; i < n; i++) {
    const x = xOf(i, n, plot.x0, plot.x1);
    d += counts[i] === counts[i - 1] ? `H${x}` : `H${x}V${y(counts[i]!)}`;
  }
  return d;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month's short name (1–12) in some language. */
export type MonthName = (month: number) => string;

/** English short month names, the default. */
export const ENGLISH_MONTH: MonthName = (month) => MONTHS[month - 1] ?? String(month);

/**
 * Labels for the x axis: each year's first point (or each month's, for short series), thinned to `max`; month
 * names from `monthName` (the interface language's).
 */
export function timeTicks(days: readonly string[], plot: TimelineChart['plot'], max = 8, monthName: MonthName = ENGLISH_MONTH): ChartTick[] {
  const n = days.length;
  if (n === 0) return [];
  const short = n <= 24;
  const raw: ChartTick[] = [];
  days.forEach((day, i) => {
    const year = day.slice(0, 4);
    const month = Number(day.slice(5, 7));
    const startsYear = i === 0 || days[i - 1]!.slice(0, 4) !== year;
    if (short) raw.push({ at: xOf(i, n, plot.x0, plot.x1), label: startsYear ? `${monthName(month)} ${year}` : monthName(month) });
    else if (startsYear) raw.push({ at: xOf(i, n, plot.x0, plot.x1), label: year });
  });
  const every = Math.ceil(raw.length / max);
  return raw.filter((_, i) => i % every === 0);
}

/** The chart of a domain's monthly counts for the given states; month labels from `monthName`. */
export function timelineChart(points: readonly TimelinePoint[], states: readonly ReachState[], size: ChartSize = DEFAULT_CHART_SIZE, monthName: MonthName = ENGLISH_MONTH): TimelineChart {
  const { width, height, margin } = size;
  const plot = { x0: margin.left, x1: width - margin.right, y0: margin.top, y1: height - margin.bottom };
  const highest = Math.max(0, ...points.flatMap((p) => states.map((s) => p.counts[s])));
  const yTickValues = integerTicks(highest);
  const yMax = yTickValues.at(-1)!;
  const series = states.map((state): ChartSeries => {
    const counts = points.map((p) => p.counts[state]);
    let peak = { count: 0, day: points[0]?.day ?? '' };
    points.forEach((p) => {
      if (p.counts[state] > peak.count) peak = { count: p.counts[state], day: p.day };
    });
    return { state, d: stepPath(counts, yMax, plot), last: counts.at(-1) ?? 0, peak };
  });
  return {
    width,
    height,
    plot,
    series,
    yTicks: yTickValues.map((v) => ({ at: yOf(v, yMax, plot.y0, plot.y1), label: String(v) })),
    xTicks: timeTicks(points.map((p) => p.day), plot, 8, monthName),
    yMax,
    span: { from: points[0]?.day ?? '', to: points.at(-1)?.day ?? '' },
  };
}
