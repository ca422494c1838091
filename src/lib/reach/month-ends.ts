/**
 * The days a monthly series counts (a domain's timeline), in a module of its own: dates only, so the browser can
 * build the same series from a shard (src/lib/map/shard-timeline.ts) without bundling the schema.
 */
import { lastDay } from '../dates.ts';

/**
 * The days a monthly series counts, from the month of `from` to `end`: the last day of every month before
 * `end`'s month, then `end` itself. Just `[end]` when `from` is not before `end`'s month. Both are "YYYY-MM-DD".
 */
export function monthEnds(from: string, end: string): string[] {
  const days: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const stop = end.slice(0, 7);
  for (;;) {
    const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (ym >= stop) break;
    days.push(lastDay(ym));
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
  days.push(end);
  return days;
}

