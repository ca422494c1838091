/**
 * Day arithmetic for an as-of replay: the slider's position of a day, a step of a month, the next day of the
 * play button, all on "YYYY-MM-DD" text in UTC. Pure and small, so the browser bundle stays small.
 */

const MS_PER_DAY = 86_400_000;

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / MS_PER_DAY);
}

/** The day `n` days after `day` (before it for negative `n`). */
export function addDays(day: string, n: number): string {
  return toDay(toMs(day) + n * MS_PER_DAY);
}

/** The same day of the month `n` months later (earlier for negative `n`), kept within that month: 31 Jan + 1 → 28/29 Feb. */
export function addMonths(day: string, n: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + n;
  const d = Number(day.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return toDay(Date.UTC(year, month, Math.min(d, last)));
}

/** `day` kept within [from, to]. */
export function clampDay(day: string, from: string, to: string): string {
  return day < from ? from : day > to ? to : day;
}

/**
 * The days a play button shows, from `start` to `end` inclusive: every `stepDays` days, then `end` itself, plus
 * every day in `marks` (the days states change) within the range, so no wave is stepped over. Sorted, unique.
 */
export function playDays(start: string, end: string, stepDays: number, marks: readonly string[] = []): string[] {
  const days = new Set<string>();
  const step = Math.max(1, Math.floor(stepDays));
  for (let day = start; day < end; day = addDays(day, step)) days.add(day);
  days.add(end);
  for (const m of marks) if (m >= start && m <= end) days.add(m);
  return [...days].sort();
}
