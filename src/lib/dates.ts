/** Calendar dates at day, month or year precision ("2025-01-19", "2025-01", "2023"), as the data writes them. */

/** True when the text is a real calendar date at its precision (no 30 February, no month 13). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** The first day a date at any precision can mean: "2023" → "2023-01-01". */
export function firstDay(text: string): string {
  return text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text;
}

/** The last day a date at any precision can mean: "2023" → "2023-12-31", "2024-02" → "2024-02-29". */
export function lastDay(text: string): string {
  if (text.length === 4) return `${text}-12-31`;
  if (text.length === 7) return `${text}-${String(daysInMonth(Number(text.slice(0, 4)), Number(text.slice(5, 7)))).padStart(2, '0')}`;
  return text;
}

/** The day after a day: "2024-02-28" → "2024-02-29". */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Today's date in UTC as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
